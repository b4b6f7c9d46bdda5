import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { aScore, aScoreDetail, meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import ScoresPage from './ScoresPage';
import ScoreDetailPage from './ScoreDetailPage';

vi.mock('@/components/Chart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SLOW = 60_000;
const rows = [aScore(), aScore({ deputyId: 43, name: '张淑珍', delegationName: '西城街道代表团', total: 45.5, rank: 2, grade: 'COMPETENT' })];

function routes() {
  return {
    'GET /api/v1/delegations': { body: pageOf([{ id: 1, version: 0, name: '城关镇代表团' }]) },
    'GET /api/v1/evaluation/scores': (_req: Request, url: URL) => {
      const grade = url.searchParams.get('grade');
      if (url.searchParams.get('size') === '1') return { body: pageOf([], grade === 'EXCELLENT' ? 8 : grade === 'COMPETENT' ? 30 : 6, 0, 1) };
      return { body: pageOf(rows) };
    },
    'GET /api/v1/evaluation/scores/12': { body: aScoreDetail() },
    'GET /api/v1/evaluation/scores/export': {
      body: '名次,代表',
      headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="scores-2026.csv"' },
    },
    'POST /api/v1/evaluation/scores/recompute': { body: { year: 2026, schemeId: 1, revision: 2, deputies: 50, millis: 137 } },
  };
}

describe('ScoresPage', () => {
  it('ranks the deputies with grade and revision, charts the grades, recomputes and exports', async () => {
    const mock = mockApi(routes());
    renderWithApp(<ScoresPage />, { me: meAs('staff'), path: '/evaluation/scores?year=2026&grade=EXCELLENT' });
    const table = await screen.findByRole('table', { name: '得分排名' }, { timeout: 10_000 });
    const row = (await within(table).findByText('张淑珍')).closest('tr')!;
    expect(within(row).getByText('45.50')).toBeInTheDocument();
    expect(within(row).getByText('称职')).toBeInTheDocument();
    expect(within(row).getByText('第 1 版')).toBeInTheDocument();
    const list = mock.requests.find((r) => r.url.includes('/scores?') && !r.url.includes('size=1'))!;
    expect(new URL(list.url).searchParams.get('year')).toBe('2026');
    expect(new URL(list.url).searchParams.get('grade')).toBe('EXCELLENT');
    expect(await screen.findByRole('img', { name: '等级分布：优秀 8；称职 30；基本称职 6；不称职 6' }, { timeout: 10_000 })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /重新计分/ }));
    expect(await screen.findByText('已为 50 名代表重新计分（方案第 2 版），用时 137 毫秒')).toBeInTheDocument();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).searchParams.get('year')).toBe('2026');

    // The export is the server's (every row, the list's filters and order), downloaded as a file.
    const created = vi.fn(() => 'blob:scores');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    await userEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    expect(await screen.findByText('已开始下载')).toBeInTheDocument();
    const exported = new URL(mock.requests.find((r) => r.url.includes('/scores/export'))!.url);
    expect(exported.searchParams.get('year')).toBe('2026');
    expect(exported.searchParams.get('grade')).toBe('EXCELLENT');
    expect(exported.searchParams.has('page')).toBe(false);
    expect(created).toHaveBeenCalledTimes(1);
  }, SLOW);

  it("opens a deputy's breakdown: each indicator with its rule, expandable to the records that earned it", async () => {
    mockApi(routes());
    renderWithApp(<ScoresPage />, { me: meAs('leader'), path: '/evaluation/scores?year=2026' });
    await userEvent.click(await screen.findByText('张建国'));
    const indicators = await screen.findByRole('table', { name: '各项指标' }, { timeout: 10_000 });
    const lead = within(indicators).getByText('领衔建议').closest('tr')!;
    expect(within(lead).getByText('每件 2 分，封顶 10 分')).toBeInTheDocument();
    expect(within(lead).getByText('2.00', { selector: 'strong' })).toBeInTheDocument();
    await userEvent.click(within(lead).getByRole('button'));
    const records = await screen.findByRole('table', { name: '领衔建议的计分记录' }, { timeout: 10_000 });
    expect(within(records).getByRole('link', { name: '关于改善农村公路安全设施的建议' })).toHaveAttribute('href', '/suggestions/316');
    expect(within(records).getByText('计 2 分')).toBeInTheDocument();
    // Leaders do not recompute.
    expect(screen.queryByRole('button', { name: /重新计分/ })).not.toBeInTheDocument();
  }, SLOW);
});

describe('ScoreDetailPage', () => {
  it("shows a deputy their own breakdown, the activity records without a link to the staff's register", async () => {
    const mock = mockApi(routes());
    renderWithApp(
      <Routes>
        <Route path="/evaluation/scores/:deputyId" element={<ScoreDetailPage />} />
      </Routes>,
      { me: meAs('deputy'), path: '/evaluation/scores/12?year=2026' },
    );
    expect(await screen.findByRole('heading', { name: '张建国 · 2026 年度得分明细' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(new URL(mock.requests[0].url).searchParams.get('year')).toBe('2026');
    const session = screen.getByText('出席代表大会会议').closest('tr')!;
    await userEvent.click(within(session).getByRole('button'));
    const records = await screen.findByRole('table', { name: '出席代表大会会议的计分记录' }, { timeout: 10_000 });
    expect(within(records).getByText('县第十八届人民代表大会第三次会议')).toBeInTheDocument();
    expect(within(records).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /返回档案/ })).toHaveAttribute('href', '/evaluation/dossiers/12?year=2026');
  }, SLOW);
});
