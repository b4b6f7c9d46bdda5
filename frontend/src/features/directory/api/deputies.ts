/** Deputies (mandates) API: list, detail with ETag, create, update with If-Match, history, CSV export. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, downloadFile, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type { Deputy, DeputyInput, DeputyStatus, Gender, HistoryEntry, OccupationGroup, Page, Party } from '@/api/types';

export const DEPUTY_FILTERS = ['q', 'delegationId', 'stationId', 'party', 'occupationGroup', 'status', 'gender'] as const;
export type DeputyFilterKey = (typeof DEPUTY_FILTERS)[number];

export interface DeputyListQuery {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  delegationId?: number;
  stationId?: number;
  party?: Party;
  occupationGroup?: OccupationGroup;
  status?: DeputyStatus;
  gender?: Gender;
}

/** URL filter strings -> typed API query. */
export function toDeputyQuery(filters: Partial<Record<DeputyFilterKey, string>>): DeputyListQuery {
  const num = (v?: string) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    q: filters.q?.trim() || undefined,
    delegationId: num(filters.delegationId),
    stationId: num(filters.stationId),
    party: filters.party as Party | undefined,
    occupationGroup: filters.occupationGroup as OccupationGroup | undefined,
    status: filters.status as DeputyStatus | undefined,
    gender: filters.gender as Gender | undefined,
  };
}

export const deputyKeys = {
  all: ['deputies'] as const,
  list: (q: DeputyListQuery) => ['deputies', 'list', q] as const,
  detail: (id: number) => ['deputies', 'detail', id] as const,
  history: (id: number) => ['deputies', 'history', id] as const,
};

export const deputiesQueryOptions = (q: DeputyListQuery) =>
  queryOptions({
    queryKey: deputyKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/deputies', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Deputy>,
  });

export function useDeputies(q: DeputyListQuery) {
  return useQuery({ ...deputiesQueryOptions(q), placeholderData: keepPreviousData });
}

export function useDeputy(id: number | null) {
  return useQuery({
    queryKey: deputyKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/deputies/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Deputy>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useDeputyHistory(id: number | null, enabled: boolean) {
  return useQuery({
    queryKey: deputyKeys.history(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/deputies/{id}/history', { params: { path: { id: id! } }, signal }))) as HistoryEntry[],
    enabled: enabled && id !== null,
    staleTime: 0,
  });
}

export function useCreateDeputy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: DeputyInput) => (await unwrap(api().POST('/api/v1/deputies', { body: input }))) as Deputy,
    onSuccess: () => qc.invalidateQueries({ queryKey: deputyKeys.all }),
  });
}

export function useUpdateDeputy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: number; etag: string; input: DeputyInput }) =>
      unwrap(api().PUT('/api/v1/deputies/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: deputyKeys.all }),
  });
}

export function exportDeputies(q: DeputyListQuery) {
  return downloadFile('/api/v1/deputies/export', { ...q, page: undefined, size: undefined }, 'deputies.csv');
}
