/**
 * 办理统计: a year's completion, on-time reply, satisfaction and solved rates and overdue items, as
 * KPI cards for the whole congress, a bar chart and a table by unit, category, deputy or month.
 */
import { lazy, Suspense, useState } from 'react';
import { Alert, Card, Col, DatePicker, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FIGURE_GROUPS, type FigureGroup, type FigureRow } from '@/api/types';
import { isApiProblem } from '@/api/problem';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel } from '@/lib/labels';
import { useSuggestionFigures } from '../api/figures';
import { formatRate } from '@/lib/format';
import { KPI_FIGURES, kpiParts, type KpiFigure } from '../lib/figures';

const FiguresChart = lazy(() => import('../components/FiguresChart'));

const RATE_COLUMNS = ['completionRate', 'onTimeRate', 'satisfactionRate', 'solvedRate'] as const;

export function KpiCards({ total }: { total: FigureRow }) {
  const { t } = useTranslation();
  const value = (k: KpiFigure) => (k === 'overdue' ? String(total.overdue) : formatRate(total[k]));
  return (
    <Row gutter={[16, 16]}>
      {KPI_FIGURES.map((k) => {
        const parts = kpiParts(total, k);
        return (
          <Col key={k} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
            <Card size="small" role="region" aria-label={t(`figures.kpi.${k}`)}>
              <Statistic
                title={t(`figures.kpi.${k}`)}
                value={value(k)}
                styles={{ content: { color: k === 'overdue' && total.overdue > 0 ? '#cf1322' : undefined } }}
              />
              <Typography.Text type="secondary">
                {parts ? t(`figures.parts.${k}`, { a: parts[0], b: parts[1] }) : t('figures.parts.overdue')}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

export default function SuggestionFiguresPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number>(dayjs().year());
  const [groupBy, setGroupBy] = useState<FigureGroup>('unit');
  const figures = useSuggestionFigures(groupBy, year);
  const data = figures.data;
  const rows = data?.rows ?? [];
  const groupLabel = (r: FigureRow) =>
    groupBy === 'category' && r.key ? enumLabel(t, 'suggestionCategory', r.key) : r.label || t('figures.unknownGroup');

  const columns: TableProps<FigureRow>['columns'] = [
    { title: t(`figures.groups.${groupBy}`), key: 'label', render: (_, r) => groupLabel(r), fixed: 'left' },
    ...(['registered', 'closed', 'replied', 'repliedOnTime', 'rated', 'satisfied', 'classA', 'overdue'] as const).map((k) => ({
      title: t(`figures.columns.${k}`),
      dataIndex: k,
      key: k,
      align: 'right' as const,
      sorter: (a: FigureRow, b: FigureRow) => a[k] - b[k],
    })),
    ...RATE_COLUMNS.map((k) => ({
      title: t(`figures.kpi.${k}`),
      dataIndex: k,
      key: k,
      align: 'right' as const,
      render: (v: number | null) => formatRate(v),
      sorter: (a: FigureRow, b: FigureRow) => (a[k] ?? -1) - (b[k] ?? -1),
    })),
  ];
  // The table's column order: counts and their rates side by side.
  const order = ['label', 'registered', 'closed', 'completionRate', 'replied', 'repliedOnTime', 'onTimeRate', 'rated', 'satisfied', 'satisfactionRate', 'classA', 'solvedRate', 'overdue'];
  columns.sort((a, b) => order.indexOf(String(a.key)) - order.indexOf(String(b.key)));

  return (
    <>
      <PageTitle
        title={t('nav.suggestionFigures')}
        extra={
          <Flex gap={8} wrap align="center">
            <DatePicker
              picker="year"
              aria-label={t('figures.year')}
              allowClear={false}
              value={dayjs().year(year)}
              onChange={(d: Dayjs | null) => d && setYear(d.year())}
              disabledDate={(d) => d.year() > dayjs().year()}
            />
            <Segmented<FigureGroup>
              aria-label={t('figures.groupBy')}
              value={groupBy}
              options={FIGURE_GROUPS.map((g) => ({ value: g, label: t(`figures.groups.${g}`) }))}
              onChange={setGroupBy}
            />
          </Flex>
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
          <Typography.Paragraph type="secondary">
            {t('figures.scope', { year: data.year, registered: data.total.registered })}
          </Typography.Paragraph>
          <KpiCards total={data.total} />
          <Card size="small" title={t('figures.definitionsTitle')} style={{ margin: '16px 0' }}>
            <dl className="luzhi-definitions" style={{ margin: 0 }}>
              {KPI_FIGURES.map((k) => (
                <div key={k} style={{ display: 'flex', gap: 8, marginBottom: 4 }}>
                  <dt style={{ fontWeight: 600, minWidth: 120 }}>{t(`figures.kpi.${k}`)}</dt>
                  <dd style={{ margin: 0 }}>{t(`figures.definitions.${k}`)}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card size="small" title={t('figures.chartTitle', { group: t(`figures.groups.${groupBy}`) })} style={{ marginBottom: 16 }}>
            {rows.length === 0 ? (
              <Typography.Text type="secondary">{t('figures.empty')}</Typography.Text>
            ) : (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
                <FiguresChart rows={rows.map((r) => ({ label: groupLabel(r), completionRate: r.completionRate, satisfactionRate: r.satisfactionRate }))} />
              </Suspense>
            )}
          </Card>
          <Table<FigureRow>
            rowKey={(r) => r.key ?? r.label}
            size="small"
            aria-label={t('figures.tableLabel', { group: t(`figures.groups.${groupBy}`) })}
            columns={columns}
            dataSource={rows}
            loading={figures.isFetching}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            summary={() => (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  {order.map((k, i) => (
                    <Table.Summary.Cell key={k} index={i} align={i === 0 ? 'left' : 'right'}>
                      <Typography.Text strong>
                        {k === 'label'
                          ? t('figures.total')
                          : (RATE_COLUMNS as readonly string[]).includes(k)
                            ? formatRate(data.total[k as (typeof RATE_COLUMNS)[number]])
                            : String(data.total[k as keyof FigureRow] ?? '')}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )}
          />
        </>
      )}
    </>
  );
}
