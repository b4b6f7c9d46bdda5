import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { TopicAction } from '@/api/types';
import { aDeputy, aProblem, aTopic, meAs, pageOf, someUnits } from '@/testing/fixtures';
import { mockApi, refusedByRule, staleVersion, type RouteAnswer, type RouteHandler } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import TopicDetailPage from './TopicDetailPage';

const SLOW = 60_000;
const topic = aTopic({ unitIds: [8], description: '城区停车泊位缺口约 3000 个' });
/** What the server offers staff on the proposed topic. */
const STAFF: TopicAction[] = ['approve', 'edit'];

/** `actions`: what the server offers the caller on the topic (staff's by default). */
function routes(overrides: Record<string, RouteAnswer | RouteHandler> = {}, actions: TopicAction[] = STAFF) {
  return {
    'GET /api/v1/supervision/topics/31': { body: { ...topic, actions }, headers: { ETag: '"2"' } },
    'GET /api/v1/supervision/topics/31/group': {
      body: [
        { deputyId: 14, name: '李秀英', leader: false },
        { deputyId: 12, name: '张建国', leader: true },
      ],
    },
    'GET /api/v1/supervision/topics/31/milestones': {
      body: [
        { id: 1, title: '前置审议：委员会听取汇报', due: '2027-05-20', doneOn: '2027-05-18' },
        { id: 2, title: '常委会会议审议', due: '2099-06-25', doneOn: null },
      ],
    },
    'GET /api/v1/supervision/problems': { body: pageOf([aProblem()]) },
    'GET /api/v1/units': { body: someUnits },
    'GET /api/v1/deputies': { body: pageOf([aDeputy(), aDeputy({ id: 14, name: '李秀英' }), aDeputy({ id: 15, name: '刘洋' })]) },
    ...overrides,
  };
}

function renderTopic(me = meAs('staff')) {
  return renderWithApp(
    <Routes>
      <Route path="/supervision/topics/:id" element={<TopicDetailPage />} />
    </Routes>,
    { me, path: '/supervision/topics/31' },
  );
}

describe('TopicDetailPage', () => {
  it('shows the facts, the evidence links, the group, the milestones and the problems of the topic', async () => {
    const mock = mockApi(routes());
    renderTopic();
    expect(await screen.findByRole('heading', { name: topic.title })).toBeInTheDocument();
    expect(screen.getByText('建议热点', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(screen.getByText('听取审议专项工作报告')).toBeInTheDocument();
    expect(screen.getByText('财政经济委员会')).toBeInTheDocument();
    expect(screen.getByText('城区停车泊位缺口约 3000 个')).toBeInTheDocument();
    // Evidence by number (or id when not registered) and title, with its kind and source.
    expect(screen.getByRole('link', { name: '2026建0012 关于解决老旧小区夜间停车难的建议' })).toHaveAttribute('href', '/suggestions/101');
    expect(screen.getByRole('link', { name: '#102 小区门口夜间占道停车严重' })).toHaveAttribute('href', '/suggestions/102');
    expect(within(screen.getByRole('list', { name: '依据条目' })).getByText(/社情民意 · 12345 热线/)).toBeInTheDocument();
    expect(await screen.findAllByText('县住房和城乡建设局')).not.toHaveLength(0);

    const group = await screen.findByRole('list', { name: '监督小组' });
    expect(within(group).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['张建国（组长）', '李秀英']);

    const milestones = screen.getByRole('table', { name: '进度安排' });
    expect(await within(milestones).findByText('2027-05-18 完成')).toBeInTheDocument();
    expect(within(milestones).getByText('待办')).toBeInTheDocument();
    expect(within(milestones).getAllByRole('button', { name: /^完成/ })).toHaveLength(1);

    const problems = screen.getByRole('table', { name: '整改问题' });
    expect(await within(problems).findByText('老旧小区停车泊位缺口大，夜间占道停车普遍')).toBeInTheDocument();
    expect(within(problems).getByText('整改中')).toBeInTheDocument();
    expect(new URL(mock.requests.find((r) => r.url.includes('/supervision/problems'))!.url).searchParams.get('topicId')).toBe('31');
    expect(screen.getByRole('link', { name: '在整改问题中查看' })).toHaveAttribute('href', '/supervision/problems?topicId=31');
    // What the server offers on the proposed topic: approve it and edit it; no problems before the deliberation.
    expect(screen.getByRole('button', { name: '列入计划' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /编辑/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增问题/ })).not.toBeInTheDocument();
  }, SLOW);

  it('edits the topic with If-Match, keeping its evidence, and explains a stale edit (412)', async () => {
    const mock = mockApi(
      routes({ 'PUT /api/v1/supervision/topics/31': staleVersion() }),
    );
    renderTopic();
    await userEvent.click(await screen.findByRole('button', { name: /编辑/ }, { timeout: 10_000 }));
    const modal = await findDialog('修改议题');
    const title = within(modal).getByLabelText('议题名称');
    await waitFor(() => expect(title).toHaveValue(topic.title));
    await userEvent.clear(title);
    await userEvent.type(title, '关于城区停车难问题的专项工作报告');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      title: '关于城区停车难问题的专项工作报告',
      description: '城区停车泊位缺口约 3000 个',
      method: 'WORK_REPORT',
      committeeId: 3,
      sources: ['SUGGESTION_HOTSPOT', 'HOTLINE_DEMAND'],
      evidenceIds: [101, 102],
      unitIds: [8],
    });
  }, SLOW);

  it('sets the supervision group: a leading deputy and the members', async () => {
    const mock = mockApi(
      routes({
        'PUT /api/v1/supervision/topics/31/group': {
          body: [
            { deputyId: 12, name: '张建国', leader: true },
            { deputyId: 14, name: '李秀英', leader: false },
            { deputyId: 15, name: '刘洋', leader: false },
          ],
        },
      }),
    );
    renderTopic();
    await screen.findByRole('list', { name: '监督小组' }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: /调整小组/ }));
    const modal = await findDialog('监督小组（一事一小组）');
    await userEvent.click(within(modal).getByRole('combobox', { name: '组员' }));
    await userEvent.click(await screen.findByTitle('刘洋（城关镇代表团）'));
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    const group = screen.getByRole('list', { name: '监督小组' });
    await waitFor(() => expect(within(group).getAllByRole('listitem')).toHaveLength(3));
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ leaderDeputyId: 12, memberIds: [14, 15] });
  }, SLOW);

  it('adds a milestone and shows the rule when a done one is marked again (409)', async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/supervision/topics/31/milestones': { status: 201, body: { id: 3, title: '跟踪督办', due: '2099-09-30', doneOn: null } },
        'POST /api/v1/supervision/topics/31/milestones/2/done': refusedByRule('milestone-done-once', '该节点已登记完成'),
      }),
    );
    renderTopic();
    await userEvent.click(await screen.findByRole('button', { name: /添加节点/ }, { timeout: 10_000 }));
    const modal = await findDialog('添加节点');
    await userEvent.type(within(modal).getByLabelText('节点内容'), '跟踪督办');
    await userEvent.type(within(modal).getByLabelText('时间节点'), '2099-09-30{enter}');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST' && r.url.endsWith('/milestones'))).toBe(true));
    expect(await mock.requests.find((r) => r.url.endsWith('/milestones') && r.method === 'POST')!.json()).toEqual({
      title: '跟踪督办',
      due: '2099-09-30',
    });

    await userEvent.click(await screen.findByRole('button', { name: '完成 常委会会议审议' }));
    expect(await screen.findByText('该节点已登记完成')).toBeInTheDocument();
  }, SLOW);

  it('offers the next step and 新增问题 of a deliberated topic as the server lists them, and no edit', async () => {
    mockApi(
      routes({ 'GET /api/v1/supervision/topics/31': { body: { ...topic, status: 'DELIBERATED', actions: ['close', 'addProblem'] }, headers: { ETag: '"2"' } } }),
    );
    renderTopic();
    expect(await screen.findByRole('button', { name: '办结' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新增问题/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '列入计划' })).not.toBeInTheDocument();
  }, SLOW);

  it('offers a leader no steps and no changes', async () => {
    mockApi(routes({}, []));
    renderTopic(meAs('leader'));
    expect(await screen.findByRole('heading', { name: topic.title })).toBeInTheDocument();
    await screen.findByRole('list', { name: '监督小组' });
    expect(screen.queryByRole('button', { name: '列入计划' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /调整小组/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加节点/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^完成/ })).not.toBeInTheDocument();
  }, SLOW);

  it('lets a deputy of the group read the topic, its group, schedule and problems, and change nothing', async () => {
    mockApi(routes({}, []));
    renderTopic(meAs('deputy'));
    expect(await screen.findByRole('heading', { name: topic.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /返回我的监督小组/ })).toHaveAttribute('href', '/supervision/my-topics');
    const group = await screen.findByRole('list', { name: '监督小组' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(2);
    const milestones = screen.getByRole('table', { name: '进度安排' });
    expect(await within(milestones).findByText('2027-05-18 完成')).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: '整改问题' });
    expect(await within(problems).findByText('老旧小区停车泊位缺口大，夜间占道停车普遍')).toBeInTheDocument();
    // Reading only: no step, edit, group, milestone or problem buttons, and no link to the staff's problem list.
    expect(screen.queryByRole('button', { name: '列入计划' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /组建小组|调整小组/ })).not.toBeInTheDocument();
    expect(within(milestones).queryByRole('button', { name: /^完成/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '在整改问题中查看' })).not.toBeInTheDocument();
  }, SLOW);
});
