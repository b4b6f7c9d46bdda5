/**
 * One deputy's score explained: the total, rank and grade, then each indicator with its rule and points, expandable
 * to the records that earned them (each with its points and note, linking to the activity, suggestion or topic).
 */
import { Alert, Descriptions, Skeleton, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { IndicatorPoints, ScoredRecord } from '@/api/types';
import { canAccess, canManageEvaluation } from '@/lib/access';
import { enumLabel } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { useScoreDetail } from '../api/evaluation';
import { EnumTag, fmtPoints } from './EvaluationParts';

function RecordLink({ r }: { r: ScoredRecord }) {
  const { roles } = useSession();
  if (r.kind === 'SUGGESTION') return <Link to={`/suggestions/${r.id}`}>{r.title}</Link>;
  if (r.kind === 'ACTIVITY' && canManageEvaluation(roles)) return <Link to={`/evaluation/activities?open=${r.id}`}>{r.title}</Link>;
  if (r.kind === 'GROUP' && canAccess('supervisionPlans', roles)) return <Link to={`/supervision/topics/${r.id}`}>{r.title}</Link>;
  return <>{r.title}</>;
}

export function ScoreBreakdown({ deputyId, year }: { deputyId: number; year: number }) {
  const { t } = useTranslation();
  const detail = useScoreDetail(deputyId, year);
  const b = (k: string) => t(`evaluation.breakdown.${k}`);
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (detail.isError)
    return <Alert type="error" showIcon title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')} />;
  const { score: s, indicators } = detail.data;
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('evaluation.score.total')}>
          <Typography.Text strong>{fmtPoints(s.total)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score.rank')}>{s.rank ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score.grade')}>
          <EnumTag name="grade" value={s.grade} />
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score.delegation')}>{s.delegationName}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score.revision')}>{t('evaluation.score.revisionValue', { revision: s.revision })}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score.computedAt')}>{dayjs(s.computedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
      <Table<IndicatorPoints>
        rowKey="position"
        size="small"
        aria-label={b('indicators')}
        pagination={false}
        dataSource={indicators}
        columns={[
          { title: b('indicator'), dataIndex: 'name', key: 'name' },
          { title: b('explanation'), dataIndex: 'explanation', key: 'explanation' },
          { title: b('records'), key: 'records', align: 'right', render: (_, r) => `${r.counted}/${r.records}` },
          { title: b('raw'), dataIndex: 'raw', key: 'raw', align: 'right', render: fmtPoints },
          { title: b('weight'), dataIndex: 'weight', key: 'weight', align: 'right' },
          { title: b('points'), dataIndex: 'points', key: 'points', align: 'right', render: (v: number) => <strong>{fmtPoints(v)}</strong> },
        ]}
        expandable={{
          rowExpandable: (r) => r.items.length > 0,
          expandedRowRender: (r) => (
            <Table<ScoredRecord>
              rowKey={(x) => `${x.kind}-${x.id}`}
              size="small"
              aria-label={t('evaluation.breakdown.recordsOf', { name: r.name })}
              pagination={false}
              dataSource={r.items}
              columns={[
                { title: b('kind'), key: 'kind', width: 90, render: (_, x) => enumLabel(t, 'recordKind', x.kind) },
                { title: t('evaluation.dossier.cols.title'), key: 'title', render: (_, x) => <RecordLink r={x} /> },
                { title: b('date'), dataIndex: 'date', key: 'date', width: 110, render: (v: string | null) => v ?? '—' },
                { title: b('points'), dataIndex: 'points', key: 'points', align: 'right', width: 80, render: fmtPoints },
                { title: b('note'), dataIndex: 'note', key: 'note' },
              ]}
            />
          ),
        }}
      />
    </>
  );
}
