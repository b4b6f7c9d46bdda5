/**
 * 整改统计: a year's problems found and rectified, the 整改落实率, overdue and reopened problems as KPI cards; found
 * vs fixed per month and found / rectified / overdue per unit as charts; the by-unit table with a CSV export.
 */
import { lazy, Suspense, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Row, Skeleton, Statistic, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/api/problem';
import type { RectificationFigures, UnitRectification } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { saveText, toCsv } from '@/lib/csv';
import { formatRate } from '@/lib/format';
import { useRectificationFigures } from '../api/supervision';

const Chart = lazy(() => import('@/components/Chart'));

const KPIS = ['found', 'rectified', 'rectificationRate', 'overdue', 'reopened'] as const;
const UNIT_COLUMNS = ['found', 'rectified', 'rectificationRate', 'overdue'] as const;
const COLORS = { found: '#0950c3', rectified: '#389e0d', fixed: '#389e0d', overdue: '#cf1322' };

/** The by-unit table as CSV (what the table shows, rates as percentages). */
export function unitCsv(rows: readonly UnitRectification[], header: string[]): string {
  return toCsv(
    header,
    rows.map((r) => [r.unitName, r.found, r.rectified, formatRate(r.rectificationRate), r.overdue]),
  );
}

function Kpis({ data }: { data: RectificationFigures }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {KPIS.map((k) => (
        <Col key={k} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
          <Card size="small" role="region" aria-label={t(`supervision.figures.kpi.${k}`)}>
            <Statistic
              title={t(`supervision.figures.kpi.${k}`)}
              value={k === 'rectificationRate' ? formatRate(data.rectificationRate) : data[k]}
              styles={{ content: { color: (k === 'overdue' || k === 'reopened') && data[k] > 0 ? '#cf1322' : undefined } }}
            />
            <Typography.Text type="secondary">{t(`supervision.figures.hints.${k}`)}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export default function RectificationFiguresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(dayjs().year());
  const figures = useRectificationFigures(year);
  const data = figures.data;
  const f = (k: string) => t(`supervision.figures.${k}`);
  const col = (k: string) => t(`supervision.figures.kpi.${k}`);

  const columns: TableProps<UnitRectification>['columns'] = [
    { title: f('unit'), dataIndex: 'unitName', key: 'unitName' },
    ...UNIT_COLUMNS.map((k) => ({
      title: col(k),
      dataIndex: k,
      key: k,
      align: 'right' as const,
      render: k === 'rectificationRate' ? (v: number | null) => formatRate(v) : undefined,
      sorter: (a: UnitRectification, b: UnitRectification) => (a[k] ?? -1) - (b[k] ?? -1),
    })),
  ];

  const exportCsv = () => {
    if (!data) return;
    saveText(unitCsv(data.byUnit, [f('unit'), ...UNIT_COLUMNS.map(col)]), `${f('csvName')}-${data.year}.csv`);
    void message.success(t('messages.exported'));
  };

  const months = data?.byMonth.map((m) => t('supervision.figures.month', { month: m.month })) ?? [];
  return (
    <>
      <PageTitle
        title={t('nav.supervisionFigures')}
        extra={
          <DatePicker
            picker="year"
            aria-label={f('year')}
            allowClear={false}
            value={dayjs().year(year)}
            onChange={(d: Dayjs | null) => d && setYear(d.year())}
            disabledDate={(d) => d.year() > dayjs().year()}
          />
        }
      />
      {figures.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={isApiProblem(figures.error) ? (figures.error.detail ?? figures.error.title) : t('errors.network')}
        />
      )}
      {figures.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <>
          <Kpis data={data} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('supervision.figures.byMonth', { year: data.year })}>
                <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
                  <Chart
                    categories={months}
                    series={[
                      { name: col('found'), type: 'bar', data: data.byMonth.map((m) => m.found), color: COLORS.found },
                      { name: f('fixed'), type: 'line', data: data.byMonth.map((m) => m.fixed), color: COLORS.fixed },
                    ]}
                    label={t('supervision.figures.monthChart', {
                      summary: data.byMonth.map((m, i) => `${months[i]} ${m.found}/${m.fixed}`).join('；'),
                    })}
                  />
                </Suspense>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={f('byUnit')}>
                {data.byUnit.length === 0 ? (
                  <Typography.Text type="secondary">{f('empty')}</Typography.Text>
                ) : (
                  <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
                    <Chart
                      categories={data.byUnit.map((u) => u.unitName)}
                      series={(['found', 'rectified', 'overdue'] as const).map((k) => ({
                        name: col(k),
                        type: 'bar',
                        data: data.byUnit.map((u) => u[k]),
                        color: COLORS[k],
                      }))}
                      label={t('supervision.figures.unitChart', {
                        summary: data.byUnit.map((u) => `${u.unitName} ${u.found}/${u.rectified}/${u.overdue}`).join('；'),
                      })}
                    />
                  </Suspense>
                )}
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title={f('tableTitle')}
            extra={
              <Button icon={<DownloadOutlined aria-hidden />} disabled={data.byUnit.length === 0} onClick={exportCsv}>
                {t('actions.exportCsv')}
              </Button>
            }
          >
            <Table<UnitRectification>
              rowKey="unitId"
              size="small"
              aria-label={f('tableTitle')}
              columns={columns}
              dataSource={data.byUnit}
              loading={figures.isFetching}
              pagination={data.byUnit.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              locale={{ emptyText: f('empty') }}
            />
          </Card>
        </>
      )}
    </>
  );
}
