/**
 * 新增议题: title, method, committee, the four-way sources (选题来源) and the supervised units. With `topic` it
 * edits the topic (keeping its evidence) with If-Match; a stale edit offers a reload.
 */
import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPERVISION_METHODS, TOPIC_SOURCES, type SupervisionMethod, type Topic, type TopicSource } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { enumOptions } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { useUnitOptions } from '@/lib/options';
import { useCommitteeOptions, useCreateTopic, useUpdateTopic } from '../api/supervision';

interface TopicFormValues {
  title: string;
  description?: string;
  method: SupervisionMethod;
  committeeId?: number | null;
  sources: TopicSource[];
  unitIds?: number[];
}

export interface TopicFormModalProps {
  planId: number;
  open: boolean;
  onClose: () => void;
  /** The topic to edit, with the ETag it was read with. */
  topic?: { data: Topic; etag: string | null };
  onStale?: () => void;
}

export function TopicFormModal({ planId, open, onClose, topic, onStale }: TopicFormModalProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const create = useCreateTopic();
  const update = useUpdateTopic();
  const committees = useCommitteeOptions(open);
  const units = useUnitOptions(open);
  const f = (k: string) => t(`supervision.topicFields.${k}`);
  const ownCommittee = me.committeeId ?? undefined;
  return (
    <FormModal<TopicFormValues>
      open={open}
      title={t(topic ? 'supervision.topics.editTitle' : 'supervision.topics.createTitle')}
      initialValues={
        topic
          ? {
              title: topic.data.title,
              description: topic.data.description ?? undefined,
              method: topic.data.method,
              committeeId: topic.data.committeeId,
              sources: topic.data.sources,
              unitIds: topic.data.unitIds,
            }
          : { sources: [], committeeId: ownCommittee }
      }
      resetKey={topic?.data.version}
      onSubmit={(v) => {
        const input = {
          title: v.title.trim(),
          description: v.description?.trim() || null,
          method: v.method,
          committeeId: v.committeeId ?? null,
          sources: v.sources,
          evidenceIds: topic?.data.evidenceIds ?? [],
          unitIds: v.unitIds ?? [],
        };
        return topic
          ? update.mutateAsync({ id: topic.data.id, etag: topic.etag ?? `"${topic.data.version}"`, input })
          : create.mutateAsync({ planId, input });
      }}
      onClose={onClose}
      onStale={onStale}
      successMessage={topic ? undefined : t('supervision.topics.created')}
      width={720}
    >
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
      <Form.Item name="sources" label={f('sources')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.select', { field: f('sources') }) }]}>
        <Checkbox.Group aria-label={f('sources')} options={enumOptions(t, 'topicSource', TOPIC_SOURCES)} />
      </Form.Item>
      <Form.Item name="unitIds" label={f('units')}>
        <Select mode="multiple" allowClear loading={units.loading} options={units.options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="description" label={f('description')} rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}
