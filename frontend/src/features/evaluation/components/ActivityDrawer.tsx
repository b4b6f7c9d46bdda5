/** One activity: its facts and participants, 确认 / 退回 of a pending self-report, 更正, and its change history. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/api/problem';
import type { Participant } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { orDash } from '@/lib/labels';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { evaluationKeys, useActivity, useActivityHistory, useDecideActivity } from '../api/evaluation';
import { ActivityFormModal } from './ActivityFormModal';
import { EnumTag } from './EvaluationParts';

export function ActivityDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const handleProblem = useProblemHandler();
  const detail = useActivity(id);
  const history = useActivityHistory(id);
  const decide = useDecideActivity();
  const [modal, setModal] = useState<'edit' | 'reject' | null>(null);
  const a = detail.data?.data;
  const etag = detail.data?.etag ?? (a ? `"${a.version}"` : '');
  const f = (k: string) => t(`evaluation.activities.fields.${k}`);
  const reload = () => id !== null && void qc.invalidateQueries({ queryKey: evaluationKeys.activity(id) });

  const confirm = async () => {
    try {
      await decide.mutateAsync({ id: a!.id, etag });
      void message.success(t('evaluation.activities.confirmed'));
    } catch (e) {
      handleProblem(e, { onStale: reload });
    }
  };

  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={t('evaluation.activities.detail')} destroyOnHidden>
      {detail.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {detail.isError && (
        <Alert type="error" showIcon title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')} />
      )}
      {a && (
        <>
          <Space wrap style={{ marginBottom: 16 }} role="toolbar" aria-label={t('table.actions')}>
            {a.status === 'PENDING' && (
              <>
                <Button type="primary" loading={decide.isPending} onClick={() => void confirm()}>
                  {t('evaluation.activities.confirm')}
                </Button>
                <Button danger onClick={() => setModal('reject')}>
                  {t('evaluation.activities.reject')}
                </Button>
              </>
            )}
            <Button onClick={() => setModal('edit')}>{t('actions.edit')}</Button>
          </Space>
          <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={f('title')}>{a.title}</Descriptions.Item>
            <Descriptions.Item label={f('type')}>{a.typeName}</Descriptions.Item>
            <Descriptions.Item label={f('occurredOn')}>{a.occurredOn}</Descriptions.Item>
            <Descriptions.Item label={f('status')}>
              <Space>
                <EnumTag name="activityStatus" value={a.status} />
                {a.reportedBy !== null && <Typography.Text type="secondary">{t('evaluation.activities.reportedBy')}</Typography.Text>}
              </Space>
            </Descriptions.Item>
            {a.rejectReason && <Descriptions.Item label={f('reason')}>{a.rejectReason}</Descriptions.Item>}
            <Descriptions.Item label={f('description')}>{orDash(a.description)}</Descriptions.Item>
          </Descriptions>
          <Table<Participant>
            rowKey="deputyId"
            size="small"
            aria-label={f('participants')}
            pagination={false}
            dataSource={a.participants}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('evaluation.score.name'), dataIndex: 'name', key: 'name' },
              { title: f('attendance'), key: 'attendance', render: (_, p) => <EnumTag name="attendance" value={p.attendance} /> },
              { title: f('rating'), dataIndex: 'rating', key: 'rating', render: (v: number | null) => orDash(v) },
            ]}
          />
          <Typography.Title level={5}>{t('evaluation.history')}</Typography.Title>
          <HistoryTimeline
            entries={history.data}
            loading={history.isPending}
            fieldLabel={(k) => t(`evaluation.activities.fields.${k}`, { defaultValue: k })}
          />
          <ActivityFormModal
            open={modal === 'edit'}
            editing={{ activity: a, etag }}
            onClose={() => setModal(null)}
            onStale={() => {
              setModal(null);
              reload();
            }}
          />
          <FormModal<{ reason: string }>
            open={modal === 'reject'}
            title={t('evaluation.activities.rejectTitle')}
            okText={t('evaluation.activities.reject')}
            successMessage={t('evaluation.activities.rejected')}
            onClose={() => setModal(null)}
            onStale={reload}
            onSubmit={(v) => decide.mutateAsync({ id: a.id, etag, reason: v.reason.trim() })}
          >
            <Form.Item name="reason" label={f('reason')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('reason') }) }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </Drawer>
  );
}
