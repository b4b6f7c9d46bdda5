/** Renders a component inside the app's providers, a session for a given role and a memory router. */
import type { ReactElement } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
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

/**
 * The open dialog showing `title`. Dialogs are found by their text rather than their accessible name: in jsdom
 * the modals a page keeps rendered share one title id, so their names collide.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = screen.getAllByRole('dialog').find((d) => within(d).queryAllByText(title).length > 0);
    expect(found).toBeTruthy();
  });
  return found!;
}
