/** Completion and satisfaction rate by group as a bar chart (echarts, loaded on demand). */
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatRate } from '@/lib/format';
import { useEChart } from '@/lib/use-echart';
import { percent } from '../lib/figures';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

export interface FiguresChartRow {
  label: string;
  completionRate: number | null;
  satisfactionRate: number | null;
}

/** Bars shown at once; more groups scroll (data zoom). */
const VISIBLE = 15;

function toOption({ rows, completion, satisfaction }: { rows: FiguresChartRow[]; completion: string; satisfaction: string }): echarts.EChartsCoreOption {
  const zoom = rows.length > VISIBLE;
  return {
    grid: { left: 48, right: 16, top: 40, bottom: zoom ? 88 : 64 },
    legend: { top: 0, data: [completion, satisfaction] },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${v}%`) },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0, width: 96, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    dataZoom: zoom ? [{ type: 'slider', start: 0, end: (VISIBLE / rows.length) * 100, height: 16, bottom: 8 }] : [],
    series: [
      { name: completion, type: 'bar', data: rows.map((r) => percent(r.completionRate)), itemStyle: { color: '#0950c3' }, barMaxWidth: 28 },
      { name: satisfaction, type: 'bar', data: rows.map((r) => percent(r.satisfactionRate)), itemStyle: { color: '#d46b08' }, barMaxWidth: 28 },
    ],
  };
}

export default function FiguresChart({ rows }: { rows: FiguresChartRow[] }) {
  const { t } = useTranslation();
  const completion = t('figures.kpi.completionRate');
  const satisfaction = t('figures.kpi.satisfactionRate');
  const ref = useEChart({ rows, completion, satisfaction }, toOption);

  const summary = rows
    .map((r) => `${r.label} ${completion} ${formatRate(r.completionRate)} ${satisfaction} ${formatRate(r.satisfactionRate)}`)
    .join('；');
  return <div ref={ref} role="img" aria-label={t('figures.chartAria', { summary })} style={{ height: 320 }} />;
}
