import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { aDossier, meAs, someActivityTypes } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import DossierPage, { activityDays } from './DossierPage';

// echarts needs a canvas, which jsdom lacks; the charts' data are checked through their text alternative.
vi.mock('@/components/Chart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));
vi.mock('../components/ActivityCalendar', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SLOW = 60_000;

function renderDossier(me = meAs('staff'), path = '/evaluation/dossiers/12?year=2026') {
  return renderWithApp(
    <Routes>
      <Route path="/evaluation/dossiers" element={<DossierPage />} />
      <Route path="/evaluation/dossiers/:deputyId" element={<DossierPage />} />
    </Routes>,
    { me, path },
  );
}

describe('activityDays', () => {
  it('counts the days a deputy was present, leaving leave and absence out', () => {
    expect(
      activityDays([
        { occurredOn: '2026-03-01', attendance: 'PRESENT' },
        { occurredOn: '2026-03-01', attendance: 'PRESENT' },
        { occurredOn: '2026-03-02', attendance: 'LEAVE' },
      ]),
    ).toEqual({ '2026-03-01': 2 });
  });
});

describe('DossierPage', () => {
  it("shows a deputy's year: score, charts, activities, suggestions and groups, with the breakdown link", async () => {
    const mock = mockApi({ 'GET /api/v1/evaluation/dossiers/12': { body: aDossier() } });
    renderDossier();
    expect(await screen.findByRole('heading', { name: '张建国的履职档案' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(new URL(mock.requests[0].url).searchParams.get('year')).toBe('2026');
    const score = screen.getByText('年度得分').closest('.ant-card')!;
    expect(score.textContent).toContain('总分70.38');
    expect(score.textContent).toContain('名次1');
    expect(within(score as HTMLElement).getByText('优秀')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '得分明细' })).toHaveAttribute('href', '/evaluation/scores/12?year=2026');
    expect(await screen.findByRole('img', { name: '2026 年活动日历：2026-01-10 1；2026-08-03 1' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: '各类活动（出席/请假/缺席/待确认）：出席代表大会会议 1/0/0/0；志愿服务 0/0/0/1' }, { timeout: 10_000 })).toBeInTheDocument();
    expect((await screen.findByRole('img', { name: /^各月活动\/建议：/ }, { timeout: 10_000 })).getAttribute('aria-label')).toContain('1月 1/2；2月 0/0');
    const activities = screen.getByRole('table', { name: '履职活动' });
    const pending = within(activities).getByText('参加社区环境整治志愿服务').closest('tr')!;
    expect(within(pending).getByText('待确认')).toBeInTheDocument();
    const suggestions = screen.getByRole('table', { name: '建议' });
    expect(within(suggestions).getByRole('link', { name: '关于改善农村公路安全设施的建议' })).toHaveAttribute('href', '/suggestions/316');
    expect(within(suggestions).getByText('优秀建议')).toBeInTheDocument();
    expect(within(suggestions).getByText('领衔')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '城区停车设施建设情况' })).toHaveAttribute('href', '/supervision/topics/7');
    // Staff do not report activities for themselves; they print.
    expect(screen.queryByRole('button', { name: /自报活动/ })).not.toBeInTheDocument();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: /打印/ }));
    expect(print).toHaveBeenCalled();
  }, SLOW);

  it('keeps the breakdown link from a committee, which may not read scores', async () => {
    mockApi({ 'GET /api/v1/evaluation/dossiers/12': { body: aDossier() } });
    renderDossier(meAs('committee'));
    expect(await screen.findByRole('heading', { name: '张建国的履职档案' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '得分明细' })).not.toBeInTheDocument();
  }, SLOW);

  it("takes a deputy to their own dossier, where they report an activity (only themselves, present)", async () => {
    const mock = mockApi({
      'GET /api/v1/evaluation/dossiers/12': { body: aDossier() },
      'GET /api/v1/evaluation/activity-types': { body: someActivityTypes },
      'POST /api/v1/evaluation/activities': { status: 201, body: {} },
    });
    const { router } = renderDossier(meAs('deputy'), '/evaluation/dossiers/40');
    await waitFor(() => expect(router.state.location.pathname).toBe('/evaluation/dossiers/12'));
    expect(screen.queryByRole('combobox', { name: '选择代表' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: /自报活动/ }, { timeout: 10_000 }));
    const modal = await findDialog('自报履职活动');
    await userEvent.click(within(modal).getByRole('combobox', { name: '活动类型' }));
    await userEvent.click(await screen.findByTitle('志愿服务'));
    await userEvent.type(within(modal).getByLabelText('活动名称'), '参加社区环境整治志愿服务');
    const date = within(modal).getByLabelText('活动日期');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-08-03{enter}');
    await userEvent.type(within(modal).getByLabelText('活动内容'), '清理河道垃圾');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已提交，待工作人员确认')).toBeInTheDocument();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      typeId: 11,
      title: '参加社区环境整治志愿服务',
      occurredOn: '2026-08-03',
      description: '清理河道垃圾',
      participants: [{ deputyId: 12, attendance: 'PRESENT' }],
    });
  }, SLOW);

  it('asks staff to pick a deputy when none is chosen', async () => {
    mockApi({});
    renderDossier(meAs('leader'), '/evaluation/dossiers');
    expect(await screen.findByText('请选择一位代表，查看其一人一档。')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '选择代表' })).toBeInTheDocument();
  }, SLOW);
});
