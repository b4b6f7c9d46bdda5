/** 进度安排 of a topic: its dated milestones, 添加节点 and 完成 (staff and the committee). */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Table, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { useAddMilestone, useCompleteMilestone, useMilestones } from '../api/supervision';
import { canProposeTopics } from '@/lib/access';
import { DueTag } from './SupervisionTags';

export function TopicMilestonesCard({ topicId }: { topicId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { roles } = useSession();
  const list = useMilestones(topicId);
  const add = useAddMilestone(topicId);
  const done = useCompleteMilestone(topicId);
  const [adding, setAdding] = useState(false);
  const m = (k: string) => t(`supervision.milestones.${k}`);
  const editor = canProposeTopics(roles);

  const columns: TableProps<Milestone>['columns'] = [
    { title: m('due'), dataIndex: 'due', key: 'due', width: 120 },
    { title: m('name'), dataIndex: 'title', key: 'title' },
    { title: t('supervision.cadence.status'), key: 'status', width: 150, render: (_, r) => <DueTag due={r.due} doneOn={r.doneOn} /> },
    ...(editor
      ? [
          {
            title: t('table.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r: Milestone) =>
              !r.doneOn && (
                <Button
                  size="small"
                  aria-label={`${t('supervision.cadence.done')} ${r.title}`}
                  loading={done.isPending && done.variables === r.id}
                  onClick={async () => {
                    try {
                      await done.mutateAsync(r.id);
                      void message.success(t('supervision.cadence.doneMessage'));
                    } catch (e) {
                      handleProblem(e);
                    }
                  }}
                >
                  {t('supervision.cadence.done')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={m('title')}
      extra={
        editor && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {m('add')}
          </Button>
        )
      }
    >
      <Table<Milestone>
        rowKey="id"
        size="small"
        aria-label={m('title')}
        columns={columns}
        dataSource={list.data}
        loading={list.isFetching}
        pagination={false}
        locale={{ emptyText: m('empty') }}
      />
      <FormModal<{ title: string; due: Dayjs }>
        open={adding}
        title={m('add')}
        onSubmit={(v) => add.mutateAsync({ title: v.title.trim(), due: v.due.format('YYYY-MM-DD') })}
        onClose={() => setAdding(false)}
        successMessage={m('added')}
        width={520}
      >
        <Form.Item name="title" label={m('name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: m('name') }) }, { max: 200 }]}>
          <Input placeholder={m('placeholder')} />
        </Form.Item>
        <Form.Item name="due" label={m('due')} rules={[{ required: true, message: t('validation.select', { field: m('due') }) }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
