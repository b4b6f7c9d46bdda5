/** Colour tags of a suggestion's status and three-colour warning (三色预警). */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SuggestionStatus, Warning } from '@/api/types';
import { enumLabel } from '@/lib/labels';

export const STATUS_COLORS: Record<SuggestionStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  REGISTERED: 'cyan',
  DECLINED: 'default',
  ASSIGNED: 'blue',
  REPLIED: 'purple',
  RATED: 'geekblue',
  REHANDLING: 'orange',
  CLOSED: 'success',
};

export const WARNING_COLORS: Record<Warning, string | undefined> = {
  GREEN: 'green',
  YELLOW: 'gold',
  RED: 'red',
  NONE: undefined,
};

export function StatusTag({ status }: { status: SuggestionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{enumLabel(t, 'suggestionStatus', status)}</Tag>;
}

/** Nothing for items that are not being handled (NONE). */
export function WarningTag({ warning }: { warning: Warning | null | undefined }) {
  const { t } = useTranslation();
  if (!warning || warning === 'NONE') return null;
  return <Tag color={WARNING_COLORS[warning]}>{enumLabel(t, 'warning', warning)}</Tag>;
}
