import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { aPlan, aTopic, meAs, pageOf } from '@/testing/fixtures';
import { mockApi, refusedByRule, staleVersion } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import PlanDetailPage from './PlanDetailPage';

/** `staff`: the topics carry what the server offers staff (the next step, 编辑 before the start, 新增问题 once deliberated); else nothing. */
function routes(overrides: Record<string, unknown> = {}, staff = true) {
  return {
    'GET /api/v1/supervision/plans/7': { body: aPlan(), headers: { ETag: '"0"' } },
    'GET /api/v1/supervision/plans/7/topics': {
      body: pageOf([
        aTopic({ actions: staff ? ['approve', 'edit'] : [] }),
        aTopic({
          id: 32,
          version: 5,
          title: '关于农村饮水安全的执法检查',
          status: 'DELIBERATED',
          sources: ['KEY_TASK'],
          actions: staff ? ['close', 'addProblem'] : [],
        }),
      ]),
    },
    'GET /api/v1/supervision/plans/7/work-items': {
      body: [
        { id: 71, kind: 'MONTHLY_BRIEFING', title: '1月工作通报', due: '2027-01-05', owner: '人大办', doneOn: '2027-01-05' },
        { id: 72, kind: 'QUARTERLY_INSPECTION', title: '第一季度督查', due: '2099-03-31', owner: '专门委员会', doneOn: null },
      ],
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
    // The steps the server offers; 编辑 is on the topic's own page.
    const first = screen.getByRole('group', { name: '议题推进 关于城区停车难问题整治情况的专项工作报告' });
    expect(within(first).getAllByRole('button').map((b) => b.textContent)).toEqual(['列入计划']);
    const second = screen.getByRole('group', { name: '议题推进 关于农村饮水安全的执法检查' });
    expect(within(second).getAllByRole('button').map((b) => b.textContent)).toEqual(['办结', '新增问题']);
    expect(within(second).getByRole('link', { name: '整改问题' })).toHaveAttribute('href', '/supervision/problems?topicId=32');
    expect(screen.getByRole('link', { name: '关于农村饮水安全的执法检查' })).toHaveAttribute('href', '/supervision/topics/32');
    expect(screen.getByRole('button', { name: /新增议题/ })).toBeInTheDocument();
  });

  it("sends the topic's version as If-Match and shows a 409's rule", async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/supervision/topics/31/approve': refusedByRule('approve-only-proposed', '只有拟定中的议题可以列入计划'),
      }),
    );
    renderPlan();
    const group = await screen.findByRole('group', { name: '议题推进 关于城区停车难问题整治情况的专项工作报告' });
    await userEvent.click(within(group).getByRole('button', { name: '列入计划' }));
    expect(await screen.findByText('只有拟定中的议题可以列入计划')).toBeInTheDocument();
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
  });

  it('offers a leader no steps and no 新增议题', async () => {
    mockApi(routes({}, false));
    renderPlan(meAs('leader'));
    expect(await screen.findByText('关于城区停车难问题整治情况的专项工作报告')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '列入计划' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增议题/ })).not.toBeInTheDocument();
  });

  it('edits the title with If-Match (the year stays) and explains a stale edit (412)', async () => {
    const mock = mockApi(routes({ 'PUT /api/v1/supervision/plans/7': staleVersion() }));
    renderPlan();
    await userEvent.click(await screen.findByRole('button', { name: /修改计划/ }));
    const modal = await findDialog('修改年度监督计划');
    expect(within(modal).getByRole('spinbutton', { name: '年度' })).toBeDisabled();
    const title = within(modal).getByLabelText('计划名称');
    await waitFor(() => expect(title).toHaveValue('2027年度监督工作计划'));
    await userEvent.clear(title);
    await userEvent.type(title, '示范县人大常委会2027年度监督工作计划');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.json()).toEqual({ year: 2027, title: '示范县人大常委会2027年度监督工作计划' });
  }, 60_000);

  it('lists the work items, sets the cadence and marks an item done', async () => {
    const generated = [{ id: 80, kind: 'ANNUAL_REVIEW', title: '年度审议及满意度测评', due: '2027-12-20', owner: '常委会', doneOn: null }];
    const mock = mockApi(
      routes({
        'PUT /api/v1/supervision/plans/7/cadence': { body: generated },
        'POST /api/v1/supervision/work-items/72/done': {
          body: { id: 72, kind: 'QUARTERLY_INSPECTION', title: '第一季度督查', due: '2099-03-31', owner: '专门委员会', doneOn: '2027-03-30' },
        },
      }),
    );
    renderPlan();
    const items = await screen.findByRole('table', { name: '工作节奏（五个一）' });
    expect(await within(items).findByText('第一季度督查')).toBeInTheDocument();
    expect(within(items).getByText('一季一督查')).toBeInTheDocument();
    expect(within(items).getByText('2027-01-05 完成')).toBeInTheDocument();
    expect(within(items).getAllByRole('button', { name: /^完成/ })).toHaveLength(1);

    await userEvent.click(within(items).getByRole('button', { name: '完成 第一季度督查' }));
    await waitFor(() => expect(mock.requests.some((r) => r.url.endsWith('/work-items/72/done'))).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: /设定工作节奏/ }));
    const modal = await findDialog('设定工作节奏');
    const day = within(modal).getByRole('spinbutton', { name: '每月通报日' });
    await waitFor(() => expect(day).toHaveValue('5'));
    await userEvent.clear(day);
    await userEvent.type(day, '10');
    // The form starts from the kinds already generated (no report, no review); the report is added.
    expect(within(modal).getByRole('checkbox', { name: '一季一督查' })).toBeChecked();
    expect(within(modal).getByRole('checkbox', { name: '一年一审议' })).not.toBeChecked();
    await userEvent.click(within(modal).getByRole('checkbox', { name: '半年一报告' }));
    await userEvent.type(within(modal).getByLabelText('审议责任方'), '县人大常委会');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect(await within(items).findByText('年度审议及满意度测评')).toBeInTheDocument();
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({
      briefingDay: 10,
      quarterlyInspection: true,
      semiAnnualReport: true,
      annualReview: false,
      briefingOwner: '人大办',
      inspectionOwner: '专门委员会',
      reportOwner: null,
      reviewOwner: '县人大常委会',
    });
  }, 60_000);

  it('opens the cadence form on the settings the plan was last given', async () => {
    const mock = mockApi(
      routes({
        'GET /api/v1/supervision/plans/7/cadence': {
          body: {
            set: true,
            briefingDay: 12,
            quarterlyInspection: false,
            semiAnnualReport: true,
            annualReview: true,
            briefingOwner: '人大办',
            inspectionOwner: '专门委员会',
            reportOwner: '县人民政府',
            reviewOwner: '县人大常委会',
          },
        },
        'PUT /api/v1/supervision/plans/7/cadence': { body: [] },
      }),
    );
    renderPlan();
    await userEvent.click(await screen.findByRole('button', { name: /设定工作节奏/ }));
    const modal = await findDialog('设定工作节奏');
    await waitFor(() => expect(within(modal).getByRole('spinbutton', { name: '每月通报日' })).toHaveValue('12'));
    expect(within(modal).getByRole('checkbox', { name: '一季一督查' })).not.toBeChecked();
    expect(within(modal).getByRole('checkbox', { name: '一年一审议' })).toBeChecked();
    expect(within(modal).getByLabelText('审议责任方')).toHaveValue('县人大常委会');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(await mock.requests.find((r) => r.method === 'PUT')!.json()).toEqual({
      briefingDay: 12,
      quarterlyInspection: false,
      semiAnnualReport: true,
      annualReview: true,
      briefingOwner: '人大办',
      inspectionOwner: '专门委员会',
      reportOwner: '县人民政府',
      reviewOwner: '县人大常委会',
    });
  }, 60_000);

  it('offers a leader no plan edit and no cadence settings', async () => {
    mockApi(routes());
    renderPlan(meAs('leader'));
    const items = await screen.findByRole('table', { name: '工作节奏（五个一）' });
    expect(await within(items).findByText('第一季度督查')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修改计划/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /设定工作节奏/ })).not.toBeInTheDocument();
    expect(within(items).queryByRole('button', { name: /^完成/ })).not.toBeInTheDocument();
  }, 60_000);
});
