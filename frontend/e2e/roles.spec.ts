/** What each role sees: a deputy reads the directory only; the administrator manages users. */
import { expect, test } from '@playwright/test';
import { login, tableRows } from './helpers';

test('a deputy sees no 新增 button and no 用户管理 menu', async ({ page }) => {
  await login(page, 'deputy1');
  const nav = page.getByRole('navigation', { name: '主菜单' });
  await expect(nav.getByRole('menuitem', { name: '代表', exact: true })).toBeVisible();
  await expect(nav.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);

  await nav.getByRole('menuitem', { name: '代表', exact: true }).click();
  await expect(tableRows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '新增', exact: true })).toHaveCount(0);

  await page.goto('/users');
  await expect(page.getByText('无权访问')).toBeVisible({ timeout: 60_000 });
});

test('the administrator sees 用户管理 and the accounts', async ({ page }) => {
  await login(page, 'admin');
  const menu = page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '用户管理' });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(page).toHaveURL(/\/users/);
  await expect(page.getByRole('button', { name: '新建账号' })).toBeVisible();
  await expect(tableRows(page).first()).toBeVisible();
});
