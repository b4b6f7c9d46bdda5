/** Create an account: role, and the unit or deputy it belongs to when the role needs one. */
import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UserInput } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { blankToNull, enumOptions } from '@/lib/labels';
import { useCreateUser } from '../api/users';
import { useDeputyLinkOptions, useUnitLinkOptions } from '../api/link-options';

/** Drops the link that does not fit the role (a unit account has no deputy, and the other way round). */
export function toUserInput(values: UserInput): UserInput {
  const v = blankToNull(values) as UserInput;
  return {
    ...v,
    unitId: v.role === 'unit' ? v.unitId : null,
    deputyId: v.role === 'deputy' ? v.deputyId : null,
  };
}

export function UserFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  return (
    <FormModal<UserInput>
      open={open}
      title={t('user.createTitle')}
      onSubmit={(values) => create.mutateAsync(toUserInput(values))}
      onClose={onClose}
      successMessage={t('user.created')}
    >
      <Form.Item
        name="username"
        label={t('user.fields.username')}
        extra={t('user.usernameHint')}
        rules={[
          { required: true, message: t('validation.required', { field: t('user.fields.username') }) },
          { pattern: /^[a-z0-9][a-z0-9._-]*$/, message: t('validation.username') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('user.fields.displayName')}
        rules={[{ required: true, message: t('validation.required', { field: t('user.fields.displayName') }) }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('user.fields.role')}
        rules={[{ required: true, message: t('validation.select', { field: t('user.fields.role') }) }]}
      >
        <Select options={enumOptions(t, 'role', ROLES)} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) => <LinkField role={getFieldValue('role') as Role | undefined} />}
      </Form.Item>
      <Form.Item name="email" label={t('user.fields.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="initialPassword"
        label={t('user.fields.initialPassword')}
        extra={t('user.passwordHint')}
        rules={[
          { required: true, message: t('validation.required', { field: t('user.fields.initialPassword') }) },
          { min: 8, message: t('validation.passwordLength') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

function LinkField({ role }: { role?: Role }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const units = useUnitLinkOptions(q, role === 'unit');
  const deputies = useDeputyLinkOptions(q, role === 'deputy');
  if (role === 'unit') {
    return (
      <Form.Item
        name="unitId"
        label={t('user.fields.unit')}
        rules={[{ required: true, message: t('validation.select', { field: t('user.fields.unit') }) }]}
      >
        <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={units.loading} options={units.options} />
      </Form.Item>
    );
  }
  if (role === 'deputy') {
    return (
      <Form.Item
        name="deputyId"
        label={t('user.fields.deputy')}
        rules={[{ required: true, message: t('validation.select', { field: t('user.fields.deputy') }) }]}
      >
        <Select showSearch={{ filterOption: false, onSearch: setQ }} loading={deputies.loading} options={deputies.options} />
      </Form.Item>
    );
  }
  return null;
}
