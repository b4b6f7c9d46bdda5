/** Create or edit a deputy; editing sends the ETag as If-Match. */
import { useMemo } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEPUTY_STATUSES, GENDERS, OCCUPATION_GROUPS, PARTIES, type Deputy, type DeputyInput } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { blankToNull, enumOptions } from '@/lib/labels';
import { useDelegationOptions, useStationOptions } from '@/lib/options';
import { useCreateDeputy, useUpdateDeputy } from '../api/deputies';

type DeputyFormValues = Omit<DeputyInput, 'birthDate'> & { birthDate?: Dayjs | null };

export function toDeputyInput(values: DeputyFormValues): DeputyInput {
  const { birthDate, ...rest } = values;
  return {
    ...blankToNull(rest),
    birthDate: birthDate ? birthDate.format('YYYY-MM-DD') : null,
  } as DeputyInput;
}

export function toDeputyFormValues(d: Deputy): DeputyFormValues {
  return {
    name: d.name,
    gender: d.gender,
    ethnicity: d.ethnicity,
    birthDate: d.birthDate ? dayjs(d.birthDate) : null,
    phone: d.phone,
    idNumber: d.idNumber,
    term: d.term,
    delegationId: d.delegationId,
    stationId: d.stationId,
    party: d.party,
    occupationGroup: d.occupationGroup,
    occupation: d.occupation,
    status: d.status,
  };
}

export interface DeputyFormModalProps {
  open: boolean;
  onClose: () => void;
  /** The deputy being edited and its ETag; absent = create. */
  editing?: { deputy: Deputy; etag: string | null };
  onStale?: () => void;
  onCreated?: (d: Deputy) => void;
}

export function DeputyFormModal({ open, onClose, editing, onStale, onCreated }: DeputyFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateDeputy();
  const update = useUpdateDeputy();
  const delegations = useDelegationOptions();
  const stations = useStationOptions();
  const initialValues = useMemo<Partial<DeputyFormValues>>(
    () => (editing ? toDeputyFormValues(editing.deputy) : { status: 'ACTIVE', gender: undefined }),
    [editing],
  );

  const submit = async (values: DeputyFormValues) => {
    const input = toDeputyInput(values);
    if (editing) {
      await update.mutateAsync({
        id: editing.deputy.id,
        etag: editing.etag ?? `"${editing.deputy.version}"`,
        input,
      });
    } else {
      const created = await create.mutateAsync(input);
      onCreated?.(created);
    }
  };

  const required = (label: string) => [{ required: true, message: t('validation.required', { field: label }) }];
  const chosen = (label: string) => [{ required: true, message: t('validation.select', { field: label }) }];

  return (
    <FormModal<DeputyFormValues>
      open={open}
      title={editing ? t('deputy.editTitle', { name: editing.deputy.name }) : t('deputy.createTitle')}
      initialValues={initialValues}
      resetKey={editing ? `${editing.deputy.id}-${editing.deputy.version}` : 'new'}
      onSubmit={submit}
      onClose={onClose}
      onStale={onStale}
      successMessage={editing ? t('messages.saved') : t('messages.created')}
      width={760}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {/* Length (≤ 50) is checked by the server, which answers with a field error. */}
          <Form.Item name="name" label={t('deputy.fields.name')} rules={required(t('deputy.fields.name'))}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="gender" label={t('deputy.fields.gender')} rules={chosen(t('deputy.fields.gender'))}>
            <Select options={enumOptions(t, 'gender', GENDERS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="birthDate" label={t('deputy.fields.birthDate')} rules={chosen(t('deputy.fields.birthDate'))}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ethnicity" label={t('deputy.fields.ethnicity')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('deputy.fields.phone')}
            rules={[{ pattern: /^1\d{10}$/, message: t('validation.phone') }]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label={t('deputy.fields.idNumber')}
            rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('validation.idNumber') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="term" label={t('deputy.fields.term')} rules={required(t('deputy.fields.term'))}>
            <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="delegationId" label={t('deputy.fields.delegation')} rules={chosen(t('deputy.fields.delegation'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={delegations.loading} options={delegations.options} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="stationId" label={t('deputy.fields.station')}>
            <Select showSearch={{ optionFilterProp: 'label' }} allowClear loading={stations.loading} options={stations.options} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="party" label={t('deputy.fields.party')} rules={chosen(t('deputy.fields.party'))}>
            <Select options={enumOptions(t, 'party', PARTIES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="occupationGroup"
            label={t('deputy.fields.occupationGroup')}
            rules={chosen(t('deputy.fields.occupationGroup'))}
          >
            <Select options={enumOptions(t, 'occupationGroup', OCCUPATION_GROUPS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="status" label={t('deputy.fields.status')} rules={chosen(t('deputy.fields.status'))}>
            <Select options={enumOptions(t, 'deputyStatus', DEPUTY_STATUSES)} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="occupation" label={t('deputy.fields.occupation')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
