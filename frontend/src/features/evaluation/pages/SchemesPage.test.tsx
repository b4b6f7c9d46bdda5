import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aScheme, meAs, someActivityTypes } from '@/testing/fixtures';
import { mockApi, problem, type RouteAnswer, type RouteHandler } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import SchemesPage from './SchemesPage';

const SLOW = 60_000;

function routes(overrides: Record<string, RouteAnswer | RouteHandler> = {}) {
  return {
    'GET /api/v1/evaluation/activity-types': { body: someActivityTypes },
    'GET /api/v1/evaluation/schemes': { body: [aScheme()] },
    ...overrides,
  };
}

async function openEdit() {
  await userEvent.click(await screen.findByRole('button', { name: /编\s?辑/ }, { timeout: 10_000 }));
  return findDialog('修改评价方案');
}

describe('SchemesPage', () => {
  it('shows the current revision with each indicator explained, and lets staff only run 试算', async () => {
    mockApi(routes());
    renderWithApp(<SchemesPage />, { me: meAs('staff'), path: '/evaluation/schemes?year=2026' });
    const table = await screen.findByRole('table', { name: '指标与计分规则' }, { timeout: 10_000 });
    const row = within(table).getByText('视察').closest('tr')!;
    expect(within(row).getByText('每件 3 分，封顶 12 分')).toBeInTheDocument();
    expect(within(row).getByText('履职活动：视察')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '方案版本' })).getByText('已用于计分')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编\s?辑/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /试算/ })).toBeInTheDocument();
  }, SLOW);

  it('saves an edit of a used scheme with If-Match and says it became a new revision', async () => {
    const mock = mockApi(routes({ 'PUT /api/v1/evaluation/schemes/1': { status: 201, body: aScheme({ id: 2, revision: 2 }) } }));
    renderWithApp(<SchemesPage />, { me: meAs('admin'), path: '/evaluation/schemes?year=2026' });
    const modal = await openEdit();
    const second = within(modal).getByRole('group', { name: '指标 2' });
    const cap = within(second).getByRole('spinbutton', { name: '指标 2 封顶分' });
    await userEvent.clear(cap);
    await userEvent.type(cap, '15');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('该方案已用于计分，修改已保存为第 2 版；原版本保留不变')).toBeInTheDocument();
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    const body = await put.json();
    expect(body.indicators[1]).toEqual({
      name: '视察',
      source: 'ACTIVITY',
      activityTypeId: 3,
      rule: 'COUNT',
      weight: 1,
      pointsPer: 3,
      cap: 15,
      fullPoints: null,
      registeredOnly: false,
    });
    expect(body.year).toBe(2026);
  }, SLOW);

  it("puts the server's field error on the indicator it names", async () => {
    mockApi(
      routes({
        'PUT /api/v1/evaluation/schemes/1': problem({
          type: '/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: '提交的数据有误：活动类型已停用',
          errors: [{ field: 'indicators[1].activityTypeId', message: '活动类型已停用' }],
        }),
      }),
    );
    renderWithApp(<SchemesPage />, { me: meAs('admin'), path: '/evaluation/schemes?year=2026' });
    const modal = await openEdit();
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    const second = within(modal).getByRole('group', { name: '指标 2' });
    expect(await within(second).findByText('活动类型已停用')).toBeInTheDocument();
    expect(within(within(modal).getByRole('group', { name: '指标 1' })).queryByText('活动类型已停用')).not.toBeInTheDocument();
  }, SLOW);

  it('runs 试算 on the draft and shows the draft rank beside the current one, saving nothing', async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/evaluation/schemes/what-if': {
          body: [
            { deputyId: 43, name: '张淑珍', total: 66.2, rank: 1, grade: 'EXCELLENT', currentTotal: 65.69, currentRank: 3 },
            { deputyId: 12, name: '张建国', total: 60.1, rank: 2, grade: 'EXCELLENT', currentTotal: 70.38, currentRank: 1 },
          ],
        },
      }),
    );
    renderWithApp(<SchemesPage />, { me: meAs('admin'), path: '/evaluation/schemes?year=2026' });
    const modal = await openEdit();
    const weight = within(within(modal).getByRole('group', { name: '指标 1' })).getByRole('spinbutton', { name: '指标 1 权重' });
    await userEvent.clear(weight);
    await userEvent.type(weight, '2');
    await userEvent.click(within(modal).getByRole('button', { name: '试算' }));
    const result = await within(modal).findByRole('table', { name: '试算结果（前 2 名）' });
    expect(within(within(result).getByText('张淑珍').closest('tr')!).getByLabelText('上升 2 名')).toBeInTheDocument();
    expect(within(within(result).getByText('张建国').closest('tr')!).getByLabelText('下降 1 名')).toBeInTheDocument();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    const body = await post.json();
    expect(body.limit).toBe(50);
    expect(body.scheme.indicators[0].weight).toBe(2);
    expect(mock.requests.some((r) => r.method === 'PUT')).toBe(false);
    // The dialog stays open with the result, and no save is reported.
    expect(within(modal).getByRole('table', { name: '试算结果（前 2 名）' })).toBeInTheDocument();
    expect(screen.queryByText(/方案已原地修改|已保存为第/)).not.toBeInTheDocument();
  }, SLOW);
});
