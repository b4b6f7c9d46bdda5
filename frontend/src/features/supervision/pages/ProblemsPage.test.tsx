import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SupervisionProblem } from '@/api/types';
import { meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import ProblemsPage from './ProblemsPage';

const problem: SupervisionProblem = {
  id: 5,
  version: 3,
  topicId: 32,
  description: '老旧小区停车泊位缺口大，夜间占道停车普遍',
  unitId: 8,
  unitName: '县住房和城乡建设局',
  responsiblePerson: '王局长',
  measures: '新增夜间共享泊位 500 个',
  deadline: '2027-06-30',
  status: 'RECTIFYING',
  warning: 'RED',
  escalation: 'REMINDER',
  reopened: 0,
  rectifiedAt: null,
  createdAt: '2027-03-01T08:00:00Z',
  updatedAt: '2027-03-01T08:00:00Z',
  // The server offers the responsible unit its report.
  actions: ['progress'],
};

describe('ProblemsPage', () => {
  it('shows a unit its problems with colour tags and lets it report progress with If-Match', async () => {
    const mock = mockApi({
      'GET /api/v1/supervision/problems': { body: pageOf([problem]) },
      'GET /api/v1/supervision/problems/5': { body: problem, headers: { ETag: '"3"' } },
      'GET /api/v1/supervision/problems/5/history': {
        body: [{ id: 1, action: 'CREATED', actor: '王芳（staff1）', at: '2027-03-01T08:00:00Z', note: null, outcome: null }],
      },
      'POST /api/v1/supervision/problems/5/progress': { body: { ...problem, version: 4 } },
    });
    renderWithApp(<ProblemsPage />, { me: meAs('unit', { unitId: 8 }), path: '/supervision/problems?topicId=32' });
    expect(await screen.findByText('老旧小区停车泊位缺口大，夜间占道停车普遍')).toBeInTheDocument();
    expect(screen.getByText('逾期')).toBeInTheDocument();
    expect(screen.getByText('督促提醒')).toBeInTheDocument();
    expect(mock.requests[0].url).toContain('topicId=32');

    await userEvent.click(screen.getByRole('button', { name: '详情' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('问题详情')).toBeInTheDocument();
    expect(within(drawer).getByRole('region', { name: '整改过程' })).toBeInTheDocument();
    expect(await within(drawer).findByText('列入问题清单 · 王芳（staff1）')).toBeInTheDocument();
    const toolbar = within(drawer).getByRole('toolbar', { name: '整改操作' });
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['报告进展']);

    await userEvent.click(within(toolbar).getByRole('button', { name: '报告进展' }));
    // Drawer and modal both open: find the modal by its title (in jsdom both share the test id as label).
    let modal!: HTMLElement;
    await waitFor(() => {
      modal = screen.getAllByRole('dialog').find((d) => within(d).queryByText('报告整改进展'))!;
      expect(modal).toBeTruthy();
    });
    await userEvent.click(within(modal).getByLabelText('说明'));
    await userEvent.paste('已完成 3 个小区的泊位施划');
    await userEvent.click(within(modal).getByRole('checkbox', { name: '整改已完成，报请核实' }));
    await userEvent.click(within(modal).getByRole('button', { name: '报告进展' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ note: '已完成 3 个小区的泊位施划', completed: true });
  }, 60_000);
});
