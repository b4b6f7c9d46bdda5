/** One problem in a drawer: its fields and colour tags, the steps the server says the caller may take now, and the history timeline. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/api/problem';
import type { ProblemAction, ProblemStep } from '@/api/types';
import { enumLabel, orDash } from '@/lib/labels';
import { supervisionKeys, useProblem, useProblemHistory } from '../api/supervision';
import { ProblemActionModal } from './ProblemActionModal';
import { WarningTag } from '@/components/WarningTag';
import { EscalationTag, ProblemStatusTag } from './SupervisionTags';

const STEP_COLORS: Record<string, string> = {
  CREATED: 'blue',
  VERIFIED: 'green',
  LOOK_BACK: 'green',
  VERIFY_REJECTED: 'orange',
  REOPENED: 'red',
  ESCALATED: 'red',
};

export function ProblemHistory({ steps, loading }: { steps?: ProblemStep[]; loading?: boolean }) {
  const { t } = useTranslation();
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!steps || steps.length === 0) return <Empty description={t('supervision.problems.historyEmpty')} />;
  const sorted = [...steps].sort((a, b) => a.id - b.id);
  return (
    <Timeline
      items={sorted.map((s) => ({
        key: s.id,
        color: STEP_COLORS[s.action] ?? 'gray',
        title: dayjs(s.at).format('YYYY-MM-DD HH:mm'),
        content: (
          <div>
            <Typography.Text strong>
              {t(`supervision.steps.${s.action}`, { defaultValue: s.action })} · {s.actor}
            </Typography.Text>
            {s.outcome && (
              <Typography.Text type="secondary">
                {' '}
                （{t(`enums.lookBackOutcome.${s.outcome}`, { defaultValue: t(`enums.escalation.${s.outcome}`, { defaultValue: s.outcome }) })}）
              </Typography.Text>
            )}
            {s.note && <div style={{ whiteSpace: 'pre-wrap' }}>{s.note}</div>}
          </div>
        ),
      }))}
    />
  );
}

export function ProblemDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const detail = useProblem(id);
  const history = useProblemHistory(id);
  const [action, setAction] = useState<ProblemAction | null>(null);
  const p = detail.data?.data;
  const f = (k: string) => t(`supervision.problemFields.${k}`);
  const actions = p?.actions ?? [];

  return (
    <Drawer open={id !== null} onClose={onClose} size={640} title={t('supervision.problems.detail')} destroyOnHidden>
      {detail.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {detail.isError && (
        <Alert type="error" showIcon title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')} />
      )}
      {p && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <ProblemStatusTag status={p.status} />
            <WarningTag warning={p.warning} />
            <EscalationTag escalation={p.escalation} />
            {p.reopened > 0 && <Typography.Text type="warning">{t('supervision.problems.reopened', { count: p.reopened })}</Typography.Text>}
          </Space>
          {actions.length > 0 && (
            <Space wrap role="toolbar" aria-label={t('supervision.problems.actionsLabel')} style={{ display: 'flex', marginBottom: 12 }}>
              {actions.map((a) => (
                <Button key={a} type={a === 'escalation' ? 'default' : 'primary'} danger={a === 'escalation'} onClick={() => setAction(a)}>
                  {t(`supervision.problemActions.${a}`)}
                </Button>
              ))}
            </Space>
          )}
          <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={f('description')}>{p.description}</Descriptions.Item>
            <Descriptions.Item label={f('unit')}>{p.unitName}</Descriptions.Item>
            <Descriptions.Item label={f('responsiblePerson')}>{p.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label={f('measures')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{p.measures}</span>
            </Descriptions.Item>
            <Descriptions.Item label={f('deadline')}>{p.deadline}</Descriptions.Item>
            <Descriptions.Item label={f('escalation')}>{enumLabel(t, 'escalation', p.escalation)}</Descriptions.Item>
            <Descriptions.Item label={f('rectifiedAt')}>
              {orDash(p.rectifiedAt ? dayjs(p.rectifiedAt).format('YYYY-MM-DD HH:mm') : null)}
            </Descriptions.Item>
          </Descriptions>
          <section aria-label={t('supervision.problems.history')}>
            <Typography.Title level={5}>{t('supervision.problems.history')}</Typography.Title>
            <ProblemHistory steps={history.data} loading={history.isPending} />
          </section>
          <ProblemActionModal
            action={action}
            problem={p}
            etag={detail.data?.etag ?? null}
            onClose={() => setAction(null)}
            onStale={() => {
              setAction(null);
              if (id !== null) void qc.invalidateQueries({ queryKey: supervisionKeys.problem(id) });
            }}
          />
        </>
      )}
    </Drawer>
  );
}
