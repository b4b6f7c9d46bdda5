import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, someFigures, aFigureRow } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import { formatRate } from '@/lib/format';
import SuggestionFiguresPage from './SuggestionFiguresPage';

// echarts needs a canvas, which jsdom lacks; the chart's data are checked through its text alternative.
vi.mock('../components/FiguresChart', () => ({
  default: ({ rows }: { rows: { label: string }[] }) => <div role="img" aria-label={`chart: ${rows.map((r) => r.label).join(',')}`} />,
}));

describe('formatRate', () => {
  it('shows rates as percentages and a missing denominator as a dash', () => {
    expect(formatRate(0.95)).toBe('95.0%');
    expect(formatRate(29 / 30)).toBe('96.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('SuggestionFiguresPage', () => {
  it('shows the KPI cards of the total, their definitions, the chart and the table', async () => {
    const mock = mockApi({
      'GET /api/v1/suggestions/figures': (_req: Request, url: URL) => ({
        body: someFigures({ groupBy: (url.searchParams.get('groupBy') ?? 'unit') as 'unit', year: Number(url.searchParams.get('year')) }),
      }),
    });
    renderWithApp(<SuggestionFiguresPage />, { me: meAs('leader'), path: '/suggestions/figures' });

    const completion = await screen.findByRole('region', { name: '办结率' });
    expect(within(completion).getByText('95.0%')).toBeInTheDocument();
    expect(within(completion).getByText('办结 304 件 / 立案 320 件')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '按期答复率' })).getByText('92.3%')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '满意率' })).getByText('96.7%')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '解决率（A 类占比）' })).getByText('64.1%')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '逾期件数' })).getByText('7')).toBeInTheDocument();
    expect(screen.getByText(/已办结件数 ÷ 当年立案并进入办理的件数/)).toBeInTheDocument();

    // The chart is loaded on demand.
    expect(await screen.findByRole('img', { name: 'chart: 县住房和城乡建设局,县交通运输局' }, { timeout: 15_000 })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText('县交通运输局')).toBeInTheDocument();
    expect(within(table).getByText('合计')).toBeInTheDocument();

    const first = new URL(mock.requests[0].url);
    expect(first.searchParams.get('groupBy')).toBe('unit');
    expect(first.searchParams.get('year')).toBe(String(new Date().getFullYear()));
  }, 60_000);

  it('groups by category with the category names', async () => {
    const mock = mockApi({
      'GET /api/v1/suggestions/figures': (_req: Request, url: URL) => ({
        body:
          url.searchParams.get('groupBy') === 'category'
            ? someFigures({ groupBy: 'category', rows: [aFigureRow({ key: 'TRANSPORT', label: 'TRANSPORT' })] })
            : someFigures(),
      }),
    });
    renderWithApp(<SuggestionFiguresPage />, { me: meAs('staff'), path: '/suggestions/figures' });
    await screen.findByRole('region', { name: '办结率' });
    await userEvent.click(screen.getByText('类别', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(mock.requests.some((r) => new URL(r.url).searchParams.get('groupBy') === 'category')).toBe(true));
    expect(await within(screen.getByRole('table')).findByText('交通')).toBeInTheDocument();
  }, 60_000);
});
