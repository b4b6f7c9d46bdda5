import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meAs } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';
import { setLanguage } from '@/lib/i18n';
import { AppLayout } from './AppLayout';

describe('AppLayout', () => {
  it('shows the administrator the user-management menu', async () => {
    renderWithApp(<AppLayout />, { me: meAs('admin') });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(nav).getByRole('menuitem', { name: '用户管理' })).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '代表' })).toBeInTheDocument();
  });

  it('hides user management from a deputy and shows who is logged in', async () => {
    renderWithApp(<AppLayout />, { me: meAs('deputy') });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(nav).queryByRole('menuitem', { name: '用户管理' })).not.toBeInTheDocument();
    expect(screen.getByText('张建国')).toBeInTheDocument();
    expect(screen.getByText('微山县人大常委会')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
  });

  it('shows a unit the 监督 group with 整改问题 only', async () => {
    renderWithApp(<AppLayout />, { me: meAs('unit', { unitId: 8 }) });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(nav).getByText('监督')).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '整改问题' })).toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '年度计划' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '数据选题' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '重点项目' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '整改统计' })).not.toBeInTheDocument();
  });

  it('shows a deputy 我的监督小组 and 重点项目 under 监督', async () => {
    renderWithApp(<AppLayout />, { me: meAs('deputy') });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(nav).getByText('监督')).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '我的监督小组' })).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '重点项目' })).toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '整改统计' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '年度计划' })).not.toBeInTheDocument();
  });

  it('shows a deputy 我的履职档案 and 结果公布 under 履职评价, and a unit no 履职评价 at all', async () => {
    renderWithApp(<AppLayout />, { me: meAs('deputy') });
    const nav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(nav).getByText('履职评价')).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '我的履职档案' })).toBeInTheDocument();
    expect(within(nav).getByRole('menuitem', { name: '结果公布' })).toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '得分排名' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('menuitem', { name: '活动登记' })).not.toBeInTheDocument();
    cleanup();
    renderWithApp(<AppLayout />, { me: meAs('unit', { unitId: 8 }) });
    const unitNav = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(unitNav).queryByText('履职评价')).not.toBeInTheDocument();
    expect(within(unitNav).queryByRole('menuitem', { name: '结果公布' })).not.toBeInTheDocument();
  });

  it('switches the interface to English', async () => {
    renderWithApp(<AppLayout />, { me: meAs('staff') });
    await userEvent.click(await screen.findByText('English'));
    expect(await screen.findByRole('menuitem', { name: 'Deputies' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    await setLanguage('zh-CN');
  });
});
