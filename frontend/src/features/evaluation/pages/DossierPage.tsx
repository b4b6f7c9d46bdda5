/**
 * 履职档案 (一人一档): one deputy's year — the activity calendar, activities by type and by month, the activities,
 * suggestions and supervision groups, and the score with a link to its breakdown. Staff pick any deputy; a deputy
 * sees their own and reports activities from here. The page prints cleanly (menu, header and buttons hidden).
 */
import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { Dossier, DossierActivity, DossierSuggestion } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { canAccess, seesAllDossiers } from '@/lib/access';
import { enumLabel, orDash } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { DeputySelect } from '@/components/DeputySelect';
import { SuggestionStatusTag } from '@/components/SuggestionStatusTag';
import { useDossier } from '../api/evaluation';
import { ActivityFormModal } from '../components/ActivityFormModal';
import { EnumTag, fmtPoints, YearPicker, yearOf } from '../components/EvaluationParts';

const Chart = lazy(() => import('@/components/Chart'));
const ActivityCalendar = lazy(() => import('../components/ActivityCalendar'));

const chartFallback = <Skeleton active paragraph={{ rows: 4 }} />;

/** Activities per day of the year, for the calendar. */
export function activityDays(activities: readonly Pick<DossierActivity, 'occurredOn' | 'attendance'>[]): Record<string, number> {
  const days: Record<string, number> = {};
  for (const a of activities) if (a.attendance === 'PRESENT') days[a.occurredOn] = (days[a.occurredOn] ?? 0) + 1;
  return days;
}

function Charts({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  const days = activityDays(d.activities);
  const months = d.byMonth.map((m) => t('evaluation.dossier.month', { month: m.month }));
  const att = (k: string) => enumLabel(t, 'attendance', k);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col span={24}>
        <Card size="small" title={t('evaluation.dossier.calendar')}>
          <Suspense fallback={chartFallback}>
            <ActivityCalendar
              year={d.year}
              days={days}
              label={t('evaluation.dossier.calendarAria', {
                year: d.year,
                summary: Object.keys(days).length
                  ? Object.entries(days)
                      .sort()
                      .map(([day, n]) => `${day} ${n}`)
                      .join('；')
                  : t('evaluation.dossier.noDays'),
              })}
            />
          </Suspense>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.dossier.byType')}>
          <Suspense fallback={chartFallback}>
            <Chart
              categories={d.byType.map((x) => x.typeName)}
              series={[
                { name: att('PRESENT'), type: 'bar', data: d.byType.map((x) => x.present), color: '#389e0d' },
                { name: att('LEAVE'), type: 'bar', data: d.byType.map((x) => x.leave), color: '#d4b106' },
                { name: att('ABSENT'), type: 'bar', data: d.byType.map((x) => x.absent), color: '#cf1322' },
                { name: t('evaluation.dossier.pending'), type: 'bar', data: d.byType.map((x) => x.pending), color: '#8c8c8c' },
              ]}
              label={t('evaluation.dossier.byTypeAria', {
                summary: d.byType.map((x) => `${x.typeName} ${x.present}/${x.leave}/${x.absent}/${x.pending}`).join('；'),
              })}
            />
          </Suspense>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.dossier.byMonth')}>
          <Suspense fallback={chartFallback}>
            <Chart
              categories={months}
              series={[
                { name: t('evaluation.dossier.activities'), type: 'bar', data: d.byMonth.map((m) => m.activities), color: '#0950c3' },
                { name: t('evaluation.dossier.suggestions'), type: 'line', data: d.byMonth.map((m) => m.suggestions), color: '#d46b08' },
              ]}
              label={t('evaluation.dossier.byMonthAria', {
                summary: d.byMonth.map((m, i) => `${months[i]} ${m.activities}/${m.suggestions}`).join('；'),
              })}
            />
          </Suspense>
        </Card>
      </Col>
    </Row>
  );
}

function ScoreCard({ d, breakdownLink }: { d: Dossier; breakdownLink: boolean }) {
  const { t } = useTranslation();
  const s = d.score;
  return (
    <Card
      size="small"
      title={t('evaluation.dossier.score')}
      style={{ marginBottom: 16 }}
      extra={
        s &&
        breakdownLink && <Link to={`/evaluation/scores/${d.deputyId}?year=${d.year}`}>{t('evaluation.dossier.breakdown')}</Link>
      }
    >
      {s ? (
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title={t('evaluation.score.total')} value={fmtPoints(s.total)} />
          </Col>
          <Col span={6}>
            <Statistic title={t('evaluation.score.rank')} value={s.rank ?? '—'} />
          </Col>
          <Col span={6}>
            <Typography.Text type="secondary">{t('evaluation.score.grade')}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <EnumTag name="grade" value={s.grade} />
            </div>
          </Col>
          <Col span={6}>
            <Statistic title={t('evaluation.score.revision')} value={t('evaluation.score.revisionValue', { revision: s.revision })} />
          </Col>
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('evaluation.dossier.noScore')}</Typography.Text>
      )}
    </Card>
  );
}

export default function DossierPage() {
  const { t } = useTranslation();
  const { me, roles } = useSession();
  const navigate = useNavigate();
  const { deputyId: raw } = useParams();
  const [sp, setSp] = useSearchParams();
  const year = yearOf(sp.get('year'));
  const all = seesAllDossiers(roles);
  const deputyId = raw && /^\d+$/.test(raw) ? Number(raw) : null;
  const dossier = useDossier(deputyId, year);
  const [reporting, setReporting] = useState(false);
  const c = (k: string) => t(`evaluation.dossier.cols.${k}`);

  // A deputy's dossier is their own.
  if (!all && me.deputyId && deputyId !== me.deputyId) return <Navigate to={`/evaluation/dossiers/${me.deputyId}`} replace />;

  const own = deputyId !== null && deputyId === me.deputyId;
  const d = dossier.data;
  const setYear = (y: number) => setSp(y === dayjs().year() ? {} : { year: String(y) }, { replace: true });

  const activityColumns = [
    { title: c('date'), dataIndex: 'occurredOn', key: 'date', width: 110 },
    { title: c('title'), dataIndex: 'title', key: 'title' },
    { title: c('type'), dataIndex: 'typeName', key: 'type' },
    { title: c('attendance'), key: 'attendance', render: (_: unknown, r: DossierActivity) => <EnumTag name="attendance" value={r.attendance} /> },
    { title: c('status'), key: 'status', render: (_: unknown, r: DossierActivity) => <EnumTag name="activityStatus" value={r.status} /> },
    { title: c('rating'), dataIndex: 'rating', key: 'rating', render: (v: number | null) => orDash(v) },
  ];
  const suggestionColumns = [
    { title: c('number'), dataIndex: 'number', key: 'number', render: (v: string | null) => orDash(v), width: 120 },
    {
      title: c('title'),
      key: 'title',
      render: (_: unknown, r: DossierSuggestion) => <Link to={`/suggestions/${r.id}`}>{r.title}</Link>,
    },
    { title: c('role'), key: 'role', render: (_: unknown, r: DossierSuggestion) => enumLabel(t, 'suggestionRole', r.role) },
    { title: c('status'), key: 'status', render: (_: unknown, r: DossierSuggestion) => <SuggestionStatusTag status={r.status as never} /> },
    { title: c('registered'), key: 'registered', render: (_: unknown, r: DossierSuggestion) => (r.registered ? t('evaluation.yes') : t('evaluation.no')) },
    { title: c('qualityScore'), dataIndex: 'qualityScore', key: 'qualityScore', render: (v: number | null) => orDash(v) },
    { title: c('award'), dataIndex: 'award', key: 'award', render: (v: string | null) => (v ? <Tag color="gold">{v}</Tag> : '—') },
  ];

  return (
    <div className="luzhi-printable">
      <PageTitle
        title={d ? t('evaluation.dossier.titleOf', { name: d.name }) : own ? t('nav.myDossier') : t('evaluation.dossier.title')}
        extra={
          <Space wrap className="luzhi-no-print">
            {all && (
              <div style={{ width: 240 }}>
                <DeputySelect
                  aria-label={t('evaluation.dossier.pickDeputy')}
                  value={deputyId}
                  onChange={(v) => typeof v === 'number' && navigate(`/evaluation/dossiers/${v}${year === dayjs().year() ? '' : `?year=${year}`}`)}
                />
              </div>
            )}
            <YearPicker value={year} onChange={setYear} />
            {own && (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setReporting(true)}>
                {t('evaluation.dossier.report')}
              </Button>
            )}
            {d && (
              <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
                {t('evaluation.print')}
              </Button>
            )}
          </Space>
        }
      />
      {deputyId === null && <Empty description={t('evaluation.dossier.pickHint')} />}
      {dossier.isError && (
        <Alert type="error" showIcon title={isApiProblem(dossier.error) ? (dossier.error.detail ?? dossier.error.title) : t('errors.network')} />
      )}
      {deputyId !== null && dossier.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('evaluation.score.name')}>{d.name}</Descriptions.Item>
            <Descriptions.Item label={t('evaluation.dossier.delegation')}>{d.delegationName}</Descriptions.Item>
            <Descriptions.Item label={t('evaluation.dossier.station')}>{orDash(d.stationName)}</Descriptions.Item>
          </Descriptions>
          <ScoreCard d={d} breakdownLink={canAccess('evaluationScoreDetail', roles)} />
          <Charts d={d} />
          <Card size="small" title={t('evaluation.dossier.activities')} style={{ marginBottom: 16 }}>
            <Table<DossierActivity>
              rowKey="id"
              size="small"
              aria-label={t('evaluation.dossier.activities')}
              columns={activityColumns}
              dataSource={d.activities}
              pagination={false}
              locale={{ emptyText: t('evaluation.empty') }}
            />
          </Card>
          <Card size="small" title={t('evaluation.dossier.suggestions')} style={{ marginBottom: 16 }}>
            <Table<DossierSuggestion>
              rowKey="id"
              size="small"
              aria-label={t('evaluation.dossier.suggestions')}
              columns={suggestionColumns}
              dataSource={d.suggestions}
              pagination={false}
              locale={{ emptyText: t('evaluation.empty') }}
            />
          </Card>
          <Card size="small" title={t('evaluation.dossier.groups')}>
            <List
              size="small"
              aria-label={t('evaluation.dossier.groups')}
              dataSource={d.groups}
              locale={{ emptyText: t('evaluation.empty') }}
              renderItem={(g) => (
                <List.Item>
                  <Space>
                    {canAccess('supervisionPlans', roles) ? <Link to={`/supervision/topics/${g.topicId}`}>{g.topicTitle}</Link> : g.topicTitle}
                    {g.leader && <Tag color="blue">{t('evaluation.dossier.groupLeader')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
      {own && (
        <ActivityFormModal
          open={reporting}
          selfDeputyId={me.deputyId}
          defaultDate={year === dayjs().year() ? dayjs() : dayjs(`${year}-12-31`)}
          onClose={() => setReporting(false)}
        />
      )}
    </div>
  );
}
