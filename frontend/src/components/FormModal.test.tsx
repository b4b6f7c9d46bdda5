import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { ApiProblem } from '@/api/problem';
import { meAs } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { FormModal } from './FormModal';

function renderForm(onSubmit: (v: { name: string }) => Promise<unknown>, onStale = vi.fn(), onClose = vi.fn()) {
  renderWithApp(
    <FormModal<{ name: string; phone?: string }> open title="新增代表" onSubmit={onSubmit} onClose={onClose} onStale={onStale}>
      <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label="手机号">
        <Input />
      </Form.Item>
    </FormModal>,
    { me: meAs('staff') },
  );
  return { onStale, onClose };
}

describe('FormModal', () => {
  it('validates before sending', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.click(await screen.findByRole('button', { name: '保存' }));
    expect(await screen.findByText('请填写姓名')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's field errors on the matching fields and its detail in a message", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiProblem({
        status: 400,
        type: '/problems/validation',
        title: 'Bad Request',
        detail: '提交的数据未通过校验：name 长度须在 0 到 50 之间',
        errors: [
          { field: 'name', message: '长度须在 0 到 50 之间' },
          { field: 'phone', message: '须为 11 位手机号' },
        ],
      }),
    );
    const { onClose } = renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText('姓名'), '很长的名字');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('长度须在 0 到 50 之间')).toBeInTheDocument();
    expect(screen.getByText('须为 11 位手机号')).toBeInTheDocument();
    expect(await screen.findByText('提交的数据未通过校验：name 长度须在 0 到 50 之间')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText('姓名')).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a stale edit (412) and offers to reload', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new ApiProblem({ type: '/problems/stale-version', title: 'Precondition Failed', status: 412, detail: '该记录已被他人修改，请刷新后再试' }));
    const { onStale } = renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText('姓名'), '李四');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(onStale).toHaveBeenCalled());
  });

  it('closes after a successful save', async () => {
    const onSubmit = vi.fn().mockResolvedValue({});
    const { onClose } = renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText('姓名'), '李四');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: '李四' }));
  });
});
