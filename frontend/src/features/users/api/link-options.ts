/** Searchable options for linking an account to a handling unit or a deputy. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';

export function useUnitLinkOptions(q: string, enabled: boolean) {
  const res = useQuery({
    queryKey: ['users', 'unit-options', q],
    queryFn: ({ signal }) =>
      unwrap(api().GET('/units', { params: { query: cleanQuery({ q, size: 50, sort: 'name,asc' }) }, signal })),
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
    queryFn: ({ signal }) =>
      unwrap(api().GET('/deputies', { params: { query: cleanQuery({ q, size: 50, sort: 'name,asc' }) }, signal })),
    enabled,
    placeholderData: keepPreviousData,
  });
  return {
    loading: res.isFetching,
    options: (res.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.delegationName}）` })),
  };
}
