/**
 * Deputies by occupation group (代表构成) under the current filters. Each bar is the `total` of a
 * size=1 query, so counts are exact however many deputies there are. Loaded on demand (echarts).
 */
import { useQueries } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { OCCUPATION_GROUPS } from '@/api/types';
import { enumLabel } from '@/lib/labels';
import { useEChart } from '@/lib/use-echart';
import { deputiesQueryOptions, type DeputyListQuery } from '../api/deputies';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

function toOption({ labels, counts }: { labels: string[]; counts: number[] }): echarts.EChartsCoreOption {
  return {
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: counts, itemStyle: { color: '#0950c3' }, barMaxWidth: 40 }],
  };
}

export default function OccupationChart({ filters }: { filters: DeputyListQuery }) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: OCCUPATION_GROUPS.map((g) => deputiesQueryOptions({ ...filters, occupationGroup: g, page: 0, size: 1 })),
  });
  const loading = results.some((r) => r.isPending);
  const counts = results.map((r) => r.data?.total ?? 0);
  const labels = OCCUPATION_GROUPS.map((g) => enumLabel(t, 'occupationGroup', g));
  const ref = useEChart(loading ? null : { labels, counts }, toOption);

  if (loading) return <Skeleton active paragraph={{ rows: 4 }} />;
  const summary = OCCUPATION_GROUPS.map((_, i) => `${labels[i]} ${counts[i]}`).join('，');
  return <div ref={ref} role="img" aria-label={t('deputy.chart.aria', { summary })} style={{ height: 240 }} />;
}
