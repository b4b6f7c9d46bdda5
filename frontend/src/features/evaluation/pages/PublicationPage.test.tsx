import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPublication, aScheme, aScoreDetail, anObjection, meAs, pageOf } from '@/testing/fixtures';
import { mockApi, refusedByRule, type RouteAnswer, type RouteHandler } from '@/testing/mock-api';
import { findDialog, renderWithApp } from '@/testing/render';
import PublicationPage from './PublicationPage';
import PerformanceIndexPage from './PerformanceIndexPage';

const SLOW = 60_000;

function routes(overrides: Record<string, RouteAnswer | RouteHandler> = {}) {
  return {
    'GET /api/v1/evaluation/publications': { body: [aPublication()] },
    'GET /api/v1/evaluation/publications/5/objections': { body: [anObjection()] },
    'GET /api/v1/evaluation/schemes': { body: [aScheme()] },
    ...overrides,
  };
}

describe('PublicationPage', () => {
  it("shows staff the window and its objections, and the server's reason when publishing is refused (409)", async () => {
    const mock = mockApi(
      routes({
        'POST /api/v1/evaluation/publications/5/publish': refusedByRule('window-not-over', '异议期到 2099-12-31 结束，结束后才能公布'),
      }),
    );
    renderWithApp(<PublicationPage />, { me: meAs('staff'), path: '/evaluation/publication?year=2026' });
    const table = await screen.findByRole('table', { name: '异议' }, { timeout: 10_000 });
    const row = (await within(table).findByText('视察次数少计一次')).closest('tr')!;
    expect(within(row).getByText('张建国')).toBeInTheDocument();
    expect(await within(row).findByText('指标：视察')).toBeInTheDocument();
    expect(within(row).getByText('待答复')).toBeInTheDocument();
    expect(screen.getByText('共 1 件，待答复 1 件')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '公布结果' }));
    expect(await screen.findByText('异议期到 2099-12-31 结束，结束后才能公布')).toBeInTheDocument();
    expect(mock.requests.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"2"');
  }, SLOW);

  it('lets staff answer an objection with its version as If-Match', async () => {
    const mock = mockApi(routes({ 'POST /api/v1/evaluation/objections/9/answer': { body: anObjection({ status: 'REJECTED', version: 1 }) } }));
    renderWithApp(<PublicationPage />, { me: meAs('staff'), path: '/evaluation/publication?year=2026' });
    const table = await screen.findByRole('table', { name: '异议' }, { timeout: 10_000 });
    await userEvent.click(await within(table).findByRole('button', { name: /答\s?复/ }));
    const modal = await findDialog('答复异议');
    await userEvent.click(within(modal).getByRole('radio', { name: '不予采纳' }));
    await userEvent.type(within(modal).getByLabelText('答复内容'), '经核对，视察记录无误');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(mock.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = mock.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"0"');
    expect(await post.json()).toEqual({ accepted: false, answer: '经核对，视察记录无误' });
  }, SLOW);

  it('lets a deputy object to one of their indicator scores during the window', async () => {
    const mock = mockApi(
      routes({
        'GET /api/v1/evaluation/scores/12': { body: aScoreDetail() },
        'GET /api/v1/evaluation/dossiers/12': { body: { activities: [] } },
        'POST /api/v1/evaluation/publications/5/objections': { status: 201, body: anObjection() },
      }),
    );
    renderWithApp(<PublicationPage />, { me: meAs('deputy'), path: '/evaluation/publication?year=2026' });
    expect(await screen.findByRole('table', { name: '我的异议' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '公布结果' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '提出异议' }));
    const modal = await findDialog('对得分提出异议');
    await userEvent.click(within(modal).getByRole('combobox', { name: '指标' }));
    await userEvent.click(await screen.findByTitle('领衔建议（2.00）'));
    await userEvent.type(within(modal).getByLabelText('异议内容'), '有一件建议未计分');
    await userEvent.click(within(modal).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('异议已提交')).toBeInTheDocument();
    expect(await mock.requests.find((r) => r.method === 'POST')!.json()).toEqual({ activityId: null, position: 1, text: '有一件建议未计分' });
  }, SLOW);

  it('shows the published results, the re-nomination list by recommendation and the excellent candidates', async () => {
    const published = aPublication({ status: 'PUBLISHED', publishedAt: '2027-01-10T02:00:00Z', openObjections: 0 });
    const row = { deputyId: 12, name: '张建国', total: 70.38, rank: 1, grade: 'EXCELLENT', points: [] };
    const mock = mockApi(
      routes({
        'GET /api/v1/evaluation/publications': { body: [published] },
        'GET /api/v1/evaluation/publications/5/results': { body: pageOf([row]) },
        'GET /api/v1/evaluation/publications/5/renomination': { body: pageOf([{ ...row, recommendation: 'RECOMMENDED' }]) },
        'GET /api/v1/evaluation/publications/5/excellent': { body: [row] },
      }),
    );
    renderWithApp(<PublicationPage />, { me: meAs('staff'), path: '/evaluation/publication?year=2026' });
    const results = await screen.findByRole('table', { name: '公布结果' }, { timeout: 10_000 });
    expect(await within(results).findByText('70.38')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '连任推荐' }));
    await userEvent.click(screen.getByRole('combobox', { name: '推荐意见' }));
    await userEvent.click(await screen.findByTitle('推荐连任'));
    await waitFor(() => expect(mock.requests.some((r) => r.url.includes('recommendation=RECOMMENDED'))).toBe(true));
    expect(await within(screen.getByRole('table', { name: '连任推荐' })).findByText('推荐连任')).toBeInTheDocument();
  }, SLOW);
});

describe('PerformanceIndexPage', () => {
  it('shows the three rates and the counts, for a chosen delegation', async () => {
    const mock = mockApi({
      'GET /api/v1/delegations': { body: pageOf([{ id: 1, version: 0, name: '城关镇代表团' }]) },
      'GET /api/v1/evaluation/performance-index': {
        body: { year: 2026, deputies: 50, claimed: 0, discovered: 6, replied: 192, solved: 108, taskClaimRate: 0, problemDiscoveryRate: 0.12, rectificationRate: 0.5625 },
      },
    });
    renderWithApp(<PerformanceIndexPage />, { me: meAs('committee'), path: '/evaluation/index?scope=delegation&id=1&year=2026' });
    const rate = await screen.findByRole('region', { name: '整改率' }, { timeout: 10_000 });
    expect(within(rate).getByText('56.3%')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '问题发现率' })).getByText('12.0%')).toBeInTheDocument();
    expect(screen.getByText('已解决').closest('.ant-statistic')!.textContent).toContain('108');
    const url = new URL(mock.requests.find((r) => r.url.includes('performance-index'))!.url);
    expect(url.searchParams.get('delegationId')).toBe('1');
    expect(url.searchParams.get('stationId')).toBeNull();
  }, SLOW);
});
