import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { SuggestionAction } from '@/api/types';
import { aStep, aSuggestion, meAs, pageOf } from '@/testing/fixtures';
import { mockApi, refusedByRule } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import SuggestionDetailPage from './SuggestionDetailPage';

// Forms with several steps take a while in jsdom.
const SLOW = 60_000;

const steps = [
  aStep({ id: 1, action: 'CREATED' }),
  aStep({ id: 2, action: 'SUBMITTED' }),
  aStep({ id: 3, action: 'REGISTERED', actor: '王芳（staff1）', note: '编号 2026建0012' }),
  aStep({ id: 4, action: 'ASSIGNED', actor: '王芳（staff1）', round: 1, unitId: 8, note: '主办：县住房和城乡建设局；期限 2026-06-01' }),
];

/** What the server offers on the assigned item: the lead unit, and staff. */
const LEAD_UNIT: SuggestionAction[] = ['reassignmentRequest', 'contact', 'reply'];
const STAFF: SuggestionAction[] = ['procuratorateTransfer', 'appraise'];

function routes(overrides: Record<string, unknown> = {}, actions: SuggestionAction[] = LEAD_UNIT) {
  return {
    'GET /api/v1/suggestions/101': { body: aSuggestion({ actions }), headers: { ETag: '"3"' } },
    'GET /api/v1/suggestions/101/timeline': { body: steps },
    'GET /api/v1/units': { body: pageOf([{ id: 8, version: 0, name: '县住房和城乡建设局', kind: 'GOVERNMENT_DEPARTMENT', active: true }]) },
    ...overrides,
  };
}

function renderDetail(me = meAs('unit', { unitId: 8 })) {
  return renderWithApp(
    <Routes>
      <Route path="/suggestions/:id" element={<SuggestionDetailPage />} />
    </Routes>,
    { me, path: '/suggestions/101' },
  );
}

describe('SuggestionDetailPage', () => {
  it('shows the item, its deadline colour, units and the timeline', async () => {
    mockApi(routes({}, STAFF));
    renderDetail(meAs('staff'));
    expect(await screen.findByRole('heading', { name: '关于解决老旧小区夜间停车难问题的建议' })).toBeInTheDocument();
    expect(screen.getAllByText('已交办').length).toBeGreaterThan(0);
    expect(screen.getAllByText('正常').length).toBeGreaterThan(0);
    expect(screen.getByText('2026-06-01')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: '办理过程' });
    expect(await within(timeline).findByText('交办')).toBeInTheDocument();
    expect(within(timeline).getByText(/主办：县住房和城乡建设局/)).toBeInTheDocument();
    // The buttons are the steps the server offers, in its order.
    const toolbar = screen.getByRole('toolbar', { name: '办理操作' });
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['移送检察机关', '质量评定']);
  });

  it('shows no step buttons when the server offers none', async () => {
    mockApi(routes({}, []));
    renderDetail(meAs('deputy', { deputyId: 12 }));
    expect(await screen.findByRole('heading', { name: '关于解决老旧小区夜间停车难问题的建议' })).toBeInTheDocument();
    expect(screen.queryByRole('toolbar', { name: '办理操作' })).not.toBeInTheDocument();
  });

  it("shows the lead unit the 409 rule (contact before reply) and sends the GET's ETag as If-Match", async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/suggestions/101/reply': refusedByRule('contact-before-reply', '答复前须先与代表沟通（面商/电话/书面），并登记沟通情况'),
      }),
    );
    renderDetail();
    const toolbar = await screen.findByRole('toolbar', { name: '办理操作' });
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['申请调整', '登记沟通', '答复']);
    await userEvent.click(within(toolbar).getByRole('button', { name: '答复' }));
    const modal = await screen.findByRole('dialog', { name: '答复' });
    await userEvent.click(within(modal).getByRole('radio', { name: /A 类/ }));
    await userEvent.click(within(modal).getByLabelText('答复内容'));
    await userEvent.paste('已新增夜间临时停车泊位 120 个');
    await userEvent.click(within(modal).getByRole('button', { name: '答复' }));
    expect(await screen.findByText('答复前须先与代表沟通（面商/电话/书面），并登记沟通情况')).toBeInTheDocument();
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ text: '已新增夜间临时停车泊位 120 个', replyClass: 'A' });
    expect(screen.getByRole('dialog', { name: '答复' })).toBeInTheDocument();
  }, SLOW);

  it("puts a 400's errors[] on the step's fields", async () => {
    mockApi(
      routes({
        'POST /api/v1/suggestions/101/contact': {
          status: 400,
          body: {
            type: '/problems/validation',
            title: 'Bad Request',
            status: 400,
            detail: '提交的数据未通过校验',
            errors: [{ field: 'recordContact.input.note', message: '长度须在 0 到 2000 之间' }],
          },
        },
      }),
    );
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: '登记沟通' }));
    const modal = await screen.findByRole('dialog', { name: '登记沟通情况' });
    await userEvent.click(within(modal).getByRole('combobox', { name: '沟通方式' }));
    await userEvent.click(await screen.findByTitle('电话'));
    await userEvent.click(within(modal).getByLabelText('沟通情况'));
    await userEvent.paste('已电话联系代表');
    await userEvent.click(within(modal).getByRole('button', { name: '登记沟通' }));
    expect(await within(modal).findByText('长度须在 0 到 2000 之间')).toBeInTheDocument();
    expect(within(modal).getByLabelText('沟通情况')).toHaveAttribute('aria-invalid', 'true');
  }, SLOW);

  it('takes the next ETag from the answer of a step', async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/suggestions/101/contact': { body: aSuggestion({ version: 4, actions: LEAD_UNIT }), headers: { ETag: '"4"' } },
        'POST /api/v1/suggestions/101/reply': { body: aSuggestion({ version: 5, status: 'REPLIED', replyClass: 'A' }), headers: { ETag: '"5"' } },
      }),
    );
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: '登记沟通' }));
    let modal = await screen.findByRole('dialog', { name: '登记沟通情况' });
    await userEvent.click(within(modal).getByRole('combobox', { name: '沟通方式' }));
    await userEvent.click(await screen.findByTitle('面商'));
    await userEvent.click(within(modal).getByLabelText('沟通情况'));
    await userEvent.paste('与代表面商');
    await userEvent.click(within(modal).getByRole('button', { name: '登记沟通' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '登记沟通情况' })).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: '答复' }));
    modal = await screen.findByRole('dialog', { name: '答复' });
    await userEvent.click(within(modal).getByRole('radio', { name: /B 类/ }));
    await userEvent.click(within(modal).getByLabelText('答复内容'));
    await userEvent.paste('列入明年计划');
    await userEvent.click(within(modal).getByRole('button', { name: '答复' }));
    await waitFor(() => expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    const [contact, reply] = mock.requests.filter((r) => r.method === 'POST');
    expect(contact.headers.get('If-Match')).toBe('"3"');
    expect(reply.headers.get('If-Match')).toBe('"4"');
  }, SLOW);

  it('lets staff appraise a registered item (quality score and award) with If-Match, and shows the result', async () => {
    const mock = mockApi(
      routes({
        'PUT /api/v1/suggestions/101/appraisal': { body: aSuggestion({ version: 4, qualityScore: 92, award: '优秀建议', actions: STAFF }), headers: { ETag: '"4"' } },
      }, STAFF),
    );
    renderDetail(meAs('staff'));
    const toolbar = await screen.findByRole('toolbar', { name: '办理操作' });
    await userEvent.click(within(toolbar).getByRole('button', { name: '质量评定' }));
    const modal = await screen.findByRole('dialog', { name: '建议质量评定' });
    await userEvent.type(within(modal).getByLabelText('质量评分（0–100）'), '92');
    await userEvent.type(within(modal).getByRole('combobox', { name: '获奖情况' }), '优秀建议');
    await userEvent.click(within(modal).getByRole('button', { name: '质量评定' }));
    expect(await screen.findByText('已评定')).toBeInTheDocument();
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ qualityScore: 92, award: '优秀建议' });
    expect(await screen.findByText('92')).toBeInTheDocument();
    expect(screen.getAllByText('优秀建议').length).toBeGreaterThan(0);
  }, SLOW);

  it('offers staff what the server offers on a submitted item: register or decline, no appraisal yet', async () => {
    mockApi(routes({ 'GET /api/v1/suggestions/101': { body: aSuggestion({ status: 'SUBMITTED', actions: ['register', 'decline'] }), headers: { ETag: '"3"' } } }));
    renderDetail(meAs('staff'));
    const toolbar = await screen.findByRole('toolbar', { name: '办理操作' });
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['立案', '不予立案']);
  }, SLOW);

  it('labels the appraisal step of the timeline', async () => {
    mockApi(routes({ 'GET /api/v1/suggestions/101/timeline': { body: [...steps, aStep({ id: 5, action: 'APPRAISED', note: '质量评分 92；优秀建议' })] } }, STAFF));
    renderDetail(meAs('staff'));
    const timeline = await screen.findByRole('region', { name: '办理过程' });
    expect(await within(timeline).findByText('质量评定')).toBeInTheDocument();
  }, SLOW);
});
