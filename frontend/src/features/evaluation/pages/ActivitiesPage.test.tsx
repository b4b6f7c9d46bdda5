import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aDeputy, anActivity, meAs, pageOf, someActivityTypes } from '@/testing/fixtures';
import { mockApi, staleVersion, type RouteAnswer, type RouteHandler } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import ActivitiesPage from './ActivitiesPage';

const SLOW = 60_000;
const summary = { id: 124, typeId: 11, typeName: '志愿服务', title: '参加社区环境整治志愿服务', occurredOn: '2026-08-03', status: 'PENDING', participants: 1 };

function routes(overrides: Record<string, RouteAnswer | RouteHandler> = {}) {
  return {
    'GET /api/v1/evaluation/activity-types': { body: someActivityTypes },
    'GET /api/v1/evaluation/activities': { body: pageOf([summary]) },
    'GET /api/v1/evaluation/activities/124': { body: anActivity(), headers: { ETag: '"0"' } },
    'GET /api/v1/evaluation/activities/124/history': { body: [] },
    'GET /api/v1/stations': { body: pageOf([]) },
    'GET /api/v1/deputies': { body: pageOf([aDeputy(), aDeputy({ id: 13, name: '李秀英' })]) },
    'GET /api/v1/deputies/13': { body: aDeputy({ id: 13, name: '李秀英' }) },
    'GET /api/v1/deputies/12': { body: aDeputy() },
    ...overrides,
  };
}

describe('ActivitiesPage', () => {
  it('lists the pending self-reports and confirms one with If-Match', async () => {
    const mock = mockApi(routes({ 'POST /api/v1/evaluation/activities/124/confirm': { body: anActivity({ status: 'CONFIRMED', version: 1 }) } }));
    renderWithApp(<ActivitiesPage />, { me: meAs('staff'), path: '/evaluation/activities?year=2026&status=PENDING' });
    const table = await screen.findByRole('table', { name: '履职活动' }, { timeout: 10_000 });
    const url = new URL(mock.requests.find((r) => r.url.includes('/activities?'))!.url);
    expect(url.searchParams.get('status')).toBe('PENDING');
    expect(url.searchParams.get('year')).toBe('2026');
    await userEvent.click(await within(table).findByText('参加社区环境整治志愿服务'));
    expect(await screen.findByText('代表自报')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByText('已确认，计入得分')).toBeInTheDocument();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.url).toContain('/activities/124/confirm');
    expect(post.headers.get('If-Match')).toBe('"0"');
  }, SLOW);

  it('explains a confirmation someone else got to first (412), and rejects with a reason', async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/evaluation/activities/124/confirm': staleVersion(),
        'POST /api/v1/evaluation/activities/124/reject': { body: anActivity({ status: 'REJECTED', rejectReason: '活动日期有误' }) },
      }),
    );
    renderWithApp(<ActivitiesPage />, { me: meAs('staff'), path: '/evaluation/activities?open=124' });
    await userEvent.click(await screen.findByRole('button', { name: '确认' }, { timeout: 10_000 }));
    expect((await screen.findAllByText('记录已被他人修改', {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: '退回' }));
    const modal = await findDialog('退回自报活动');
    await userEvent.type(within(modal).getByLabelText('退回理由'), '活动日期有误');
    await userEvent.click(within(modal).getByRole('button', { name: '退回' }));
    await waitFor(() => expect(mock.requests.some((r) => r.url.includes('/reject'))).toBe(true));
    const reject = mock.requests.find((r) => r.url.includes('/reject'))!;
    expect(reject.headers.get('If-Match')).toBe('"0"');
    expect(await reject.json()).toEqual({ reason: '活动日期有误' });
  }, SLOW);

  it('records an activity with its participants, each with attendance and an optional rating', async () => {
    const mock = mockApi(routes({ 'POST /api/v1/evaluation/activities': { status: 201, body: anActivity({ id: 130, status: 'CONFIRMED' }) } }));
    renderWithApp(<ActivitiesPage />, { me: meAs('staff'), path: '/evaluation/activities' });
    await userEvent.click(await screen.findByRole('button', { name: /登记活动/ }, { timeout: 10_000 }));
    const modal = await findDialog('登记履职活动');
    await userEvent.click(within(modal).getByRole('combobox', { name: '活动类型' }));
    await userEvent.click(await screen.findByTitle('视察'));
    await userEvent.type(within(modal).getByLabelText('活动名称'), '城区停车设施建设视察');
    const date = within(modal).getByLabelText('活动日期');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-03-12{enter}');
    await userEvent.click(within(modal).getByRole('combobox', { name: '参加代表' }));
    await userEvent.click(await screen.findByTitle('张建国（城关镇代表团）'));
    await userEvent.click(await screen.findByTitle('李秀英（城关镇代表团）'));
    const participants = await within(modal).findByRole('table', { name: '参加代表' });
    expect(await within(participants).findByText('李秀英')).toBeInTheDocument();
    await userEvent.click(within(participants).getByRole('combobox', { name: '李秀英 出席情况' }));
    await userEvent.click((await screen.findAllByTitle('请假')).at(-1)!);
    await userEvent.type(within(participants).getByRole('spinbutton', { name: '张建国 评分' }), '90');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(await mock.requests.find((r) => r.method === 'POST')!.json()).toEqual({
      typeId: 3,
      title: '城区停车设施建设视察',
      occurredOn: '2026-03-12',
      description: null,
      stationId: null,
      participants: [
        { deputyId: 12, attendance: 'PRESENT', rating: 90 },
        { deputyId: 13, attendance: 'LEAVE', rating: null },
      ],
    });
  }, SLOW);
});
