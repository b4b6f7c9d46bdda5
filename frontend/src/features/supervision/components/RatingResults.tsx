/** The two ratings (两评) of a key project: counts per round, the satisfaction rate against the pass line, a bar chart. */
import { lazy, Suspense } from 'react';
import { Col, Descriptions, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATINGS, type RatingResult } from '@/api/types';
import { enumLabel } from '@/lib/labels';
import { formatRate } from '@/lib/format';

const Chart = lazy(() => import('@/components/Chart'));

const RATING_KEYS = { SATISFIED: 'satisfied', BASIC: 'basic', UNSATISFIED: 'unsatisfied' } as const;
const ROUND_COLORS = ['#0950c3', '#d46b08'];

/** 通过 / 未通过 / 尚未评议 of one round. */
export function PassTag({ result }: { result: Pick<RatingResult, 'passed' | 'satisfactionRate'> | undefined }) {
  const { t } = useTranslation();
  if (!result || result.passed === null) return <Tag>{t('supervision.keyProjects.notRated')}</Tag>;
  return (
    <Tag color={result.passed ? 'success' : 'error'}>
      {t(result.passed ? 'supervision.keyProjects.passed' : 'supervision.keyProjects.failed')} {formatRate(result.satisfactionRate)}
    </Tag>
  );
}

export function RatingResults({ ratings, passThreshold }: { ratings: RatingResult[]; passThreshold: number }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`supervision.keyProjects.${key}`);
  const rounds = ratings.map((r) => enumLabel(t, 'ratingRound', r.round));
  const categories = RATINGS.map((r) => enumLabel(t, 'rating', r));
  return (
    <Row gutter={[16, 16]}>
      {ratings.map((r) => (
        <Col key={r.round} xs={24} md={12} xl={7} role="region" aria-label={enumLabel(t, 'ratingRound', r.round)}>
          <Descriptions
            size="small"
            bordered
            column={1}
            title={
              <>
                {enumLabel(t, 'ratingRound', r.round)} <PassTag result={r} />
              </>
            }
          >
            <Descriptions.Item label={k('votes')}>{r.votes}</Descriptions.Item>
            {RATINGS.map((x) => (
              <Descriptions.Item key={x} label={enumLabel(t, 'rating', x)}>
                {r[RATING_KEYS[x]]}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={k('satisfactionRate')}>
              {formatRate(r.satisfactionRate)}（{k('passLine')} {formatRate(passThreshold)}）
            </Descriptions.Item>
          </Descriptions>
        </Col>
      ))}
      {ratings.some((r) => r.votes > 0) && (
        <Col xs={24} xl={10}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
            <Chart
              height={260}
              categories={categories}
              series={ratings.map((r, i) => ({
                name: rounds[i],
                type: 'bar',
                data: RATINGS.map((x) => r[RATING_KEYS[x]]),
                color: ROUND_COLORS[i % ROUND_COLORS.length],
              }))}
              label={t('supervision.keyProjects.chartLabel', {
                summary: ratings
                  .map((r, i) => `${rounds[i]} ${RATINGS.map((x) => `${enumLabel(t, 'rating', x)} ${r[RATING_KEYS[x]]}`).join(' ')}`)
                  .join('；'),
              })}
            />
          </Suspense>
        </Col>
      )}
    </Row>
  );
}
