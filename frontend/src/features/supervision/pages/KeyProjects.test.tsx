import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { aKeyProject, aRound, meAs, pageOf, someUnits } from '@/testing/fixtures';
import { mockApi, refusedByRule, staleVersion, type RouteAnswer, type RouteHandler } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import KeyProjectsPage from './KeyProjectsPage';
import KeyProjectDetailPage from './KeyProjectDetailPage';

// echarts needs a canvas, which jsdom lacks; the chart's data are checked through its text alternative.
vi.mock('@/components/Chart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SLOW = 60_000;

function routes(overrides: Record<string, RouteAnswer | RouteHandler> = {}) {
  return {
    'GET /api/v1/units': { body: someUnits },
    'GET /api/v1/supervision/key-projects': {
      body: pageOf([aKeyProject(), aKeyProject({ id: 4, name: '城乡供水一体化项目', unitId: 9, planAnswer: null, progressAnswer: null, ratings: [aRound(), aRound({ round: 'YEAR_END' })] })]),
    },
    'GET /api/v1/supervision/key-projects/3': { body: aKeyProject(), headers: { ETag: '"2"' } },
    ...overrides,
  };
}

function renderDetail(me = meAs('staff')) {
  return renderWithApp(
    <Routes>
      <Route path="/supervision/key-projects/:id" element={<KeyProjectDetailPage />} />
    </Routes>,
    { me, path: '/supervision/key-projects/3' },
  );
}

describe('KeyProjectsPage', () => {
  it("lists the year's projects with their unit, the next ask and the round results", async () => {
    const mock = mockApi(routes());
    renderWithApp(<KeyProjectsPage />, { me: meAs('leader'), path: '/supervision/key-projects?year=2027' });
    const row = (await screen.findByRole('link', { name: '城区停车场建设项目' })).closest('tr')!;
    expect(row.querySelector('a')).toHaveAttribute('href', '/supervision/key-projects/3');
    expect(await within(row).findByText('县住房和城乡建设局')).toBeInTheDocument();
    expect(within(row).getByText('待年底问结果')).toBeInTheDocument();
    expect(within(row).getByText('通过 86.7%')).toBeInTheDocument();
    expect(within(row).getByText('尚未评议')).toBeInTheDocument();
    const other = screen.getByRole('link', { name: '城乡供水一体化项目' }).closest('tr')!;
    expect(within(other).getByText('待年初问计划')).toBeInTheDocument();
    expect(new URL(mock.requests.find((r) => r.url.includes('/key-projects'))!.url).searchParams.get('year')).toBe('2027');
    expect(screen.queryByRole('button', { name: /确定重点项目/ })).not.toBeInTheDocument();
  }, SLOW);

  it('lets staff create a project with its pass line as a share', async () => {
    const mock = mockApi(routes({ 'POST /api/v1/supervision/key-projects': { status: 201, body: aKeyProject({ id: 9 }) } }));
    const { router } = renderWithApp(<KeyProjectsPage />, { me: meAs('staff'), path: '/supervision/key-projects?year=2027' });
    await userEvent.click(await screen.findByRole('button', { name: /确定重点项目/ }));
    const modal = await findDialog('确定重点项目');
    await waitFor(() => expect(within(modal).getByRole('spinbutton', { name: '年度' })).toHaveValue('2027'));
    await userEvent.type(within(modal).getByLabelText('项目名称'), '城区停车场建设项目');
    await userEvent.click(within(modal).getByRole('combobox', { name: '责任单位' }));
    await userEvent.click(await screen.findByTitle('县住房和城乡建设局'));
    const pass = within(modal).getByRole('spinbutton', { name: '通过线' });
    await userEvent.clear(pass);
    await userEvent.type(pass, '85');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/supervision/key-projects/9'));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ year: 2027, name: '城区停车场建设项目', unitId: 8, passThreshold: 0.85 });
  }, SLOW);
});

describe('KeyProjectDetailPage', () => {
  it('shows the asks as steps and the ratings against the pass line, and lets staff record the next ask with If-Match', async () => {
    const mock = mockApi(
      routes({ 'POST /api/v1/supervision/key-projects/3/asks': { body: aKeyProject({ version: 3, resultAnswer: '建成 3 处、泊位 1260 个' }) } }),
    );
    renderDetail();
    expect(await screen.findByRole('heading', { name: '城区停车场建设项目' })).toBeInTheDocument();
    expect(screen.getByText('年内新建停车场 3 处')).toBeInTheDocument();
    expect(screen.getByText('已建成 2 处')).toBeInTheDocument();
    expect(screen.getByText('待答复')).toBeInTheDocument();
    const mid = screen.getByRole('region', { name: '年中评议' });
    expect(within(mid).getByText('通过 86.7%')).toBeInTheDocument();
    expect(within(mid).getByText('86.7%（通过线 80.0%）')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '年底评议' })).getByText('尚未评议')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: '评议结果：年中评议 满意 20 基本满意 6 不满意 4；年底评议 满意 0 基本满意 0 不满意 0' })).toBeInTheDocument();
    // Staff do not vote.
    expect(screen.queryByText('我的评议')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /登记年底问结果/ }));
    const modal = await findDialog('登记三问答复');
    await userEvent.type(within(modal).getByLabelText('责任单位答复'), '建成 3 处、泊位 1260 个');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(await post.json()).toEqual({ ask: 'RESULT', text: '建成 3 处、泊位 1260 个' });
  }, SLOW);

  it('explains a stale answer (412)', async () => {
    mockApi(routes({ 'POST /api/v1/supervision/key-projects/3/asks': staleVersion() }));
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: /登记年底问结果/ }));
    const modal = await findDialog('登记三问答复');
    await userEvent.type(within(modal).getByLabelText('责任单位答复'), '建成 3 处');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
  }, SLOW);

  it("lets a deputy rate the open round and shows the server's refusal of a second vote (409)", async () => {
    let votes = 0;
    const mock = mockApi(
      routes({
        'POST /api/v1/supervision/key-projects/3/votes': () =>
          ++votes === 1
            ? { status: 201, body: aRound({ satisfied: 21, basic: 6, unsatisfied: 4, votes: 31, satisfactionRate: 27 / 31, passed: true }) }
            : refusedByRule('one-vote-per-round', '本轮评议已投票，不能重复投票'),
      }),
    );
    renderDetail(meAs('deputy'));
    const card = (await screen.findByText('我的评议')).closest('.ant-card') as HTMLElement;
    // Only the mid-year round is open (no result answered yet).
    expect(within(card).getByRole('radio', { name: '年中评议' })).toBeChecked();
    expect(within(card).queryByRole('radio', { name: '年底评议' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /登记/ })).not.toBeInTheDocument();

    await userEvent.click(within(card).getByText('满意'));
    await userEvent.click(within(card).getByRole('button', { name: '提交评议' }));
    expect(await within(card).findByText('已提交年中评议：满意')).toBeInTheDocument();
    expect(await mock.requests.find((r) => r.method === 'POST')!.json()).toEqual({ round: 'MID_YEAR', rating: 'SATISFIED' });

    await userEvent.click(within(card).getByText('不满意'));
    await userEvent.click(within(card).getByRole('button', { name: '提交评议' }));
    expect(await within(card).findByText('本轮评议已投票，不能重复投票')).toBeInTheDocument();
    expect(within(card).queryByText('已提交年中评议：满意')).not.toBeInTheDocument();
  }, SLOW);

  it('tells a deputy when no round is open yet', async () => {
    mockApi(routes({ 'GET /api/v1/supervision/key-projects/3': { body: aKeyProject({ progressAnswer: null }), headers: { ETag: '"2"' } } }));
    renderDetail(meAs('deputy'));
    expect(await screen.findByText(/评议尚未开始/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交评议' })).not.toBeInTheDocument();
  }, SLOW);
});
