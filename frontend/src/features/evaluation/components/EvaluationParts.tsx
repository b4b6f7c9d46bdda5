/** Small parts shared by the 履职评价 pages: the year picker, colour tags, rank movement, and CSV of all pages of a list. */
import { DatePicker, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus, Attendance, Grade, ObjectionStatus, Page, Recommendation } from '@/api/types';
import { enumLabel, type EnumName } from '@/lib/labels';

export function YearPicker({ value, onChange, future = 0 }: { value: number; onChange: (year: number) => void; future?: number }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      picker="year"
      className="luzhi-no-print"
      aria-label={t('evaluation.year')}
      allowClear={false}
      value={dayjs().year(value)}
      onChange={(d: Dayjs | null) => d && onChange(d.year())}
      disabledDate={(d) => d.year() > dayjs().year() + future}
    />
  );
}

/** The year in the URL (`?year=`), or the current year. */
export function yearOf(raw: string | null | undefined): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : dayjs().year();
}

const COLORS: Record<string, string> = {
  EXCELLENT: 'green',
  COMPETENT: 'blue',
  BASIC: 'gold',
  INCOMPETENT: 'red',
  CONFIRMED: 'success',
  PENDING: 'processing',
  REJECTED: 'default',
  PRESENT: 'green',
  LEAVE: 'gold',
  ABSENT: 'red',
  OPEN: 'processing',
  ACCEPTED: 'green',
  RECOMMENDED: 'green',
  REVIEW: 'gold',
  NOT_RECOMMENDED: 'red',
  OBJECTION: 'processing',
  PUBLISHED: 'success',
};

type Tagged = Grade | ActivityStatus | Attendance | ObjectionStatus | Recommendation | string;

export function EnumTag({ name, value }: { name: EnumName; value: Tagged | null | undefined }) {
  const { t } = useTranslation();
  if (!value) return <>—</>;
  return <Tag color={COLORS[value]}>{enumLabel(t, name, value)}</Tag>;
}

/** ↑ / ↓ of a rank under a draft scheme against the current one. */
export function Movement({ rank, current }: { rank: number; current: number | null }) {
  const { t } = useTranslation();
  if (current === null) return <Tag color="blue">{t('evaluation.schemes.new')}</Tag>;
  const d = current - rank;
  if (d === 0) return <span>{t('evaluation.schemes.same')}</span>;
  return d > 0 ? (
    <span style={{ color: '#389e0d' }} aria-label={t('evaluation.schemes.up', { n: d })}>
      <ArrowUpOutlined aria-hidden /> {d}
    </span>
  ) : (
    <span style={{ color: '#cf1322' }} aria-label={t('evaluation.schemes.down', { n: -d })}>
      <ArrowDownOutlined aria-hidden /> {-d}
    </span>
  );
}

/** Every row of a paged list (200 a page), for a CSV of what the filters select. */
export async function fetchAllPages<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 0; ; page++) {
    const p = await fetchPage(page, 200);
    out.push(...p.items);
    if (p.items.length === 0 || out.length >= p.total) return out;
  }
}

export const fmtPoints = (v: number | null | undefined) => (v === null || v === undefined ? '—' : (Math.round(v * 100) / 100).toFixed(2));
