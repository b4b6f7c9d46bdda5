/**
 * Select options that several features offer: units, deputies (server search), deputy names, stations and
 * delegations. Each key starts with its record's list key (['units'], ['deputies'], …), so the directory's
 * invalidation after a change refreshes the options too.
 */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';
import type { Delegation, Deputy, Page, Station, Unit } from '@/api/types';

export interface Option {
  value: number;
  label: string;
}

/** All units of the congress (far fewer than 200). */
export function useUnitOptions(enabled = true) {
  const q = useQuery({
    queryKey: ['units', 'options'],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/units', { params: { query: { size: 200, sort: 'name,asc' } }, signal }))) as Page<Unit>,
    enabled,
    staleTime: 5 * 60_000,
  });
  const items = q.data?.items ?? [];
  return {
    loading: q.isPending && enabled,
    options: items.filter((u) => u.active !== false).map<Option>((u) => ({ value: u.id, label: u.name })),
    nameOf: (id: number) => items.find((u) => u.id === id)?.name,
  };
}

/** Active deputies matching a search text (server side, up to 200). */
export function useDeputyOptions(search: string, enabled = true) {
  const q = useQuery({
    queryKey: ['deputies', 'options', search],
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/deputies', {
          params: { query: cleanQuery({ size: 200, sort: 'name,asc', q: search.trim(), status: 'ACTIVE' as const }) },
          signal,
        }),
      )) as Page<Deputy>,
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  return {
    loading: q.isFetching,
    options: (q.data?.items ?? []).map<Option>((d) => ({ value: d.id, label: `${d.name}（${d.delegationName}）` })),
  };
}

/** Names of the given deputies (co-signers of one item, usually a few). */
export function useDeputyNames(ids: readonly number[]) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['deputies', 'options', 'name', id],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (await unwrap(api().GET('/api/v1/deputies/{id}', { params: { path: { id } }, signal }))) as Deputy,
      staleTime: 5 * 60_000,
    })),
  });
  return ids.map((id, i) => results[i]?.data?.name ?? `#${id}`);
}

/** All liaison stations (far fewer than 200). */
export function useStationOptions(enabled = true) {
  const q = useQuery({
    queryKey: ['stations', 'options'],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/stations', { params: { query: { size: 200, sort: 'name,asc' } }, signal }))) as Page<Station>,
    enabled,
    staleTime: 5 * 60_000,
  });
  return {
    loading: q.isPending && enabled,
    options: (q.data?.items ?? []).map<Option>((s) => ({ value: s.id, label: s.name })),
  };
}

/** All delegations of the congress (a congress has far fewer than 200). */
export function useDelegationOptions() {
  const q = useQuery({
    queryKey: ['delegations', 'options'],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/delegations', { params: { query: { size: 200, sort: 'name,asc' } }, signal }))) as Page<Delegation>,
    staleTime: 5 * 60_000,
  });
  return {
    loading: q.isPending,
    options: (q.data?.items ?? []).map<Option>((d) => ({ value: d.id, label: d.name })),
  };
}
