/** 办理过程: the steps of one suggestion, oldest first, with who did what, the note, reply class and ratings. */
import { Alert, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SuggestionStep } from '@/api/types';
import { enumLabel } from '@/lib/labels';

const STEP_COLORS: Record<string, string> = {
  CREATED: 'gray',
  CLOSED: 'green',
  FOLLOW_UP_RESOLVED: 'green',
  DECLINED: 'red',
  RATED_UNSATISFIED: 'red',
  REHANDLING: 'orange',
  REASSIGN_REQUESTED: 'orange',
};

/** A contact step's note starts with its method, e.g. "[PHONE] 已电话联系代表". */
export function splitContactNote(note: string | null): { method: string | null; text: string | null } {
  if (!note) return { method: null, text: null };
  const m = /^\[([A-Z_]+)\]\s*([\s\S]*)$/.exec(note);
  return m ? { method: m[1], text: m[2] } : { method: null, text: note };
}

export interface SuggestionTimelineProps {
  steps?: SuggestionStep[];
  loading?: boolean;
  error?: boolean;
  unitName?: (id: number) => string | undefined;
}

export function SuggestionTimeline({ steps, loading, error, unitName }: SuggestionTimelineProps) {
  const { t } = useTranslation();
  const label = t('suggestion.timeline.title');
  if (loading) {
    return (
      <section aria-label={label} aria-busy>
        <Skeleton active paragraph={{ rows: 4 }} />
      </section>
    );
  }
  if (error) {
    return (
      <section aria-label={label}>
        <Alert type="error" showIcon title={t('suggestion.timeline.failed')} />
      </section>
    );
  }
  if (!steps || steps.length === 0) {
    return (
      <section aria-label={label}>
        <Empty description={t('suggestion.timeline.empty')} />
      </section>
    );
  }
  const sorted = [...steps].sort((a, b) => a.id - b.id);
  return (
    <section aria-label={label}>
      <Timeline
        items={sorted.map((s) => {
          const { method, text } = s.action === 'CONTACTED' ? splitContactNote(s.note) : { method: null, text: s.note };
          const unit = s.unitId !== null ? unitName?.(s.unitId) : undefined;
          const ratings = [
            ['ratingContact', s.ratingContact],
            ['ratingAttitude', s.ratingAttitude],
            ['ratingResult', s.ratingResult],
          ].filter(([, v]) => v) as [string, string][];
          return {
            key: s.id,
            color: STEP_COLORS[s.action] ?? 'blue',
            title: dayjs(s.at).format('YYYY-MM-DD HH:mm'),
            content: (
              <div data-step={s.action}>
                <Space size={4} wrap>
                  <Typography.Text strong>{t(`suggestion.steps.${s.action}`, { defaultValue: s.action })}</Typography.Text>
                  <Typography.Text type="secondary">· {s.actor}</Typography.Text>
                  {unit && <Typography.Text type="secondary">· {unit}</Typography.Text>}
                  {s.round > 1 && <Tag>{t('suggestion.timeline.round', { round: s.round })}</Tag>}
                  {s.replyClass && (
                    <Tag color="purple">{t('suggestion.timeline.replyClass', { cls: enumLabel(t, 'replyClass', s.replyClass) })}</Tag>
                  )}
                </Space>
                {method && (
                  <div>
                    <Typography.Text type="secondary">{t('suggestion.actionFields.method')}：</Typography.Text>
                    {enumLabel(t, 'contactMethod', method)}
                  </div>
                )}
                {ratings.length > 0 && (
                  <div>
                    {ratings.map(([k, v]) => (
                      <Tag key={k} color={v === 'UNSATISFIED' ? 'red' : v === 'SATISFIED' ? 'green' : 'gold'}>
                        {t(`suggestion.timeline.${k}`)}：{enumLabel(t, 'rating', v)}
                      </Tag>
                    ))}
                  </div>
                )}
                {text && (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{text}</Typography.Paragraph>
                )}
              </div>
            ),
          };
        })}
      />
    </section>
  );
}
