/**
 * 履职评价 API: activities and their confirmation, scoring schemes with revisions and what-if, scores with their
 * per-record breakdown, the dossier (一人一档), the performance index (履职指数) and the publication of results.
 * Changes of versioned records send If-Match; every change refreshes everything derived from it.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, downloadFile, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import { toApiProblem } from '@/api/problem';
import type {
  Activity,
  ActivityInput,
  ActivitySummary,
  ActivityType,
  Dossier,
  HistoryEntry,
  Objection,
  ObjectionInput,
  Page,
  PerformanceIndex,
  Publication,
  PublicationInput,
  PublishedScore,
  RecomputeResult,
  RenominationRow,
  Scheme,
  SchemeInput,
  Score,
  ScoreDetail,
  WhatIfRow,
} from '@/api/types';

export const evaluationKeys = {
  all: ['evaluation'] as const,
  types: ['evaluation', 'activity-types'] as const,
  activities: ['evaluation', 'activities'] as const,
  activityList: (q: object) => ['evaluation', 'activities', 'list', q] as const,
  activity: (id: number) => ['evaluation', 'activities', 'detail', id] as const,
  activityHistory: (id: number) => ['evaluation', 'activities', 'history', id] as const,
  schemes: ['evaluation', 'schemes'] as const,
  schemeList: (year: number) => ['evaluation', 'schemes', 'list', year] as const,
  schemeHistory: (id: number) => ['evaluation', 'schemes', 'history', id] as const,
  scores: ['evaluation', 'scores'] as const,
  scoreList: (q: object) => ['evaluation', 'scores', 'list', q] as const,
  score: (deputyId: number, year: number) => ['evaluation', 'scores', 'detail', deputyId, year] as const,
  dossier: (deputyId: number, year: number) => ['evaluation', 'dossiers', deputyId, year] as const,
  index: (q: object) => ['evaluation', 'index', q] as const,
  publications: ['evaluation', 'publications'] as const,
};

/** Activities, scores, dossiers and the index all change when a record or a scheme changes. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: evaluationKeys.all });
}

const ifMatch = (etag: string) => ({ 'If-Match': etag });

export function useActivityTypes() {
  return useQuery({
    queryKey: evaluationKeys.types,
    queryFn: async ({ signal }) => (await unwrap(api().GET('/api/v1/evaluation/activity-types', { signal }))) as ActivityType[],
    staleTime: 5 * 60_000,
  });
}

export interface ActivityQuery {
  year?: number;
  typeId?: number;
  deputyId?: number;
  status?: string;
  q?: string;
  page?: number;
  size?: number;
  sort?: string;
}

export async function fetchActivities(q: ActivityQuery, signal?: AbortSignal) {
  return (await unwrap(
    api().GET('/api/v1/evaluation/activities', { params: { query: cleanQuery({ ...q }) }, signal }),
  )) as Page<ActivitySummary>;
}

export function useActivities(q: ActivityQuery) {
  return useQuery({
    queryKey: evaluationKeys.activityList(q),
    queryFn: ({ signal }) => fetchActivities(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: number | null) {
  return useQuery({
    queryKey: evaluationKeys.activity(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/evaluation/activities/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Activity>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useActivityHistory(id: number | null) {
  return useQuery({
    queryKey: evaluationKeys.activityHistory(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/evaluation/activities/{id}/history', { params: { path: { id: id! } }, signal }))) as HistoryEntry[],
    enabled: id !== null,
  });
}

/** Creates (no id) or corrects (id + etag) an activity. */
export function useSaveActivity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id?: number; etag?: string; input: ActivityInput }) =>
      (id === undefined
        ? await unwrap(api().POST('/api/v1/evaluation/activities', { body: input }))
        : await unwrap(
            api().PUT('/api/v1/evaluation/activities/{id}', { params: { path: { id }, header: ifMatch(etag!) }, body: input }),
          )) as Activity,
    onSettled: refresh,
  });
}

/** Confirms a pending self-report, or rejects it with a reason. */
export function useDecideActivity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, etag, reason }: { id: number; etag: string; reason?: string }) => {
      const params = { path: { id }, header: ifMatch(etag) };
      return (await unwrap(
        reason === undefined
          ? api().POST('/api/v1/evaluation/activities/{id}/confirm', { params })
          : api().POST('/api/v1/evaluation/activities/{id}/reject', { params, body: { reason } }),
      )) as Activity;
    },
    onSettled: refresh,
  });
}

export function useSchemes(year: number) {
  return useQuery({
    queryKey: evaluationKeys.schemeList(year),
    queryFn: async ({ signal }) => (await unwrap(api().GET('/api/v1/evaluation/schemes', { params: { query: { year } }, signal }))) as Scheme[],
  });
}

export function useSchemeHistory(id: number | null) {
  return useQuery({
    queryKey: evaluationKeys.schemeHistory(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/evaluation/schemes/{id}/history', { params: { path: { id: id! } }, signal }))) as HistoryEntry[],
    enabled: id !== null,
  });
}

/** The result of saving a scheme: edited in place (200) or superseded by a new revision (201). */
export interface SchemeSaved {
  scheme: Scheme;
  newRevision: boolean;
}

/** Creates a year's scheme (no id) or edits its latest revision with If-Match (the version of the scheme read). */
export function useSaveScheme() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, version, input }: { id?: number; version?: number; input: SchemeInput }): Promise<SchemeSaved> => {
      if (id === undefined) {
        return { scheme: (await unwrap(api().POST('/api/v1/evaluation/schemes', { body: input }))) as Scheme, newRevision: false };
      }
      const { data, error, response } = await api().PUT('/api/v1/evaluation/schemes/{id}', {
        params: { path: { id }, header: ifMatch(`"${version}"`) },
        body: input,
      });
      if (!response.ok) throw toApiProblem(response, error);
      return { scheme: data as Scheme, newRevision: response.status === 201 };
    },
    onSettled: refresh,
  });
}

export function useWhatIf() {
  return useMutation({
    mutationFn: async (scheme: SchemeInput) =>
      (await unwrap(api().POST('/api/v1/evaluation/schemes/what-if', { body: { scheme, limit: 50 } }))) as WhatIfRow[],
  });
}

export function useRecompute() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (year: number) =>
      (await unwrap(api().POST('/api/v1/evaluation/scores/recompute', { params: { query: { year } } }))) as RecomputeResult,
    onSuccess: refresh,
  });
}

export interface ScoreQuery {
  year: number;
  delegationId?: number;
  grade?: string;
  q?: string;
  page?: number;
  size?: number;
  sort?: string;
}

export async function fetchScores(q: ScoreQuery, signal?: AbortSignal) {
  return (await unwrap(api().GET('/api/v1/evaluation/scores', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Score>;
}

/** Downloads the whole ranking as CSV (the list's filters and order; every row, built by the server). */
export function exportScores(q: ScoreQuery) {
  return downloadFile('/api/v1/evaluation/scores/export', { ...q, page: undefined, size: undefined, after: undefined }, `scores-${q.year ?? ''}.csv`);
}

export function useScores(q: ScoreQuery) {
  return useQuery({ queryKey: evaluationKeys.scoreList(q), queryFn: ({ signal }) => fetchScores(q, signal), placeholderData: keepPreviousData });
}

export function useScoreDetail(deputyId: number | null, year: number) {
  return useQuery({
    queryKey: evaluationKeys.score(deputyId ?? -1, year),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/evaluation/scores/{deputyId}', { params: { path: { deputyId: deputyId! }, query: { year } }, signal }),
      )) as ScoreDetail,
    enabled: deputyId !== null,
  });
}

export function useDossier(deputyId: number | null, year: number) {
  return useQuery({
    queryKey: evaluationKeys.dossier(deputyId ?? -1, year),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/evaluation/dossiers/{deputyId}', { params: { path: { deputyId: deputyId! }, query: { year } }, signal }),
      )) as Dossier,
    enabled: deputyId !== null,
  });
}

export function usePerformanceIndex(q: { year: number; delegationId?: number; stationId?: number }) {
  return useQuery({
    queryKey: evaluationKeys.index(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/evaluation/performance-index', { params: { query: cleanQuery({ ...q }) }, signal }))) as PerformanceIndex,
    placeholderData: keepPreviousData,
  });
}

// ---- publication (公示、异议与公布) ----

export function usePublications() {
  return useQuery({
    queryKey: evaluationKeys.publications,
    queryFn: async ({ signal }) => (await unwrap(api().GET('/api/v1/evaluation/publications', { signal }))) as Publication[],
  });
}

export function usePublicationPart<T>(id: number | null, part: 'objections' | 'results' | 'renomination' | 'excellent', query: object = {}) {
  return useQuery({
    queryKey: [...evaluationKeys.publications, id, part, query],
    queryFn: async ({ signal }): Promise<T> => {
      const params = { path: { id: id! }, query: cleanQuery({ ...query }) } as never;
      const c = api();
      switch (part) {
        case 'objections':
          return (await unwrap(c.GET('/api/v1/evaluation/publications/{id}/objections', { params, signal }))) as T;
        case 'results':
          return (await unwrap(c.GET('/api/v1/evaluation/publications/{id}/results', { params, signal }))) as T;
        case 'renomination':
          return (await unwrap(c.GET('/api/v1/evaluation/publications/{id}/renomination', { params, signal }))) as T;
        case 'excellent':
          return (await unwrap(c.GET('/api/v1/evaluation/publications/{id}/excellent', { params, signal }))) as T;
      }
    },
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export type ResultsPage = Page<PublishedScore>;
export type RenominationPage = Page<RenominationRow>;

export function useOpenWindow() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: PublicationInput) =>
      (await unwrap(api().POST('/api/v1/evaluation/publications', { body: input }))) as Publication,
    onSuccess: refresh,
  });
}

export function usePublish() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (p: Pick<Publication, 'id' | 'version'>) =>
      (await unwrap(
        api().POST('/api/v1/evaluation/publications/{id}/publish', { params: { path: { id: p.id }, header: ifMatch(`"${p.version}"`) } }),
      )) as Publication,
    onSettled: refresh,
  });
}

export function useRaiseObjection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ publicationId, input }: { publicationId: number; input: ObjectionInput }) =>
      (await unwrap(
        api().POST('/api/v1/evaluation/publications/{id}/objections', { params: { path: { id: publicationId } }, body: input }),
      )) as Objection,
    onSuccess: refresh,
  });
}

export function useAnswerObjection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ objection, accepted, answer }: { objection: Objection; accepted: boolean; answer: string }) =>
      (await unwrap(
        api().POST('/api/v1/evaluation/objections/{id}/answer', {
          params: { path: { id: objection.id }, header: ifMatch(`"${objection.version}"`) },
          body: { accepted, answer },
        }),
      )) as Objection,
    onSettled: refresh,
  });
}
