/** The change history of a record (who changed which field from what to what), newest first. */
import { Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@/api/types';

export interface HistoryTimelineProps {
  entries?: HistoryEntry[];
  loading?: boolean;
  /** Label of a changed field, e.g. 'name' -> '姓名'. */
  fieldLabel: (field: string) => string;
  /** Display text of a value of a field (enum labels); defaults to the value itself. */
  formatValue?: (field: string, value: unknown) => string;
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function HistoryTimeline({ entries, loading, fieldLabel, formatValue }: HistoryTimelineProps) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <section aria-label={t('history.title')} aria-busy>
        <Skeleton active paragraph={{ rows: 3 }} />
      </section>
    );
  }
  if (!entries || entries.length === 0) {
    return (
      <section aria-label={t('history.title')}>
        <Empty description={t('history.empty')} />
      </section>
    );
  }
  const fmt = (field: string, v: unknown) =>
    v === null || v === undefined || v === '' ? '—' : formatValue ? formatValue(field, v) : displayValue(v);
  const sorted = [...entries].sort((a, b) => dayjs(b.at).valueOf() - dayjs(a.at).valueOf());
  return (
    <section aria-label={t('history.title')}>
      <Timeline
        items={sorted.map((e) => ({
          key: e.id,
          color: e.action === 'CREATED' ? 'green' : e.action === 'DELETED' ? 'red' : 'blue',
          title: dayjs(e.at).format('YYYY-MM-DD HH:mm'),
          content: (
            <div>
              <Typography.Text strong>
                {t(`history.action.${e.action}`)} · {e.actor}
              </Typography.Text>
              {e.changes.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                  {e.changes.map((c, i) => (
                    <li key={`${c.field}-${i}`}>
                      <Typography.Text type="secondary">{fieldLabel(c.field)}：</Typography.Text>
                      {e.action === 'CREATED' ? (
                        fmt(c.field, c.to)
                      ) : (
                        <>
                          {fmt(c.field, c.from)} → {fmt(c.field, c.to)}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        }))}
      />
    </section>
  );
}
