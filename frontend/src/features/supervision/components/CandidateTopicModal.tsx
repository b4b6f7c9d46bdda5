/** 转为议题: asks for the plan, title and method, then POSTs the candidate's items to from-candidate. */
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPERVISION_METHODS, type SupervisionMethod, type Topic, type TopicCandidate } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { useCommitteeOptions, useCreateTopicFromCandidate, usePlans } from '../api/supervision';

interface CandidateFormValues {
  planId: number;
  title: string;
  method: SupervisionMethod;
  committeeId?: number | null;
}

export interface CandidateTopicModalProps {
  candidate: TopicCandidate | null;
  onClose: () => void;
  onCreated?: (topic: Topic) => void;
}

export function CandidateTopicModal({ candidate, onClose, onCreated }: CandidateTopicModalProps) {
  const { t } = useTranslation();
  const open = candidate !== null;
  const plans = usePlans({ size: 100, sort: 'year,desc' });
  const committees = useCommitteeOptions(open);
  const create = useCreateTopicFromCandidate();
  const f = (k: string) => t(`supervision.topicFields.${k}`);
  const planLabel = t('supervision.candidates.plan');
  const planOptions = (plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }));
  return (
    <FormModal<CandidateFormValues>
      open={open}
      title={t('supervision.candidates.convertTitle')}
      okText={t('supervision.candidates.convert')}
      resetKey={candidate ? `${candidate.rank}-${candidate.label}` : null}
      initialValues={candidate ? { title: candidate.label, method: 'WORK_REPORT' } : undefined}
      onSubmit={async (v) => {
        const topic = await create.mutateAsync({
          planId: v.planId,
          input: {
            title: v.title.trim(),
            method: v.method,
            committeeId: v.committeeId ?? null,
            suggestionIds: (candidate?.items ?? []).map((i) => i.id),
          },
        });
        onCreated?.(topic);
      }}
      onClose={onClose}
      successMessage={t('supervision.candidates.converted')}
    >
      <Form.Item
        name="planId"
        label={planLabel}
        rules={[{ required: true, message: t('validation.select', { field: planLabel }) }]}
        extra={!plans.isPending && planOptions.length === 0 ? t('supervision.candidates.noPlan') : undefined}
      >
        <Select loading={plans.isPending} options={planOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={f('title')}
        rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('title') }) }, { max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="method" label={f('method')} rules={[{ required: true, message: t('validation.select', { field: f('method') }) }]}>
        <Select options={enumOptions(t, 'supervisionMethod', SUPERVISION_METHODS)} />
      </Form.Item>
      <Form.Item name="committeeId" label={f('committee')}>
        <Select allowClear loading={committees.loading} options={committees.options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </FormModal>
  );
}
