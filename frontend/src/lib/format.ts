/** Display of figures shared by the suggestion, supervision and evaluation pages. */

/** 0.9512 -> "95.1%"; null (nothing to divide by) -> "—". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
