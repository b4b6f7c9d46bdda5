/** A small bar / line chart of values by category (echarts, loaded on demand with lazy()), with a text alternative. */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '@/lib/use-echart';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  color: string;
}

export interface ChartProps {
  categories: string[];
  series: ChartSeries[];
  /** The chart's data as text, for screen readers (and tests). */
  label: string;
  height?: number;
  /** Maximum of the value axis (e.g. 100 for percentages). */
  max?: number;
}

/** Categories shown at once; more scroll (data zoom). */
const VISIBLE = 15;

function toOption({ categories, series, max }: Pick<ChartProps, 'categories' | 'series' | 'max'>): echarts.EChartsCoreOption {
  const zoom = categories.length > VISIBLE;
  return {
    grid: { left: 48, right: 16, top: 40, bottom: zoom ? 88 : 56 },
    legend: { top: 0, data: series.map((s) => s.name) },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { interval: 0, rotate: categories.length > 8 ? 30 : 0, width: 96, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max, minInterval: 1 },
    dataZoom: zoom ? [{ type: 'slider', start: 0, end: (VISIBLE / categories.length) * 100, height: 16, bottom: 8 }] : [],
    series: series.map((s) => ({ ...s, itemStyle: { color: s.color }, barMaxWidth: 28, smooth: s.type === 'line' })),
  };
}

export default function Chart({ categories, series, label, height = 300, max }: ChartProps) {
  const ref = useEChart({ categories, series, max }, toOption);
  return <div ref={ref} role="img" aria-label={label} style={{ height }} />;
}
