import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSuggestion, meAs, pageOf, aDeputy } from '@/testing/fixtures';
import { mockApi, problem } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import { SuggestionFormModal, toSuggestionInput } from './SuggestionFormModal';

const SLOW = 60_000;

async function choose(modal: HTMLElement, label: string, option: string) {
  await userEvent.click(within(modal).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByTitle(option));
}

async function fill(modal: HTMLElement, label: string, text: string) {
  await userEvent.click(within(modal).getByLabelText(label));
  await userEvent.paste(text);
}

describe('SuggestionFormModal', () => {
  it("puts the server's field errors (400) on the title and keeps the form open", async () => {
    const mock = mockApi({
      'GET /api/v1/deputies': { body: pageOf([aDeputy({ id: 13, name: '李秀英' })]) },
      'POST /api/v1/suggestions': problem({
        type: '/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: '提交的数据未通过校验：title 长度须在 0 到 200 之间',
        errors: [{ field: 'createSuggestion.input.title', message: '长度须在 0 到 200 之间' }],
      }),
    });
    const onClose = vi.fn();
    renderWithApp(<SuggestionFormModal open onClose={onClose} />, { me: meAs('deputy') });
    const modal = await screen.findByRole('dialog', { name: '新建建议' });
    // A deputy proposes in their own name: no lead-deputy field.
    expect(within(modal).queryByRole('combobox', { name: '领衔代表' })).not.toBeInTheDocument();
    await choose(modal, '类别', '城乡建设');
    await fill(modal, '标题', '长'.repeat(201));
    await fill(modal, '内容', '老旧小区夜间停车难');
    await userEvent.click(within(modal).getByRole('button', { name: '提交' }));
    expect(await within(modal).findByText('长度须在 0 到 200 之间')).toBeInTheDocument();
    expect(within(modal).getByLabelText('标题')).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findByText('提交的数据未通过校验：title 长度须在 0 到 200 之间')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    const body = await mock.requests.find((r) => r.method === 'POST')!.json();
    expect(body).toMatchObject({ kind: 'SUGGESTION', category: 'URBAN', submit: true, leadDeputyId: null, cosignerIds: [] });
  }, SLOW);

  it('shows a 409 detail in a message', async () => {
    mockApi({
      'GET /api/v1/deputies': { body: pageOf([]) },
      'POST /api/v1/suggestions': problem({ type: '/problems/concurrent-change', title: 'Conflict', status: 409, detail: '该记录正被他人同时修改，请刷新后再试' }),
    });
    renderWithApp(<SuggestionFormModal open onClose={() => {}} />, { me: meAs('deputy') });
    const modal = await screen.findByRole('dialog', { name: '新建建议' });
    await choose(modal, '类别', '交通');
    await fill(modal, '标题', '关于增设公交站点的建议');
    await fill(modal, '内容', '北山镇缺少公交站点');
    await userEvent.click(within(modal).getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('该记录正被他人同时修改，请刷新后再试')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: '新建建议' })).toBeInTheDocument();
  }, SLOW);

  it('saves a draft and reports the created item', async () => {
    const mock = mockApi({
      'GET /api/v1/deputies': { body: pageOf([]) },
      'POST /api/v1/suggestions': { status: 201, body: aSuggestion({ id: 55, status: 'DRAFT' }), headers: { ETag: '"0"' } },
    });
    const onCreated = vi.fn();
    const onClose = vi.fn();
    renderWithApp(<SuggestionFormModal open onClose={onClose} onCreated={onCreated} />, { me: meAs('deputy') });
    const modal = await screen.findByRole('dialog', { name: '新建建议' });
    await choose(modal, '类别', '教育');
    await fill(modal, '标题', '关于改善校园周边交通的建议');
    await fill(modal, '内容', '上下学时段拥堵');
    await userEvent.click(within(modal).getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 55 })));
    expect(onClose).toHaveBeenCalled();
    expect(await mock.requests.find((r) => r.method === 'POST')!.json()).toMatchObject({ submit: false });
  }, SLOW);
});

describe('toSuggestionInput', () => {
  it('sends no deputies with a citizen opinion', () => {
    expect(
      toSuggestionInput(
        { kind: 'OPINION', title: ' 路灯不亮 ', content: '东关村路灯损坏', category: 'URBAN', source: 'HOTLINE', citizenName: '刘女士', leadDeputyId: 3, cosignerIds: [4] },
        { submit: true, staffEntry: true },
      ),
    ).toEqual({
      kind: 'OPINION',
      title: '路灯不亮',
      content: '东关村路灯损坏',
      category: 'URBAN',
      publicFlag: false,
      submit: true,
      source: 'HOTLINE',
      citizenName: '刘女士',
      citizenPhone: null,
      stationId: null,
    });
  });

  it("sends staff's lead deputy, and none for a deputy's own item", () => {
    const v = { kind: 'SUGGESTION' as const, title: 't', content: 'c', category: 'OTHER' as const, leadDeputyId: 3, cosignerIds: [4] };
    expect(toSuggestionInput(v, { submit: false, staffEntry: true })).toMatchObject({ leadDeputyId: 3, cosignerIds: [4], submit: false });
    expect(toSuggestionInput(v, { submit: false, staffEntry: false })).toMatchObject({ leadDeputyId: null, cosignerIds: [4] });
  });
});
