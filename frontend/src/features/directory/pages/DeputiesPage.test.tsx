import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aDeputy, meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import DeputiesPage from './DeputiesPage';

function routes() {
  return {
    'GET /api/v1/deputies': (_req: Request, url: URL) => ({
      body: pageOf(
        url.searchParams.get('q') === '李'
          ? [aDeputy({ id: 13, name: '李秀英', gender: 'FEMALE' })]
          : [aDeputy(), aDeputy({ id: 13, name: '李秀英', gender: 'FEMALE', status: 'SUSPENDED' })],
        45,
      ),
    }),
    'GET /api/v1/deputies/12': { body: aDeputy(), headers: { ETag: '"0"' } },
    'GET /api/v1/deputies/12/history': {
      body: [
        { id: 1, at: '2026-01-05T08:00:00Z', actor: 'staff1', action: 'CREATED', changes: [] },
        { id: 2, at: '2026-01-06T09:30:00Z', actor: 'staff1', action: 'UPDATED', changes: [{ field: 'party', from: 'MASSES', to: 'CPC' }] },
      ],
    },
    'GET /api/v1/delegations': { body: pageOf([{ id: 1, version: 0, name: '城关镇代表团' }]) },
    'GET /api/v1/stations': { body: pageOf([]) },
  };
}

describe('DeputiesPage', () => {
  it('lists deputies from the server with paging and lets staff add one', async () => {
    const mock = mockApi(routes());
    renderWithApp(<DeputiesPage />, { me: meAs('staff'), path: '/deputies' });
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('张建国')).toBeInTheDocument();
    expect(within(table).getByText('暂停执行职务')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新增' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeInTheDocument();
    const first = mock.requests.find((r) => new URL(r.url).pathname === '/api/v1/deputies')!;
    expect(new URL(first.url).searchParams.get('page')).toBe('0');
    expect(new URL(first.url).searchParams.get('size')).toBe('20');
  });

  it('searches on the server', async () => {
    const mock = mockApi(routes());
    renderWithApp(<DeputiesPage />, { me: meAs('staff'), path: '/deputies' });
    await screen.findByText('张建国');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索代表' }), '李{Enter}');
    await waitFor(() => expect(screen.queryByText('张建国')).not.toBeInTheDocument());
    expect(mock.requests.some((r) => new URL(r.url).searchParams.get('q') === '李')).toBe(true);
  });

  it('hides the add and export buttons from a deputy', async () => {
    mockApi(routes());
    renderWithApp(<DeputiesPage />, { me: meAs('deputy'), path: '/deputies' });
    await screen.findByText('张建国');
    expect(screen.queryByRole('button', { name: '新增' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '导出 CSV' })).not.toBeInTheDocument();
  });

  it('opens a detail drawer with the history timeline', async () => {
    mockApi(routes());
    renderWithApp(<DeputiesPage />, { me: meAs('staff'), path: '/deputies' });
    await userEvent.click(await screen.findByText('张建国'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('代表详情：张建国')).toBeInTheDocument();
    const history = await within(drawer).findByRole('region', { name: '修改记录' });
    expect(within(history).getByText(/群众 → 中共党员/)).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: '编辑' })).toBeInTheDocument();
  });
});
