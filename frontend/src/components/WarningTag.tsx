/** Colour tag of the three-colour warning (三色预警) of a suggestion or a supervision problem. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Warning } from '@/api/types';
import { enumLabel } from '@/lib/labels';

const WARNING_COLORS: Record<Warning, string | undefined> = {
  GREEN: 'green',
  YELLOW: 'gold',
  RED: 'red',
  NONE: undefined,
};

/** Nothing for items that are not being handled (NONE). */
export function WarningTag({ warning }: { warning: Warning | null | undefined }) {
  const { t } = useTranslation();
  if (!warning || warning === 'NONE') return null;
  return <Tag color={WARNING_COLORS[warning]}>{enumLabel(t, 'warning', warning)}</Tag>;
}
