/** 履职指数: the live task-claim, problem-discovery and rectification rates of all deputies, a delegation or a station. */
import { Alert, Card, Col, Progress, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import { PageTitle } from '@/components/PageTitle';
import { useDelegationOptions, useStationOptions } from '@/lib/options';
import { usePerformanceIndex } from '../api/evaluation';
import { YearPicker, yearOf } from '../components/EvaluationParts';

type Scope = 'all' | 'delegation' | 'station';
const RATES = ['taskClaimRate', 'problemDiscoveryRate', 'rectificationRate'] as const;
const COUNTS = ['deputies', 'claimed', 'discovered', 'replied', 'solved'] as const;

export default function PerformanceIndexPage() {
  const { t } = useTranslation();
  const [sp, setSp] = useSearchParams();
  const year = yearOf(sp.get('year'));
  const scope = (sp.get('scope') as Scope) || 'all';
  const target = sp.get('id') ? Number(sp.get('id')) : undefined;
  const delegations = useDelegationOptions();
  const stations = useStationOptions(scope === 'station');
  const index = usePerformanceIndex({
    year,
    delegationId: scope === 'delegation' ? target : undefined,
    stationId: scope === 'station' ? target : undefined,
  });
  const set = (changes: Record<string, string | number | undefined>) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) next.delete(k);
          else next.set(k, String(v));
        }
        return next;
      },
      { replace: true },
    );
  const x = (k: string) => t(`evaluation.index.${k}`);
  const d = index.data;

  return (
    <>
      <PageTitle
        title={t('nav.evaluationIndex')}
        extra={
          <Space wrap>
            <Segmented<Scope>
              aria-label={x('scope')}
              value={scope}
              options={(['all', 'delegation', 'station'] as const).map((s) => ({ value: s, label: x(s) }))}
              onChange={(s) => set({ scope: s === 'all' ? undefined : s, id: undefined })}
            />
            {scope !== 'all' && (
              <Select
                aria-label={x(scope)}
                placeholder={x('pick')}
                style={{ width: 220 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={target}
                options={scope === 'delegation' ? delegations.options : stations.options}
                onChange={(v) => set({ id: v })}
              />
            )}
            <YearPicker value={year} onChange={(y) => set({ year: y === dayjs().year() ? undefined : y })} />
          </Space>
        }
      />
      {index.isError && (
        <Alert type="error" showIcon title={isApiProblem(index.error) ? (index.error.detail ?? index.error.title) : t('errors.network')} />
      )}
      {d && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {RATES.map((k) => (
              <Col key={k} xs={24} md={8}>
                <Card size="small" role="region" aria-label={x(k)} style={{ textAlign: 'center' }}>
                  <Typography.Title level={5}>{x(k)}</Typography.Title>
                  <Progress
                    type="dashboard"
                    percent={d[k] === null ? 0 : Math.round(d[k]! * 1000) / 10}
                    format={() => (d[k] === null ? '—' : `${(d[k]! * 100).toFixed(1)}%`)}
                    strokeColor={k === 'rectificationRate' ? '#389e0d' : k === 'taskClaimRate' ? '#0950c3' : '#d46b08'}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={x('counts')} extra={<Typography.Text type="secondary">{x('hint')}</Typography.Text>}>
            <Row gutter={16}>
              {COUNTS.map((k) => (
                <Col key={k} flex="20%">
                  <Statistic title={x(k)} value={d[k]} />
                </Col>
              ))}
            </Row>
          </Card>
        </>
      )}
    </>
  );
}
