/** Liaison stations (联络站) API. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type { HistoryEntry, Page, Station, StationInput } from '@/api/types';

export const STATION_FILTERS = ['q'] as const;
export type StationFilterKey = (typeof STATION_FILTERS)[number];

export interface StationListQuery {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
}

export const stationKeys = {
  all: ['stations'] as const,
  list: (q: StationListQuery) => ['stations', 'list', q] as const,
  detail: (id: number) => ['stations', 'detail', id] as const,
  history: (id: number) => ['stations', 'history', id] as const,
};

export function useStations(q: StationListQuery) {
  return useQuery({
    queryKey: stationKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/stations', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Station>,
    placeholderData: keepPreviousData,
  });
}

export function useStation(id: number | null) {
  return useQuery({
    queryKey: stationKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/stations/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Station>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useStationHistory(id: number | null, enabled: boolean) {
  return useQuery({
    queryKey: stationKeys.history(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/stations/{id}/history', { params: { path: { id: id! } }, signal }))) as HistoryEntry[],
    enabled: enabled && id !== null,
    staleTime: 0,
  });
}

export function useCreateStation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StationInput) => unwrap(api().POST('/api/v1/stations', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: stationKeys.all }),
  });
}

export function useUpdateStation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: number; etag: string; input: StationInput }) =>
      unwrap(api().PUT('/api/v1/stations/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: stationKeys.all }),
  });
}
