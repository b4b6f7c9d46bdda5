import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs, someRectificationFigures } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import RectificationFiguresPage, { unitCsv } from './RectificationFiguresPage';

// echarts needs a canvas, which jsdom lacks; the chart's data are checked through its text alternative.
vi.mock('@/components/Chart', () => ({
  default: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const saved = vi.hoisted(() => ({ calls: [] as [string, string][] }));
vi.mock('@/lib/csv', async (original) => ({
  ...(await original<typeof import('@/lib/csv')>()),
  saveText: (text: string, name: string) => saved.calls.push([text, name]),
}));

describe('unitCsv', () => {
  it('writes the table by unit with the rate as a percentage', () => {
    const csv = unitCsv(someRectificationFigures().byUnit, ['责任单位', '列入问题', '整改到位', '整改落实率', '逾期未整改']);
    expect(csv).toBe('\uFEFF责任单位,列入问题,整改到位,整改落实率,逾期未整改\r\n县住房和城乡建设局,7,5,71.4%,2\r\n县交通运输局,5,4,80.0%,0\r\n');
  });
});

describe('RectificationFiguresPage', () => {
  it('shows the KPI cards, the month and unit charts and the table, and exports the table', async () => {
    const mock = mockApi({
      'GET /api/v1/supervision/figures': (_req: Request, url: URL) => ({ body: someRectificationFigures({ year: Number(url.searchParams.get('year')) }) }),
    });
    renderWithApp(<RectificationFiguresPage />, { me: meAs('leader'), path: '/supervision/figures' });
    const kpi = (name: string) => screen.getByRole('region', { name }).querySelector('.ant-statistic-content-value')?.textContent;
    await screen.findByRole('region', { name: '列入问题' });
    expect(kpi('列入问题')).toBe('12');
    expect(kpi('整改到位')).toBe('9');
    expect(kpi('整改落实率')).toBe('75.0%');
    expect(kpi('逾期未整改')).toBe('2');
    expect(kpi('反弹重整改')).toBe('1');
    expect(new URL(mock.requests[0].url).searchParams.get('year')).toBe(String(new Date().getFullYear()));

    const month = await screen.findByRole('img', { name: /^各月列入\/整改到位：/ }, { timeout: 15_000 });
    expect(month.getAttribute('aria-label')).toContain('3月 12/0；');
    expect(month.getAttribute('aria-label')).toContain('6月 0/9；');
    expect(await screen.findByRole('img', { name: '各单位列入/整改到位/逾期：县住房和城乡建设局 7/5/2；县交通运输局 5/4/0' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '按责任单位' });
    expect(within(table).getByText('71.4%')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /导出 CSV/ }));
    await waitFor(() => expect(saved.calls).toHaveLength(1));
    const [text, name] = saved.calls[0];
    expect(name).toBe(`整改统计-${new Date().getFullYear()}.csv`);
    expect(text).toContain('县交通运输局,5,4,80.0%,0');
  }, 60_000);

  it('says so when the year has no problems, and offers no export', async () => {
    mockApi({ 'GET /api/v1/supervision/figures': { body: someRectificationFigures({ found: 0, rectified: 0, rectificationRate: null, byUnit: [] }) } });
    renderWithApp(<RectificationFiguresPage />, { me: meAs('staff'), path: '/supervision/figures' });
    await screen.findByRole('region', { name: '整改落实率' });
    expect(screen.getByRole('region', { name: '整改落实率' }).querySelector('.ant-statistic-content-value')?.textContent).toBe('—');
    expect(screen.getAllByText('该年度暂无问题').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /导出 CSV/ })).toBeDisabled();
  }, 60_000);
});
