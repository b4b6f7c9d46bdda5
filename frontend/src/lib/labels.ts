/** Display labels of enum values, from the locale files (enums.<name>.<VALUE>). */
import type { TFunction } from 'i18next';

export type EnumName =
  | 'gender'
  | 'party'
  | 'occupationGroup'
  | 'deputyStatus'
  | 'unitKind'
  | 'committeeKind'
  | 'role'
  | 'suggestionKind'
  | 'suggestionSource'
  | 'suggestionCategory'
  | 'suggestionStatus'
  | 'warning'
  | 'replyClass'
  | 'rating'
  | 'contactMethod'
  | 'planStatus'
  | 'topicStatus'
  | 'topicSource'
  | 'supervisionMethod'
  | 'problemStatus'
  | 'escalation'
  | 'lookBackOutcome'
  | 'workItemKind'
  | 'projectAsk'
  | 'ratingRound'
  | 'activityStatus'
  | 'attendance'
  | 'grade'
  | 'indicatorSource'
  | 'indicatorRule'
  | 'recommendation'
  | 'objectionStatus'
  | 'publicationStatus'
  | 'recordKind'
  | 'suggestionRole';

export function enumLabel(t: TFunction, name: EnumName, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return t(`enums.${name}.${value}`, { defaultValue: value });
}

export function enumOptions<V extends string>(t: TFunction, name: EnumName, values: readonly V[]) {
  return values.map((value) => ({ value, label: enumLabel(t, name, value) }));
}

/** Text of an optional value for a description list. */
export function orDash(v: string | number | null | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : String(v);
}

/** Empty form strings become null, so optional fields are cleared on the server. */
export function blankToNull<T extends Record<string, unknown>>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v === undefined ? null : v;
  }
  return out as T;
}
