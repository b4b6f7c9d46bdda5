/** Searchable options for linking an account to a handling unit or a deputy. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';
import type { Deputy, Page, Unit } from '@/api/types';

export function useUnitLinkOptions(q: string, enabled: boolean) {
  const res = useQuery({
    queryKey: ['users', 'unit-options', q],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/units', { params: { query: cleanQuery({ q, size: 50, sort: 'name,asc' }) }, signal }))) as Page<Unit>,
    enabled,
    placeholderData: keepPreviousData,
  });
  return {
    loading: res.isFetching,
    options: (res.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  };
}

export function useDeputyLinkOptions(q: string, enabled: boolean) {
  const res = useQuery({
    queryKey: ['users', 'deputy-options', q],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/deputies', { params: { query: cleanQuery({ q, size: 50, sort: 'name,asc' }) }, signal }))) as Page<Deputy>,
    enabled,
    placeholderData: keepPreviousData,
  });
  return {
    loading: res.isFetching,
    options: (res.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.delegationName}）` })),
  };
}
