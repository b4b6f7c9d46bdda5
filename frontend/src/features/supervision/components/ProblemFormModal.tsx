/** 新增问题 on a deliberated topic: one line of the problem, responsibility and rectification lists. */
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Topic } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { useUnitOptions } from '@/lib/options';
import { useCreateProblem } from '../api/supervision';

interface ProblemFormValues {
  description: string;
  unitId: number;
  responsiblePerson: string;
  measures: string;
  deadline: Dayjs;
}

export function ProblemFormModal({ topic, onClose }: { topic: Topic | null; onClose: () => void }) {
  const { t } = useTranslation();
  const open = topic !== null;
  const create = useCreateProblem();
  const units = useUnitOptions(open);
  const f = (k: string) => t(`supervision.problemFields.${k}`);
  const required = (k: string, max: number) => [
    { required: true, whitespace: true, message: t('validation.required', { field: f(k) }) },
    { max },
  ];
  return (
    <FormModal<ProblemFormValues>
      open={open}
      title={topic ? `${t('supervision.problems.createTitle')} · ${topic.title}` : ''}
      resetKey={topic?.id ?? null}
      onSubmit={(v) =>
        create.mutateAsync({
          topicId: topic!.id,
          input: {
            description: v.description.trim(),
            unitId: v.unitId,
            responsiblePerson: v.responsiblePerson.trim(),
            measures: v.measures.trim(),
            deadline: v.deadline.format('YYYY-MM-DD'),
          },
        })
      }
      onClose={onClose}
      successMessage={t('supervision.problems.created')}
      width={720}
    >
      <Form.Item name="description" label={f('description')} rules={required('description', 2000)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="unitId" label={f('unit')} rules={[{ required: true, message: t('validation.select', { field: f('unit') }) }]}>
        <Select loading={units.loading} options={units.options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="responsiblePerson" label={f('responsiblePerson')} rules={required('responsiblePerson', 50)}>
        <Input />
      </Form.Item>
      <Form.Item name="measures" label={f('measures')} rules={required('measures', 5000)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="deadline" label={f('deadline')} rules={[{ required: true, message: t('validation.select', { field: f('deadline') }) }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
