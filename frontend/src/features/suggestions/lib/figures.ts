/** The figures' KPIs and their chart values. */
import type { FigureRow } from '@/api/types';

/** Rate as a percentage number for charts (null stays null, so the bar is missing rather than 0). */
export function percent(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
}

export const KPI_FIGURES = ['completionRate', 'onTimeRate', 'satisfactionRate', 'solvedRate', 'overdue'] as const;
export type KpiFigure = (typeof KPI_FIGURES)[number];

/** The counts behind a KPI, e.g. 办结率 -> closed / registered. */
export function kpiParts(row: FigureRow, k: KpiFigure): [number, number] | null {
  switch (k) {
    case 'completionRate':
      return [row.closed, row.registered];
    case 'onTimeRate':
      return [row.repliedOnTime, row.replied];
    case 'satisfactionRate':
      return [row.satisfied, row.rated];
    case 'solvedRate':
      return [row.classA, row.replied];
    case 'overdue':
      return null;
  }
}
