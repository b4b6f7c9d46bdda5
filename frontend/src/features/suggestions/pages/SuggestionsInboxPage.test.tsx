import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@/api/types';
import { aSuggestion, meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import SuggestionsInboxPage from './SuggestionsInboxPage';

function routes() {
  return {
    'GET /api/v1/suggestions': (_req: Request, url: URL) => {
      const status = url.searchParams.get('status');
      const size = Number(url.searchParams.get('size'));
      const items =
        status === 'SUBMITTED'
          ? [aSuggestion({ id: 7, number: null, status: 'SUBMITTED', warning: 'NONE', title: '关于增设公交站点的建议', leadUnitName: null })]
          : [
              aSuggestion({ id: 8, title: '关于整治河道的建议', warning: 'RED' }),
              aSuggestion({ id: 9, title: '关于改善校园周边交通的建议', warning: 'YELLOW', status: 'REHANDLING' }),
            ];
      return { body: pageOf(size === 1 ? items.slice(0, 1) : items, items.length) };
    },
    'GET /api/v1/units': { body: pageOf([]) },
  };
}

function listRequests(mock: ReturnType<typeof mockApi>) {
  return mock.requests
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/api/v1/suggestions' && u.searchParams.get('size') !== '1');
}

async function tabNames() {
  const list = await screen.findByRole('tablist');
  return within(list)
    .getAllByRole('tab')
    .map((t) => t.textContent?.replace(/\d+$/, '').trim());
}

describe('SuggestionsInboxPage', { timeout: 60_000 }, () => {
  it.each<[Role, string[]]>([
    ['staff', ['待立案', '待交办', '办理中', '逾期', '待办结', '全部']],
    ['admin', ['待立案', '待交办', '办理中', '逾期', '待办结', '全部']],
    ['unit', ['交办给本单位', '已答复', '全部']],
    ['deputy', ['我的建议', '待评价', '全部可见']],
    ['leader', ['全部', '逾期']],
    ['committee', ['全部', '逾期']],
  ])('gives %s its tabs', async (role, expected) => {
    mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs(role, role === 'unit' ? { unitId: 8 } : {}), path: '/suggestions' });
    expect(await tabNames()).toEqual(expected);
  });

  it('opens staff on 待立案 (status=SUBMITTED) with a 新建 button and warning colours', async () => {
    const mock = mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs('staff'), path: '/suggestions' });
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: '关于增设公交站点的建议' })).toHaveAttribute('href', '/suggestions/7');
    expect(within(table).getByText('已提交')).toBeInTheDocument();
    expect(listRequests(mock)[0].searchParams.get('status')).toBe('SUBMITTED');
    expect(screen.getByRole('button', { name: '新建' })).toBeInTheDocument();
    // The tab fixes the status: no status filter, no colour filter for items not yet handled.
    expect(screen.queryByRole('combobox', { name: '状态' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '预警' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: /逾期/ }));
    expect(await within(table).findByText('关于整治河道的建议')).toBeInTheDocument();
    expect(within(table).getByText('逾期', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(table).getByText('临期', { selector: '.ant-tag' })).toBeInTheDocument();
    await waitFor(() => expect(listRequests(mock).some((u) => u.searchParams.get('warning') === 'RED')).toBe(true));
  });

  it('switches 办理中 between 已交办 and 重新办理', async () => {
    const mock = mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs('staff'), path: '/suggestions?tab=handling' });
    await screen.findByText('关于整治河道的建议');
    expect(listRequests(mock).at(-1)!.searchParams.get('status')).toBe('ASSIGNED');
    await userEvent.click(screen.getByText('重新办理', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(listRequests(mock).at(-1)!.searchParams.get('status')).toBe('REHANDLING'));
  });

  it("shows a deputy their own items by deputyId and hides nothing they can't use", async () => {
    const mock = mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs('deputy'), path: '/suggestions' });
    await screen.findByText('关于整治河道的建议');
    expect(listRequests(mock)[0].searchParams.get('deputyId')).toBe('12');
    expect(screen.getByRole('button', { name: '新建' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /待评价/ }));
    await waitFor(() => {
      const last = listRequests(mock).at(-1)!;
      expect(last.searchParams.get('status')).toBe('REPLIED');
      expect(last.searchParams.get('deputyId')).toBe('12');
    });
  });

  it('gives a unit no 新建 button and filters its colours on its own items', async () => {
    const mock = mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs('unit', { unitId: 8 }), path: '/suggestions' });
    await screen.findByText('关于整治河道的建议');
    expect(screen.queryByRole('button', { name: '新建' })).not.toBeInTheDocument();
    expect(listRequests(mock)[0].searchParams.get('status')).toBe('ASSIGNED');
    expect(screen.getByRole('combobox', { name: '预警' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出本页 CSV' })).toBeEnabled();
  });

  it('searches on the server', async () => {
    const mock = mockApi(routes());
    renderWithApp(<SuggestionsInboxPage />, { me: meAs('leader'), path: '/suggestions' });
    await screen.findByText('关于整治河道的建议');
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索建议' }), '河道{Enter}');
    await waitFor(() => expect(listRequests(mock).some((u) => u.searchParams.get('q') === '河道')).toBe(true));
  });
});
