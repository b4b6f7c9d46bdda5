import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { aTopic, meAs, pageOf } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderWithApp } from '@/testing/render';
import MyTopicsPage from './MyTopicsPage';

describe('MyTopicsPage', () => {
  it("lists the deputy's group topics, newest first, each linking to its page", async () => {
    const mock = mockApi({
      'GET /api/v1/supervision/my-topics': {
        body: pageOf([aTopic({ status: 'DELIBERATED' }), aTopic({ id: 12, title: '关于农村饮水安全工作情况的视察', method: 'INSPECTION', status: 'CLOSED' })]),
      },
    });
    renderWithApp(<MyTopicsPage />, { me: meAs('deputy'), path: '/supervision/my-topics' });
    const table = await screen.findByRole('table', { name: '我的监督小组' });
    const link = await within(table).findByRole('link', { name: '关于城区停车难问题整治情况的专项工作报告' });
    expect(link).toHaveAttribute('href', '/supervision/topics/31');
    expect(within(table).getByRole('link', { name: '关于农村饮水安全工作情况的视察' })).toHaveAttribute('href', '/supervision/topics/12');
    expect(within(table).getByText('已审议')).toBeInTheDocument();
    expect(within(table).getByText('已办结')).toBeInTheDocument();
    const url = new URL(mock.requests.find((r) => r.url.includes('/my-topics'))!.url);
    expect(url.searchParams.get('sort')).toBe('id,desc');
    expect(url.searchParams.get('page')).toBe('0');
  }, 30_000);

  it('says so when the deputy is in no group', async () => {
    mockApi({ 'GET /api/v1/supervision/my-topics': { body: pageOf([]) } });
    renderWithApp(<MyTopicsPage />, { me: meAs('deputy'), path: '/supervision/my-topics' });
    expect(await screen.findByText('您目前没有参加监督小组')).toBeInTheDocument();
  }, 30_000);
});
