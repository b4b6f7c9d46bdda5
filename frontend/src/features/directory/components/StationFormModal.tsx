/** Create or edit a liaison station. */
import { useMemo } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Station, StationInput } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { blankToNull } from '@/lib/labels';
import { useCreateStation, useUpdateStation } from '../api/stations';

export interface StationFormModalProps {
  open: boolean;
  onClose: () => void;
  editing?: { station: Station; etag: string | null };
  onStale?: () => void;
}

const TEXT_FIELDS = ['township', 'address', 'contactPerson', 'contactPhone', 'receptionSchedule'] as const;

export function StationFormModal({ open, onClose, editing, onStale }: StationFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateStation();
  const update = useUpdateStation();
  const initialValues = useMemo<Partial<StationInput>>(() => {
    if (!editing) return {};
    const s = editing.station;
    return {
      name: s.name,
      township: s.township,
      address: s.address,
      contactPerson: s.contactPerson,
      contactPhone: s.contactPhone,
      receptionSchedule: s.receptionSchedule,
    };
  }, [editing]);

  const submit = async (values: StationInput) => {
    const input = blankToNull(values) as StationInput;
    if (editing) {
      await update.mutateAsync({ id: editing.station.id, etag: editing.etag ?? `"${editing.station.version}"`, input });
    } else {
      await create.mutateAsync(input);
    }
  };

  return (
    <FormModal<StationInput>
      open={open}
      title={editing ? t('station.editTitle', { name: editing.station.name }) : t('station.createTitle')}
      initialValues={initialValues}
      resetKey={editing ? `${editing.station.id}-${editing.station.version}` : 'new'}
      onSubmit={submit}
      onClose={onClose}
      onStale={onStale}
      successMessage={editing ? t('messages.saved') : t('messages.created')}
    >
      <Form.Item
        name="name"
        label={t('station.fields.name')}
        rules={[{ required: true, message: t('validation.required', { field: t('station.fields.name') }) }]}
      >
        <Input />
      </Form.Item>
      {TEXT_FIELDS.map((f) => (
        <Form.Item key={f} name={f} label={t(`station.fields.${f}`)}>
          <Input />
        </Form.Item>
      ))}
    </FormModal>
  );
}
