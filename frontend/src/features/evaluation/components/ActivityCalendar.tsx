/** A year's activity days as a calendar heatmap (echarts calendar + heatmap), with a text alternative. */
import * as echarts from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEChart } from '@/lib/use-echart';

echarts.use([HeatmapChart, CalendarComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface ActivityCalendarProps {
  year: number;
  /** Activities per day, `YYYY-MM-DD` -> count. */
  days: Record<string, number>;
  label: string;
}

function toOption({ year, days }: Pick<ActivityCalendarProps, 'year' | 'days'>): echarts.EChartsCoreOption {
  const max = Math.max(1, ...Object.values(days));
  return {
    tooltip: { formatter: (p: { value: [string, number] }) => `${p.value[0]}：${p.value[1]}` },
    visualMap: { show: false, min: 0, max, inRange: { color: ['#e6f4ff', '#0950c3'] } },
    calendar: {
      range: String(year),
      cellSize: ['auto', 14],
      left: 32,
      right: 16,
      top: 24,
      dayLabel: { firstDay: 1, nameMap: 'ZH' },
      monthLabel: { nameMap: 'ZH' },
      yearLabel: { show: false },
    },
    series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: Object.entries(days) }],
  };
}

export default function ActivityCalendar({ year, days, label }: ActivityCalendarProps) {
  const ref = useEChart({ year, days }, toOption);
  return <div ref={ref} role="img" aria-label={label} style={{ height: 150 }} />;
}
