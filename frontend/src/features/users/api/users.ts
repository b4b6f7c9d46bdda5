/** Accounts (admin only): list and create (the server creates the Keycloak account and links it). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';
import type { Role, UserInput } from '@/api/types';

export const USER_FILTERS = ['q', 'role'] as const;

export interface UserListQuery {
  page?: number;
  size?: number;
  sort?: string;
  q?: string;
  role?: Role;
}

export const userKeys = {
  all: ['users'] as const,
  list: (q: UserListQuery) => ['users', 'list', q] as const,
};

export function useUsers(q: UserListQuery) {
  return useQuery({
    queryKey: userKeys.list(q),
    queryFn: ({ signal }) => unwrap(api().GET('/users', { params: { query: cleanQuery({ ...q }) }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => unwrap(api().POST('/users', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
