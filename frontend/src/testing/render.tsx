/** Renders a component inside the app's providers, a session for a given role and a memory router. */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me } from '@/api/types';
import { AppProviders, createQueryClient } from '@/app/provider';
import { SessionProvider } from '@/lib/session';

export function renderWithApp(ui: ReactElement, { me, path = '/' }: { me: Me; path?: string }) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const onLogout = () => {};
  return {
    router,
    ...render(
      <AppProviders queryClient={queryClient}>
        <SessionProvider me={me} onLogout={onLogout}>
          <RouterProvider router={router} />
        </SessionProvider>
      </AppProviders>,
    ),
  };
}
