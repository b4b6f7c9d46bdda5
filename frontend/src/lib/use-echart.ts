/**
 * Draws an echarts chart into a div: `toOption` turns the chart's data into the echarts option. The chart is
 * drawn again only when the data change (compared as JSON, so a parent's re-render with equal data keeps it),
 * follows the window's size and is disposed with the div. `data` null draws nothing (e.g. while loading).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';

export function useEChart<D>(data: D | null, toOption: (data: D) => echarts.EChartsCoreOption) {
  const ref = useRef<HTMLDivElement>(null);
  const json = data === null ? null : JSON.stringify(data);

  useEffect(() => {
    if (json === null || !ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(toOption(JSON.parse(json) as D));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [json, toOption]);

  return ref;
}
