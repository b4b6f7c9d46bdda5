/** Colour tags of supervision plans, topics (status, sources), problems (status, warning, escalation) and dated items. */
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Escalation, PlanStatus, ProblemStatus, TopicSource, TopicStatus } from '@/api/types';
import { enumLabel } from '@/lib/labels';

const PLAN_COLORS: Record<PlanStatus, string> = { DRAFT: 'default', ADOPTED: 'success' };

export const TOPIC_STATUS_COLORS: Record<TopicStatus, string> = {
  PROPOSED: 'default',
  APPROVED: 'cyan',
  IN_PROGRESS: 'blue',
  DELIBERATED: 'purple',
  CLOSED: 'success',
};

const SOURCE_COLORS: Record<TopicSource, string> = {
  KEY_TASK: 'red',
  SUGGESTION_HOTSPOT: 'blue',
  INSPECTION_FINDING: 'green',
  HOTLINE_DEMAND: 'orange',
};

const PROBLEM_COLORS: Record<ProblemStatus, string> = { RECTIFYING: 'processing', REPORTED: 'gold', RECTIFIED: 'success' };

const ESCALATION_COLORS: Record<Escalation, string> = {
  NONE: 'default',
  REMINDER: 'gold',
  TALK: 'orange',
  INTERPELLATION: 'volcano',
  SPECIAL_INVESTIGATION: 'red',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={PLAN_COLORS[status]}>{enumLabel(t, 'planStatus', status)}</Tag>;
}

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useTranslation();
  return <Tag color={TOPIC_STATUS_COLORS[status]}>{enumLabel(t, 'topicStatus', status)}</Tag>;
}

export function SourceTags({ sources }: { sources: readonly TopicSource[] }) {
  const { t } = useTranslation();
  return (
    <>
      {sources.map((s) => (
        <Tag key={s} color={SOURCE_COLORS[s]}>
          {enumLabel(t, 'topicSource', s)}
        </Tag>
      ))}
    </>
  );
}

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return <Tag color={PROBLEM_COLORS[status]}>{enumLabel(t, 'problemStatus', status)}</Tag>;
}

/** Nothing while not escalated. */
export function EscalationTag({ escalation }: { escalation: Escalation | null | undefined }) {
  const { t } = useTranslation();
  if (!escalation || escalation === 'NONE') return null;
  return <Tag color={ESCALATION_COLORS[escalation]}>{enumLabel(t, 'escalation', escalation)}</Tag>;
}

/** Done, overdue or pending, as a tag. */
export function DueTag({ due, doneOn }: { due: string; doneOn: string | null }) {
  const { t } = useTranslation();
  if (doneOn) return <Tag color="success">{t('supervision.cadence.doneOn', { date: doneOn })}</Tag>;
  if (due < dayjs().format('YYYY-MM-DD')) return <Tag color="error">{t('supervision.cadence.overdue')}</Tag>;
  return <Tag>{t('supervision.cadence.pending')}</Tag>;
}
