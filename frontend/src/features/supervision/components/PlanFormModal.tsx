/**
 * 新建年度监督计划: year and title; a year that already has a plan is the server's 409. With `plan` it edits the
 * title (the year stays) with If-Match; a stale edit offers a reload.
 */
import { Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { useCreatePlan, useUpdatePlan } from '../api/supervision';

interface PlanFormValues {
  year: number;
  title: string;
}

export interface PlanFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated?: (p: Plan) => void;
  /** The plan to edit, with the ETag it was read with. */
  plan?: { data: Plan; etag: string | null };
  onStale?: () => void;
}

export function PlanFormModal({ open, onClose, onCreated, plan, onStale }: PlanFormModalProps) {
  const { t } = useTranslation();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const f = (k: string) => t(`supervision.planFields.${k}`);
  const nextYear = dayjs().year() + 1;
  return (
    <FormModal<PlanFormValues>
      open={open}
      title={t(plan ? 'supervision.plans.editTitle' : 'supervision.plans.createTitle')}
      initialValues={plan ? { year: plan.data.year, title: plan.data.title } : { year: nextYear }}
      resetKey={plan?.data.version}
      onSubmit={async (v) => {
        if (plan) {
          const { data: p, etag } = plan;
          await update.mutateAsync({ id: p.id, etag: etag ?? `"${p.version}"`, input: { year: p.year, title: v.title.trim() } });
          return;
        }
        const created = await create.mutateAsync({ year: v.year, title: v.title.trim() });
        onCreated?.(created);
      }}
      onClose={onClose}
      onStale={onStale}
      successMessage={plan ? undefined : t('supervision.plans.created')}
      width={560}
    >
      {(form) => (
        <>
          <Form.Item name="year" label={f('year')} rules={[{ required: true, message: t('validation.required', { field: f('year') }) }]}>
            <InputNumber
              disabled={!!plan}
              min={2000}
              max={2100}
              precision={0}
              style={{ width: '100%' }}
              onChange={(y) => {
                if (typeof y === 'number' && !form.isFieldTouched('title')) {
                  form.setFieldValue('title', t('supervision.plans.defaultTitle', { year: y }));
                }
              }}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={f('title')}
            rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('title') }) }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
