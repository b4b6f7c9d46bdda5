/**
 * Key projects under 三问两评: the three asks answered in order (with If-Match), and the deputies' ratings at
 * mid-year and year end (one vote per deputy and round; a second one is the server's 409).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type { KeyProject, KeyProjectInput, Page, ProjectAsk, Rating, RatingResult, RatingRound } from '@/api/types';

export const keyProjectKeys = {
  all: ['supervision', 'key-projects'] as const,
  list: (q: object) => ['supervision', 'key-projects', 'list', q] as const,
  detail: (id: number) => ['supervision', 'key-projects', 'detail', id] as const,
};

export function useKeyProjects(q: { year?: number; page?: number; size?: number }) {
  return useQuery({
    queryKey: keyProjectKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/key-projects', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<KeyProject>,
    placeholderData: keepPreviousData,
  });
}

export function useKeyProject(id: number | null) {
  return useQuery({
    queryKey: keyProjectKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(
        api().GET('/api/v1/supervision/key-projects/{id}', { params: { path: { id: id! } }, signal }),
      )) as WithEtag<KeyProject>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCreateKeyProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: KeyProjectInput) =>
      (await unwrap(api().POST('/api/v1/supervision/key-projects', { body: input }))) as KeyProject,
    onSuccess: () => qc.invalidateQueries({ queryKey: keyProjectKeys.all }),
  });
}

export function useAnswerAsk() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, ask, text }: { id: number; etag: string; ask: ProjectAsk; text: string }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/key-projects/{id}/asks', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { ask, text },
        }),
      )) as KeyProject,
    onSettled: () => qc.invalidateQueries({ queryKey: keyProjectKeys.all }),
  });
}

export function useVote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, round, rating }: { id: number; round: RatingRound; rating: Rating }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/key-projects/{id}/votes', { params: { path: { id } }, body: { round, rating } }),
      )) as RatingResult,
    onSuccess: () => qc.invalidateQueries({ queryKey: keyProjectKeys.all }),
  });
}

/** The next ask to answer (plan → progress → result), or null when all three are answered. */
export function nextAsk(p: Pick<KeyProject, 'planAnswer' | 'progressAnswer' | 'resultAnswer'>): ProjectAsk | null {
  if (p.planAnswer === null) return 'PLAN';
  if (p.progressAnswer === null) return 'PROGRESS';
  if (p.resultAnswer === null) return 'RESULT';
  return null;
}

/** Rounds open for rating: mid-year once the progress is answered, year end once the result is. */
export function openRounds(p: Pick<KeyProject, 'progressAnswer' | 'resultAnswer'>): RatingRound[] {
  const out: RatingRound[] = [];
  if (p.progressAnswer !== null) out.push('MID_YEAR');
  if (p.resultAnswer !== null) out.push('YEAR_END');
  return out;
}
