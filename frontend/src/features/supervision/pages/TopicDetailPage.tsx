/**
 * One supervision topic: its facts (sources with the evidence they rest on, method, committee, supervised
 * units, status with the next step), 编辑 (before it is under way, with If-Match), the supervision group, the
 * milestones and the topic's problems (each opens the problem drawer). A deputy in the topic's group reads it all.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { ProblemStatus, SupervisionProblem, TopicStep, Warning } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { NotFound } from '@/components/ResultPages';
import { enumLabel, orDash } from '@/lib/labels';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { canAccess } from '@/lib/access';
import { useSession } from '@/lib/session';
import { useUnitOptions } from '@/lib/options';
import { supervisionKeys, useProblems, useTopic, useTopicAction } from '../api/supervision';
import { topicSteps } from '../lib/topic-steps';
import { ProblemDrawer } from '../components/ProblemDrawer';
import { ProblemFormModal } from '../components/ProblemFormModal';
import { WarningTag } from '@/components/WarningTag';
import { ProblemStatusTag, SourceTags, TopicStatusTag } from '../components/SupervisionTags';
import { TopicFormModal } from '../components/TopicFormModal';
import { TopicGroupCard } from '../components/TopicGroupCard';
import { TopicMilestonesCard } from '../components/TopicMilestonesCard';

export default function TopicDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const qc = useQueryClient();
  const { id: rawId } = useParams();
  const id = rawId && /^\d+$/.test(rawId) ? Number(rawId) : null;
  const { roles } = useSession();
  const topic = useTopic(id);
  const units = useUnitOptions(topic.isSuccess);
  const problems = useProblems({ topicId: id ?? undefined, size: 100 });
  const step = useTopicAction();
  const [editing, setEditing] = useState(false);
  const [addingProblem, setAddingProblem] = useState(false);
  const [openProblem, setOpenProblem] = useState<number | null>(null);
  const f = (k: string) => t(`supervision.topicFields.${k}`);
  const pf = (k: string) => t(`supervision.problemFields.${k}`);

  if (id === null || (topic.isError && isApiProblem(topic.error) && topic.error.status === 404)) return <NotFound />;
  const tp = topic.data?.data;
  // Who reads the plan goes back to it; a deputy (a member of the topic's group) goes back to 我的监督小组.
  const fromPlan = canAccess('supervisionPlans', roles);
  const back = fromPlan ? (
    <Link to={tp ? `/supervision/plans/${tp.planId}` : '/supervision/plans'}>
      <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('supervision.topicPage.back')}</Button>
    </Link>
  ) : (
    <Link to="/supervision/my-topics">
      <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('supervision.topicPage.backToMine')}</Button>
    </Link>
  );
  if (!tp) {
    return (
      <>
        <PageTitle title={t('supervision.topics.title')} extra={back} />
        {topic.isError ? (
          <Alert type="error" showIcon title={isApiProblem(topic.error) ? (topic.error.detail ?? topic.error.title) : t('errors.network')} />
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )}
      </>
    );
  }

  const move = async (action: TopicStep) => {
    try {
      await step.mutateAsync({ topic: tp, action });
      void message.success(t(`supervision.topicDone.${action}`));
    } catch (e) {
      handleProblem(e, { onStale: () => void qc.invalidateQueries({ queryKey: supervisionKeys.topic(tp.id) }) });
    }
  };
  const editable = tp.actions.includes('edit');

  const columns: TableProps<SupervisionProblem>['columns'] = [
    {
      title: pf('description'),
      dataIndex: 'description',
      key: 'description',
      render: (v: string, row) => (
        <Typography.Link onClick={() => setOpenProblem(row.id)} ellipsis style={{ maxWidth: 320 }}>
          {v}
        </Typography.Link>
      ),
    },
    { title: pf('unit'), dataIndex: 'unitName', key: 'unitName' },
    { title: pf('deadline'), dataIndex: 'deadline', key: 'deadline', width: 120 },
    { title: pf('status'), dataIndex: 'status', key: 'status', render: (v: ProblemStatus) => <ProblemStatusTag status={v} /> },
    { title: pf('warning'), dataIndex: 'warning', key: 'warning', render: (v: Warning) => <WarningTag warning={v} /> },
  ];

  return (
    <>
      <PageTitle
        title={tp.title}
        extra={
          <Space wrap>
            {topicSteps(tp.actions).map((a) => (
              <Button key={a} type="primary" loading={step.isPending} onClick={() => void move(a)}>
                {t(`supervision.topicActions.${a}`)}
              </Button>
            ))}
            {editable && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </Button>
            )}
            {back}
          </Space>
        }
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={f('status')}>
          <TopicStatusTag status={tp.status} />
        </Descriptions.Item>
        <Descriptions.Item label={f('method')}>{enumLabel(t, 'supervisionMethod', tp.method)}</Descriptions.Item>
        <Descriptions.Item label={f('committee')}>{orDash(tp.committeeName)}</Descriptions.Item>
        <Descriptions.Item label={f('sources')}>
          <SourceTags sources={tp.sources} />
        </Descriptions.Item>
        <Descriptions.Item label={f('units')} span={2}>
          {tp.unitIds.length === 0 ? '—' : tp.unitIds.map((u) => <Tag key={u}>{units.nameOf(u) ?? `#${u}`}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={f('evidence')} span={2}>
          {tp.evidence.length === 0 ? (
            '—'
          ) : (
            <ul aria-label={f('evidence')} style={{ margin: 0, paddingInlineStart: 18 }}>
              {tp.evidence.map((e) => (
                <li key={e.id}>
                  <Link to={`/suggestions/${e.id}`}>
                    {t('supervision.topicPage.evidenceItem', { number: e.number ?? `#${e.id}`, title: e.title })}
                  </Link>{' '}
                  <Typography.Text type="secondary">
                    {enumLabel(t, 'suggestionKind', e.kind)} · {enumLabel(t, 'suggestionSource', e.source)}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
        {tp.description && (
          <Descriptions.Item label={f('description')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{tp.description}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <TopicGroupCard topicId={tp.id} />
        </Col>
        <Col xs={24} lg={14}>
          <TopicMilestonesCard topicId={tp.id} />
        </Col>
      </Row>
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={t('supervision.topics.problems')}
        extra={
          <Space>
            {tp.actions.includes('addProblem') && (
              <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAddingProblem(true)}>
                {t('supervision.topics.addProblem')}
              </Button>
            )}
            {canAccess('supervisionProblems', roles) && (
              <Link to={`/supervision/problems?topicId=${tp.id}`}>{t('supervision.topicPage.allProblems')}</Link>
            )}
          </Space>
        }
      >
        <Table<SupervisionProblem>
          rowKey="id"
          size="small"
          aria-label={t('supervision.topics.problems')}
          columns={columns}
          dataSource={problems.data?.items}
          loading={problems.isFetching}
          pagination={false}
          locale={{ emptyText: t('supervision.topicPage.noProblems') }}
        />
      </Card>
      <TopicFormModal
        planId={tp.planId}
        open={editing}
        topic={topic.data}
        onClose={() => setEditing(false)}
        onStale={() => {
          setEditing(false);
          void qc.invalidateQueries({ queryKey: supervisionKeys.topic(tp.id) });
        }}
      />
      <ProblemFormModal topic={addingProblem ? tp : null} onClose={() => setAddingProblem(false)} />
      <ProblemDrawer id={openProblem} onClose={() => setOpenProblem(null)} />
    </>
  );
}
