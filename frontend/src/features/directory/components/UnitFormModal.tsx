/** Create or edit a handling unit. */
import { useMemo } from 'react';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type Unit, type UnitInput } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { blankToNull, enumOptions } from '@/lib/labels';
import { useCreateUnit, useUpdateUnit } from '../api/units';

export interface UnitFormModalProps {
  open: boolean;
  onClose: () => void;
  editing?: { unit: Unit; etag: string | null };
  onStale?: () => void;
}

export function UnitFormModal({ open, onClose, editing, onStale }: UnitFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const initialValues = useMemo<Partial<UnitInput>>(
    () =>
      editing
        ? {
            name: editing.unit.name,
            shortName: editing.unit.shortName,
            kind: editing.unit.kind,
            contactPerson: editing.unit.contactPerson,
            contactPhone: editing.unit.contactPhone,
            active: editing.unit.active,
          }
        : { active: true },
    [editing],
  );

  const submit = async (values: UnitInput) => {
    const input = { ...blankToNull(values), active: values.active ?? true } as UnitInput;
    if (editing) {
      await update.mutateAsync({ id: editing.unit.id, etag: editing.etag ?? `"${editing.unit.version}"`, input });
    } else {
      await create.mutateAsync(input);
    }
  };

  return (
    <FormModal<UnitInput>
      open={open}
      title={editing ? t('unit.editTitle', { name: editing.unit.name }) : t('unit.createTitle')}
      initialValues={initialValues}
      resetKey={editing ? `${editing.unit.id}-${editing.unit.version}` : 'new'}
      onSubmit={submit}
      onClose={onClose}
      onStale={onStale}
      successMessage={editing ? t('messages.saved') : t('messages.created')}
    >
      <Form.Item
        name="name"
        label={t('unit.fields.name')}
        rules={[{ required: true, message: t('validation.required', { field: t('unit.fields.name') }) }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label={t('unit.fields.shortName')}>
        <Input />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('unit.fields.kind')}
        rules={[{ required: true, message: t('validation.select', { field: t('unit.fields.kind') }) }]}
      >
        <Select options={enumOptions(t, 'unitKind', UNIT_KINDS)} />
      </Form.Item>
      <Form.Item name="contactPerson" label={t('unit.fields.contactPerson')}>
        <Input />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('unit.fields.contactPhone')}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="active" label={t('unit.fields.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
