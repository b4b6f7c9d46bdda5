/** Accounts (admin only): list and create (the server creates the Keycloak account and links it). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap } from '@/api/client';
import type { Page, Role, User, UserInput } from '@/api/types';

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
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/users', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<User>,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) => unwrap(api().POST('/api/v1/users', { body: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
