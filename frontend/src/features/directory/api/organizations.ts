/** Delegations (代表团) and committees (专门委员会): small lists with create and rename. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';
import type { Committee, CommitteeInput, Delegation, DelegationInput, Page } from '@/api/types';
import { etagOf } from './etag';

export interface SimpleListQuery {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
}

export const delegationKeys = {
  all: ['delegations'] as const,
  list: (q: SimpleListQuery) => ['delegations', 'list', q] as const,
};
export const committeeKeys = {
  all: ['committees'] as const,
  list: (q: SimpleListQuery) => ['committees', 'list', q] as const,
};

export function useDelegations(q: SimpleListQuery) {
  return useQuery({
    queryKey: delegationKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/delegations', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Delegation>,
    placeholderData: keepPreviousData,
  });
}

export function useCreateDelegation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DelegationInput) => unwrap(api().POST('/api/v1/delegations', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: delegationKeys.all }),
  });
}

export function useUpdateDelegation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: number; version: number; input: DelegationInput }) =>
      unwrap(api().PUT('/api/v1/delegations/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: delegationKeys.all }),
  });
}

export function useCommittees(q: SimpleListQuery) {
  return useQuery({
    queryKey: committeeKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/committees', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Committee>,
    placeholderData: keepPreviousData,
  });
}

export function useCreateCommittee() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CommitteeInput) => unwrap(api().POST('/api/v1/committees', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

export function useUpdateCommittee() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: number; version: number; input: CommitteeInput }) =>
      unwrap(api().PUT('/api/v1/committees/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}
