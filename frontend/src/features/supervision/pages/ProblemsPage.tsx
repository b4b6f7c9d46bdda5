/**
 * 整改问题: the problem lists of deliberated topics with status, three-colour warning and escalation tags,
 * filters kept in the URL (topic, status, warning, escalation), and each problem's detail in a drawer.
 * Units see only their own problems (the server filters).
 */
import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ESCALATIONS,
  PROBLEM_STATUSES,
  WARNINGS,
  type Escalation,
  type ProblemStatus,
  type SupervisionProblem,
  type Warning,
} from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { enumOptions } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useServerTable } from '@/components/server-table';
import { useProblems } from '../api/supervision';
import { ProblemDrawer } from '../components/ProblemDrawer';
import { WarningTag } from '@/components/WarningTag';
import { EscalationTag, ProblemStatusTag } from '../components/SupervisionTags';

const FILTER_KEYS = ['topicId', 'status', 'warning', 'escalation'] as const;

export default function ProblemsPage() {
  const { t } = useTranslation();
  const listParams = useListParams(FILTER_KEYS);
  const { params, setFilter } = listParams;
  const topicId = params.filters.topicId && /^\d+$/.test(params.filters.topicId) ? Number(params.filters.topicId) : undefined;
  const list = useProblems({
    topicId,
    status: params.filters.status as ProblemStatus | undefined,
    warning: params.filters.warning as Warning | undefined,
    escalation: params.filters.escalation as Escalation | undefined,
    page: params.page,
    size: params.size,
  });
  const table = useServerTable<SupervisionProblem>(listParams, list.data?.total);
  const [openId, setOpenId] = useState<number | null>(null);
  const f = (k: string) => t(`supervision.problemFields.${k}`);

  const columns: TableProps<SupervisionProblem>['columns'] = [
    {
      title: f('description'),
      dataIndex: 'description',
      key: 'description',
      render: (v: string, row) => (
        <Typography.Link onClick={() => setOpenId(row.id)} ellipsis style={{ maxWidth: 360 }}>
          {v}
        </Typography.Link>
      ),
    },
    { title: f('unit'), dataIndex: 'unitName', key: 'unitName' },
    { title: f('responsiblePerson'), dataIndex: 'responsiblePerson', key: 'responsiblePerson' },
    { title: f('deadline'), dataIndex: 'deadline', key: 'deadline', width: 120 },
    { title: f('status'), dataIndex: 'status', key: 'status', render: (v: ProblemStatus) => <ProblemStatusTag status={v} /> },
    { title: f('warning'), dataIndex: 'warning', key: 'warning', render: (v: Warning) => <WarningTag warning={v} /> },
    {
      title: f('escalation'),
      dataIndex: 'escalation',
      key: 'escalation',
      render: (v: Escalation, row) => (
        <>
          <EscalationTag escalation={v} />
          {row.reopened > 0 && <Tag color="magenta">{t('supervision.problems.reopened', { count: row.reopened })}</Tag>}
        </>
      ),
    },
    {
      title: t('table.actions'),
      key: 'actions',
      render: (_, row) => (
        <Button size="small" onClick={() => setOpenId(row.id)}>
          {t('supervision.problems.open')}
        </Button>
      ),
    },
  ];

  const filterSelect = (key: 'status' | 'warning' | 'escalation', options: { value: string; label: string }[]) => (
    <Select
      allowClear
      aria-label={f(key)}
      placeholder={f(key)}
      style={{ width: 150 }}
      value={params.filters[key]}
      options={options}
      onChange={(v) => setFilter(key, v)}
    />
  );

  return (
    <>
      <PageTitle title={t('supervision.problems.title')} />
      <Card size="small">
        <Space wrap role="search" aria-label={t('filters.label')} style={{ marginBottom: 12 }}>
          {topicId !== undefined && (
            <Tag closable onClose={() => setFilter('topicId', undefined)} color="blue">
              {t('supervision.problems.filterTopic', { id: topicId })}
            </Tag>
          )}
          {filterSelect('status', enumOptions(t, 'problemStatus', PROBLEM_STATUSES))}
          {filterSelect('warning', enumOptions(t, 'warning', WARNINGS.filter((w) => w !== 'NONE')))}
          {filterSelect('escalation', enumOptions(t, 'escalation', ESCALATIONS))}
        </Space>
        <Table<SupervisionProblem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          {...table.props}
        />
      </Card>
      <ProblemDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
