/** Colour tag of a suggestion's status (the suggestion pages and a deputy's dossier). */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SuggestionStatus } from '@/api/types';
import { enumLabel } from '@/lib/labels';

const STATUS_COLORS: Record<SuggestionStatus, string> = {
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

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{enumLabel(t, 'suggestionStatus', status)}</Tag>;
}
