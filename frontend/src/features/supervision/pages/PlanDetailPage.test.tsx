import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { aPlan, aTopic, meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import PlanDetailPage from './PlanDetailPage';

function routes(overrides: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/supervision/plans/7': { body: aPlan(), headers: { ETag: '"0"' } },
    'GET /api/v1/supervision/plans/7/topics': {
      body: pageOf([aTopic(), aTopic({ id: 32, version: 5, title: '关于农村饮水安全的执法检查', status: 'DELIBERATED', sources: ['KEY_TASK'] })]),
    },
    ...overrides,
  };
}

function renderPlan(me = meAs('staff')) {
  return renderWithApp(
    <Routes>
      <Route path="/supervision/plans/:id" element={<PlanDetailPage />} />
    </Routes>,
    { me, path: '/supervision/plans/7' },
  );
}

describe('PlanDetailPage', () => {
  it('lists the topics with status and source tags, their next step and a link to their problems', async () => {
    mockApi(routes());
    renderPlan();
    expect(await screen.findByRole('heading', { name: '2027年度监督工作计划' })).toBeInTheDocument();
    expect(await screen.findByText('关于城区停车难问题整治情况的专项工作报告')).toBeInTheDocument();
    expect(screen.getAllByText('建议热点').length).toBeGreaterThan(0);
    expect(screen.getAllByText('热线诉求').length).toBeGreaterThan(0);
    const first = screen.getByRole('group', { name: '议题推进 关于城区停车难问题整治情况的专项工作报告' });
    expect(within(first).getByRole('button', { name: '列入计划' })).toBeInTheDocument();
    const second = screen.getByRole('group', { name: '议题推进 关于农村饮水安全的执法检查' });
    expect(within(second).getByRole('button', { name: '办结' })).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: '新增问题' })).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: '整改问题' })).toHaveAttribute('href', '/supervision/problems?topicId=32');
    expect(screen.getByRole('button', { name: /新增议题/ })).toBeInTheDocument();
  });

  it("sends the topic's version as If-Match and shows a 409's rule", async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/supervision/topics/31/approve': {
          status: 409,
          body: { type: '/problems/rule', title: 'Conflict', status: 409, rule: 'approve-only-proposed', detail: '只有拟定的议题可以列入计划' },
        },
      }),
    );
    renderPlan();
    const group = await screen.findByRole('group', { name: '议题推进 关于城区停车难问题整治情况的专项工作报告' });
    await userEvent.click(within(group).getByRole('button', { name: '列入计划' }));
    expect(await screen.findByText('只有拟定的议题可以列入计划')).toBeInTheDocument();
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
  });

  it('offers a leader no steps and no 新增议题', async () => {
    mockApi(routes());
    renderPlan(meAs('leader'));
    expect(await screen.findByText('关于城区停车难问题整治情况的专项工作报告')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '列入计划' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增议题/ })).not.toBeInTheDocument();
  });
});
