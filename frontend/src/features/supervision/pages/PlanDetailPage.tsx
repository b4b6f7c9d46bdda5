/**
 * One annual plan: its title (editable by staff, with If-Match), its topics by status with source tags and a
 * link to each topic's page, 新增议题, the step buttons of each topic (sent with If-Match; a step out of order is
 * the server's 409 with the rule), per topic its problems, and the plan's cadence with its work items.
 */
import { useState } from 'react';
import { App, Alert, Button, Card, Input, Popconfirm, Segmented, Skeleton, Space, Table, Typography, type TableProps } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import { TOPIC_STATUSES, type Topic, type TopicStatus, type TopicStep } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { NotFound } from '@/components/ResultPages';
import { enumLabel, orDash } from '@/lib/labels';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { canManagePlans, canProposeTopics } from '@/lib/access';
import { useSession } from '@/lib/session';
import { supervisionKeys, useAdoptPlan, usePlan, useTopicAction, useTopics } from '../api/supervision';
import { topicSteps } from '../lib/topic-steps';
import { PlanStatusTag, SourceTags, TopicStatusTag } from '../components/SupervisionTags';
import { TopicFormModal } from '../components/TopicFormModal';
import { ProblemFormModal } from '../components/ProblemFormModal';
import { PlanFormModal } from '../components/PlanFormModal';
import { PlanCadenceCard } from '../components/PlanCadenceCard';

export default function PlanDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const { id: rawId } = useParams();
  const id = rawId && /^\d+$/.test(rawId) ? Number(rawId) : null;
  const { roles } = useSession();
  const plan = usePlan(id);
  const [status, setStatus] = useState<TopicStatus | 'ALL'>('ALL');
  const [q, setQ] = useState('');
  const topics = useTopics(id, { status: status === 'ALL' ? undefined : status, q: q.trim() || undefined });
  const step = useTopicAction();
  const adopt = useAdoptPlan();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const qc = useQueryClient();
  const [problemFor, setProblemFor] = useState<Topic | null>(null);
  const f = (k: string) => t(`supervision.topicFields.${k}`);

  if (id === null || (plan.isError && isApiProblem(plan.error) && plan.error.status === 404)) return <NotFound />;

  const back = (
    <Link to="/supervision/plans">
      <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('supervision.plans.back')}</Button>
    </Link>
  );
  if (plan.isPending) {
    return (
      <>
        <PageTitle title={t('supervision.plans.title')} extra={back} />
        <Skeleton active paragraph={{ rows: 6 }} />
      </>
    );
  }
  if (plan.isError) {
    return (
      <>
        <PageTitle title={t('supervision.plans.title')} extra={back} />
        <Alert type="error" showIcon title={isApiProblem(plan.error) ? (plan.error.detail ?? plan.error.title) : t('errors.network')} />
      </>
    );
  }
  const p = plan.data.data;

  const move = async (topic: Topic, action: TopicStep) => {
    try {
      await step.mutateAsync({ topic, action });
      void message.success(t(`supervision.topicDone.${action}`));
    } catch (e) {
      handleProblem(e);
    }
  };

  const columns: TableProps<Topic>['columns'] = [
    { title: f('title'), dataIndex: 'title', key: 'title', render: (v: string, row) => <Link to={`/supervision/topics/${row.id}`}>{v}</Link> },
    { title: f('status'), dataIndex: 'status', key: 'status', render: (v: TopicStatus) => <TopicStatusTag status={v} />, width: 110 },
    { title: f('sources'), dataIndex: 'sources', key: 'sources', render: (v: Topic['sources']) => <SourceTags sources={v} /> },
    { title: f('method'), dataIndex: 'method', key: 'method', render: (v: string) => enumLabel(t, 'supervisionMethod', v) },
    { title: f('committee'), dataIndex: 'committeeName', key: 'committeeName', render: (v: string | null) => orDash(v) },
    { title: f('evidence'), dataIndex: 'evidenceIds', key: 'evidence', render: (v: number[]) => v.length, width: 90 },
    {
      title: t('table.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space wrap size={4} role="group" aria-label={`${t('supervision.topics.stepsLabel')} ${row.title}`}>
          {topicSteps(row.actions).map((a) => (
            <Button key={a} size="small" type="primary" loading={step.isPending && step.variables?.topic.id === row.id} onClick={() => void move(row, a)}>
              {t(`supervision.topicActions.${a}`)}
            </Button>
          ))}
          {row.actions.includes('addProblem') && (
            <Button size="small" onClick={() => setProblemFor(row)}>
              {t('supervision.topics.addProblem')}
            </Button>
          )}
          <Link to={`/supervision/problems?topicId=${row.id}`}>{t('supervision.topics.problems')}</Link>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={p.title} extra={back} />
      <Space wrap style={{ marginBottom: 16 }}>
        <PlanStatusTag status={p.status} />
        <Typography.Text type="secondary">
          {t('supervision.planFields.year')}：{p.year}
        </Typography.Text>
        {p.adoptedOn && (
          <Typography.Text type="secondary">
            {t('supervision.planFields.adoptedOn')}：{p.adoptedOn}
          </Typography.Text>
        )}
        {canManagePlans(roles) && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('supervision.plans.edit')}
          </Button>
        )}
        {canManagePlans(roles) && p.status === 'DRAFT' && (
          <Popconfirm
            title={t('supervision.plans.adoptConfirm', { title: p.title })}
            onConfirm={async () => {
              try {
                await adopt.mutateAsync({ id: p.id, etag: plan.data.etag ?? `"${p.version}"` });
                void message.success(t('supervision.plans.adopted'));
              } catch (e) {
                handleProblem(e);
              }
            }}
          >
            <Button>{t('supervision.plans.adopt')}</Button>
          </Popconfirm>
        )}
      </Space>
      <Card
        size="small"
        title={t('supervision.topics.title')}
        extra={
          canProposeTopics(roles) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('supervision.topics.create')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<TopicStatus | 'ALL'>
            aria-label={f('status')}
            value={status}
            onChange={setStatus}
            options={[
              { value: 'ALL', label: t('supervision.topics.all') },
              ...TOPIC_STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'topicStatus', s) })),
            ]}
          />
          <Input.Search allowClear placeholder={t('supervision.topics.search')} aria-label={t('supervision.topics.search')} onSearch={setQ} style={{ width: 240 }} />
        </Space>
        <Table<Topic>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={topics.data?.items}
          loading={topics.isFetching}
          pagination={false}
          locale={{ emptyText: t('supervision.topics.empty') }}
          expandable={{
            rowExpandable: (r) => !!r.description,
            expandedRowRender: (r) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.description}</Typography.Paragraph>,
          }}
        />
      </Card>
      <PlanCadenceCard planId={p.id} />
      <TopicFormModal planId={p.id} open={creating} onClose={() => setCreating(false)} />
      <PlanFormModal
        open={editing}
        plan={plan.data}
        onClose={() => setEditing(false)}
        onStale={() => {
          setEditing(false);
          void qc.invalidateQueries({ queryKey: supervisionKeys.plan(p.id) });
        }}
      />
      <ProblemFormModal topic={problemFor} onClose={() => setProblemFor(null)} />
    </>
  );
}
