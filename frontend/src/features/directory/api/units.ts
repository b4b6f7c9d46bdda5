/** Handling units (承办单位) API. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, downloadFile, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type { HistoryEntry, Page, Unit, UnitInput, UnitKind } from '@/api/types';

export const UNIT_FILTERS = ['q', 'kind', 'active'] as const;
export type UnitFilterKey = (typeof UNIT_FILTERS)[number];

export interface UnitListQuery {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  kind?: UnitKind;
  active?: boolean;
}

export function toUnitQuery(filters: Partial<Record<UnitFilterKey, string>>): UnitListQuery {
  return {
    q: filters.q?.trim() || undefined,
    kind: filters.kind as UnitKind | undefined,
    active: filters.active === 'true' ? true : filters.active === 'false' ? false : undefined,
  };
}

export const unitKeys = {
  all: ['units'] as const,
  list: (q: UnitListQuery) => ['units', 'list', q] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
  history: (id: number) => ['units', 'history', id] as const,
};

export function useUnits(q: UnitListQuery) {
  return useQuery({
    queryKey: unitKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/units', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Unit>,
    placeholderData: keepPreviousData,
  });
}

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/units/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Unit>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useUnitHistory(id: number | null, enabled: boolean) {
  return useQuery({
    queryKey: unitKeys.history(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/units/{id}/history', { params: { path: { id: id! } }, signal }))) as HistoryEntry[],
    enabled: enabled && id !== null,
    staleTime: 0,
  });
}

export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitInput) => unwrap(api().POST('/api/v1/units', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function useUpdateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: number; etag: string; input: UnitInput }) =>
      unwrap(api().PUT('/api/v1/units/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function exportUnits(q: UnitListQuery) {
  return downloadFile('/api/v1/units/export', { ...q, page: undefined, size: undefined }, 'units.csv');
}
