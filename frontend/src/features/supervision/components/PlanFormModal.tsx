/** 新建年度监督计划: year and title; a year that already has a plan is the server's 409. */
import { Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { useCreatePlan } from '../api/supervision';

interface PlanFormValues {
  year: number;
  title: string;
}

export function PlanFormModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated?: (p: Plan) => void }) {
  const { t } = useTranslation();
  const create = useCreatePlan();
  const f = (k: string) => t(`supervision.planFields.${k}`);
  const nextYear = dayjs().year() + 1;
  return (
    <FormModal<PlanFormValues>
      open={open}
      title={t('supervision.plans.createTitle')}
      initialValues={{ year: nextYear }}
      onSubmit={async (v) => {
        const plan = await create.mutateAsync({ year: v.year, title: v.title.trim() });
        onCreated?.(plan);
      }}
      onClose={onClose}
      successMessage={t('supervision.plans.created')}
      width={560}
    >
      {(form) => (
        <>
          <Form.Item name="year" label={f('year')} rules={[{ required: true, message: t('validation.required', { field: f('year') }) }]}>
            <InputNumber
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
