/**
 * 一事一小组 seen by its member: deputy1 leads the demo year's parking topic's supervision group; under
 * 我的监督小组 they open the topic and read its group, schedule and problems (a problem's drawer with its
 * history), with no button to change anything. Writes nothing.
 */
import { expect, test } from '@playwright/test';
import { login, tableRows } from './helpers';

const TOPIC = '关于城区停车难问题整治情况的专项工作报告';

test('a deputy reads the topic of their supervision group from 我的监督小组', async ({ page }) => {
  await login(page, 'deputy1');
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem', { name: '年度计划' })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: '我的监督小组' }).click();
  await expect(page).toHaveURL(/\/supervision\/my-topics$/);
  await page.getByRole('table', { name: '我的监督小组' }).getByRole('link', { name: TOPIC }).click();

  await expect(page).toHaveURL(/\/supervision\/topics\/\d+$/);
  await expect(page.getByRole('heading', { name: TOPIC })).toBeVisible();
  const group = page.getByRole('list', { name: '监督小组' });
  await expect(group.getByRole('listitem').filter({ hasText: '（组长）' })).toHaveCount(1);
  await expect(group.getByRole('listitem')).toHaveCount(4);
  const problems = page.getByRole('table', { name: '整改问题' });
  const problem = problems.getByRole('row').filter({ hasText: '老旧小区停车泊位缺口大' });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('button', { name: /编辑|新增问题|组建小组|调整小组|添加节点/ })).toHaveCount(0);

  await problem.getByText('老旧小区停车泊位缺口大').click();
  const drawer = page.getByRole('dialog').filter({ hasText: '问题详情' });
  await expect(drawer.getByText('县住房和城乡建设局').first()).toBeVisible();
  await expect(drawer.getByRole('region', { name: '整改过程' })).toBeVisible();
  await expect(drawer.getByRole('toolbar', { name: '整改操作' })).toHaveCount(0);

  // Back to the list of their groups.
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
  await expect(drawer).toBeHidden();
  await page.getByRole('link', { name: /返回我的监督小组/ }).click();
  await expect(page).toHaveURL(/\/supervision\/my-topics$/);
  await expect(tableRows(page).filter({ hasText: TOPIC })).toHaveCount(1);
});
