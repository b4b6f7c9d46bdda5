/**
 * 得分排名: a year's live scores with rank, delegation, total, grade and scheme revision; filters (delegation,
 * grade, name) in the URL; the grade distribution; 重新计分 for staff; CSV of the filtered list; and each
 * deputy's breakdown in a drawer.
 */
import { lazy, Suspense, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Drawer, Input, Row, Select, Skeleton, Space, Table, Typography, type TableProps } from 'antd';
import { CalculatorOutlined, DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GRADES, type Grade, type RecomputeResult, type Score } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { canManageEvaluation } from '@/lib/access';
import { enumLabel, enumOptions } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { useDelegationOptions } from '@/lib/options';
import { useServerTable } from '@/components/server-table';
import { evaluationKeys, exportScores, fetchScores, useRecompute, useScores, type ScoreQuery } from '../api/evaluation';
import { EnumTag, fmtPoints, YearPicker, yearOf } from '../components/EvaluationParts';
import { ScoreBreakdown } from '../components/ScoreBreakdown';

const Chart = lazy(() => import('@/components/Chart'));

const FILTER_KEYS = ['year', 'delegationId', 'grade', 'q'] as const;

export default function ScoresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roles } = useSession();
  const handleProblem = useProblemHandler();
  const listParams = useListParams(FILTER_KEYS);
  const { params, setFilter } = listParams;
  const year = yearOf(params.filters.year);
  const filters: ScoreQuery = {
    year,
    delegationId: params.filters.delegationId ? Number(params.filters.delegationId) : undefined,
    grade: params.filters.grade,
    q: params.filters.q,
  };
  const list = useScores({ ...filters, page: params.page, size: params.size, sort: params.sort });
  const table = useServerTable<Score>(listParams, list.data?.total);
  const delegations = useDelegationOptions();
  const recompute = useRecompute();
  const [recomputed, setRecomputed] = useState<RecomputeResult | null>(null);
  const [open, setOpen] = useState<Score | null>(null);
  const [q, setQ] = useState(params.filters.q ?? '');
  // The distribution: one count per grade, under the other filters.
  const counts = useQueries({
    queries: GRADES.map((grade) => ({
      queryKey: evaluationKeys.scoreList({ ...filters, grade, size: 1 }),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchScores({ ...filters, grade, size: 1 }, signal),
    })),
  });
  const s = (k: string) => t(`evaluation.score.${k}`);

  const runRecompute = async () => {
    try {
      setRecomputed(await recompute.mutateAsync(year));
    } catch (e) {
      handleProblem(e);
    }
  };

  const exportCsv = async () => {
    try {
      await exportScores({ ...filters, sort: params.sort });
      void message.success(t('messages.exported'));
    } catch (e) {
      handleProblem(e);
    }
  };

  const columns: TableProps<Score>['columns'] = [
    { title: s('rank'), dataIndex: 'rank', width: 80, ...table.sortable('rank') },
    {
      title: s('name'),
      dataIndex: 'name',
      ...table.sortable('name'),
      render: (v: string, r) => <Typography.Link onClick={() => setOpen(r)}>{v}</Typography.Link>,
    },
    { title: s('delegation'), dataIndex: 'delegationName', key: 'delegationName' },
    {
      title: s('total'),
      dataIndex: 'total',
      align: 'right',
      ...table.sortable('total'),
      render: fmtPoints,
    },
    { title: s('grade'), dataIndex: 'grade', key: 'grade', render: (v: Grade) => <EnumTag name="grade" value={v} /> },
    { title: s('revision'), dataIndex: 'revision', key: 'revision', render: (v: number) => t('evaluation.score.revisionValue', { revision: v }) },
  ];

  const gradeCounts = GRADES.map((_, i) => counts[i].data?.total ?? 0);
  return (
    <>
      <PageTitle
        title={t('nav.evaluationScores')}
        extra={
          <Space wrap>
            <YearPicker value={year} onChange={(y) => setFilter('year', y === dayjs().year() ? undefined : y)} />
            {canManageEvaluation(roles) && (
              <Button type="primary" icon={<CalculatorOutlined aria-hidden />} loading={recompute.isPending} onClick={() => void runRecompute()}>
                {t('evaluation.scores.recompute')}
              </Button>
            )}
          </Space>
        }
      />
      {recomputed && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setRecomputed(null) }}
          style={{ marginBottom: 16 }}
          title={t('evaluation.scores.recomputed', recomputed)}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card
            size="small"
            extra={
              <Button icon={<DownloadOutlined aria-hidden />} disabled={!list.data?.total} onClick={() => void exportCsv()}>
                {t('actions.exportCsv')}
              </Button>
            }
            title={
              <Space wrap role="search" aria-label={t('filters.label')}>
                <Select
                  allowClear
                  aria-label={s('delegation')}
                  placeholder={t('evaluation.scores.allDelegations')}
                  style={{ width: 180 }}
                  value={filters.delegationId}
                  options={delegations.options}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(v) => setFilter('delegationId', v)}
                />
                <Select
                  allowClear
                  aria-label={s('grade')}
                  placeholder={t('evaluation.scores.allGrades')}
                  style={{ width: 130 }}
                  value={filters.grade}
                  options={enumOptions(t, 'grade', GRADES)}
                  onChange={(v) => setFilter('grade', v)}
                />
                <Input.Search
                  allowClear
                  aria-label={t('evaluation.scores.searchLabel')}
                  placeholder={t('evaluation.scores.searchPlaceholder')}
                  style={{ width: 180 }}
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                  onSearch={(v) => setFilter('q', v.trim())}
                />
              </Space>
            }
          >
            <Table<Score>
              rowKey="deputyId"
              size="small"
              aria-label={t('evaluation.scores.tableLabel')}
              columns={columns}
              dataSource={list.data?.items}
              loading={list.isFetching}
              locale={{ emptyText: t('evaluation.scores.notScored') }}
              {...table.props}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={t('evaluation.scores.distribution')}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
              <Chart
                categories={GRADES.map((g) => enumLabel(t, 'grade', g))}
                series={[
                  { name: t('evaluation.scores.count'), type: 'bar', data: gradeCounts, color: '#0950c3' },
                ]}
                label={t('evaluation.scores.distributionAria', {
                  summary: GRADES.map((g, i) => `${enumLabel(t, 'grade', g)} ${gradeCounts[i]}`).join('；'),
                })}
              />
            </Suspense>
          </Card>
        </Col>
      </Row>
      <Drawer
        open={open !== null}
        size={960}
        destroyOnHidden
        title={open ? t('evaluation.breakdown.title', { name: open.name, year }) : ''}
        onClose={() => setOpen(null)}
        extra={open && <Link to={`/evaluation/scores/${open.deputyId}?year=${year}`}>{t('evaluation.scores.openPage')}</Link>}
      >
        {open && <ScoreBreakdown deputyId={open.deputyId} year={year} />}
      </Drawer>
    </>
  );
}
