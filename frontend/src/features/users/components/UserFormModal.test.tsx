import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, pageOf } from '@/testing/fixtures';
import { mockApi, problem } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import { toUserInput, UserFormModal } from './UserFormModal';

async function chooseRole(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '角色' }));
  fireEvent.click(await screen.findByTitle(label));
}

describe('UserFormModal', () => {
  it('asks for the handling unit only when the role is unit', async () => {
    mockApi({
      'GET /api/v1/units': { body: pageOf([{ id: 7, version: 0, name: '县住房和城乡建设局', shortName: '住建局', kind: 'GOVERNMENT_DEPARTMENT', contactPerson: null, contactPhone: null, active: true }]) },
    });
    renderWithApp(<UserFormModal open onClose={vi.fn()} />, { me: meAs('admin') });
    expect(await screen.findByLabelText('账号')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '所属承办单位' })).not.toBeInTheDocument();
    await chooseRole('承办单位');
    expect(await screen.findByRole('combobox', { name: '所属承办单位' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '对应代表' })).not.toBeInTheDocument();
    await chooseRole('人大代表');
    expect(await screen.findByRole('combobox', { name: '对应代表' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('combobox', { name: '所属承办单位' })).not.toBeInTheDocument());
  });

  it('shows the server refusing a taken username on the username field', async () => {
    mockApi({
      'POST /api/v1/users': problem({
        type: '/problems/duplicate',
        title: 'Duplicate',
        status: 409,
        detail: '用户名“staff1”已被使用',
        errors: [{ field: 'username', message: '用户名“staff1”已被使用' }],
      }),
    });
    renderWithApp(<UserFormModal open onClose={vi.fn()} />, { me: meAs('admin') });
    await userEvent.type(await screen.findByLabelText('账号'), 'staff1');
    await userEvent.type(screen.getByLabelText('姓名'), '王芳');
    await chooseRole('常委会工作人员');
    await userEvent.type(screen.getByLabelText('初始密码'), 'Init#2026x');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    // On the field and in the message.
    await waitFor(() => expect(screen.getByLabelText('账号')).toHaveAttribute('aria-invalid', 'true'));
    expect(await screen.findAllByText('用户名“staff1”已被使用')).toHaveLength(2);
  });
});

describe('toUserInput', () => {
  it('drops the link that does not fit the role', () => {
    expect(toUserInput({ username: 'u1', displayName: 'U', role: 'staff', unitId: 7, deputyId: 12, initialPassword: 'x'.repeat(8) })).toMatchObject({
      unitId: null,
      deputyId: null,
    });
    expect(toUserInput({ username: 'u1', displayName: 'U', role: 'unit', unitId: 7, initialPassword: 'x'.repeat(8) }).unitId).toBe(7);
  });
});
