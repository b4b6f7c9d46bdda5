/**
 * 履职评价 in the browser (domain.md §3), on the demo year (the current year): staff1 records an activity for
 * deputy1 and recomputes, and deputy1's dossier and score breakdown show it; deputy1 reports an activity from
 * 我的履职档案 and staff1 confirms it; the administrator edits the scheme and runs 试算 without saving.
 * Leaves its activities in the database (each with a title of its own).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { asUser, chooseOption, fillDate, login, searchAndChoose, tableRows } from './helpers';

const DEPUTY = '王建国';
const today = () => new Date().toISOString().slice(0, 10);
const stamp = () => `${Date.now().toString(36)}`;

async function menu(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name }).click();
}

async function dialog(page: Page, name: string): Promise<Locator> {
  const d = page.getByRole('dialog', { name });
  await expect(d).toBeVisible();
  return d;
}

test('staff record an activity for a deputy, recompute, and the dossier and the breakdown show it', async ({ page }) => {
  const title = `城区学校周边交通专题调研（${stamp()}）`;
  await login(page, 'staff1');
  await menu(page, '活动登记');
  await expect(page).toHaveURL(/\/evaluation\/activities/);
  await page.getByRole('button', { name: '登记活动' }).click();
  const form = await dialog(page, '登记履职活动');
  await chooseOption(page, form, '活动类型', '专题调研');
  await form.getByLabel('活动名称').fill(title);
  await fillDate(form, '活动日期', today());
  const participants = form.getByRole('table', { name: '参加代表' });
  await searchAndChoose(page, form.getByRole('combobox', { name: '参加代表' }), DEPUTY, participants.getByText(DEPUTY));
  await form.getByLabel('活动名称').click(); // closes the dropdown
  await expect(participants.getByText(DEPUTY)).toBeVisible();
  await participants.getByRole('spinbutton', { name: `${DEPUTY} 评分` }).fill('90');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  // The new activity opens in the drawer, confirmed (recorded by staff).
  const drawer = page.getByRole('dialog').filter({ hasText: '活动详情' });
  await expect(drawer.getByText(title).first()).toBeVisible();
  await expect(drawer.getByText('已确认').first()).toBeVisible();
  await expect(drawer.getByRole('table', { name: '参加代表' }).getByText('90')).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

  await menu(page, '得分排名');
  await page.getByRole('button', { name: '重新计分' }).click();
  await expect(page.getByText(/已为 \d+ 名代表重新计分（方案第 \d+ 版），用时 \d+ 毫秒/)).toBeVisible({ timeout: 60_000 });
  await expect(tableRows(page).first()).toBeVisible();

  await menu(page, '履职档案');
  await searchAndChoose(page, page.getByRole('combobox', { name: '选择代表' }), DEPUTY, page.getByRole('heading', { name: `${DEPUTY}的履职档案` }));
  const row = page.getByRole('table', { name: '履职活动' }).getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText('出席')).toBeVisible();
  await expect(page.getByRole('img', { name: /年活动日历：/ })).toBeVisible();

  await page.getByRole('link', { name: '得分明细' }).click();
  await expect(page).toHaveURL(/\/evaluation\/scores\/\d+\?year=\d+/);
  const indicator = page.getByRole('table', { name: '各项指标' }).getByRole('row').filter({ hasText: '专题调研' }).first();
  await indicator.getByRole('button', { name: /展开|Expand/ }).or(indicator.locator('.ant-table-row-expand-icon')).first().click();
  const records = page.getByRole('table', { name: '专题调研的计分记录' });
  await expect(records.getByRole('link', { name: title })).toBeVisible();
});

test('a deputy reports an activity from 我的履职档案 and staff confirm it', async ({ browser }) => {
  const title = `参加社区议事协商（${stamp()}）`;
  const deputy = await asUser(browser, 'deputy1');
  await menu(deputy, '我的履职档案');
  await expect(deputy.getByRole('heading', { name: `${DEPUTY}的履职档案` })).toBeVisible();
  await deputy.getByRole('button', { name: '自报活动' }).click();
  const form = await dialog(deputy, '自报履职活动');
  await chooseOption(deputy, form, '活动类型', '收集社情民意');
  await form.getByLabel('活动名称').fill(title);
  await fillDate(form, '活动日期', today());
  await form.getByLabel('活动内容').fill('在社区议事厅听取居民对停车难的意见');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(deputy.getByText('已提交，待工作人员确认')).toBeVisible();
  const mine = deputy.getByRole('table', { name: '履职活动' }).getByRole('row').filter({ hasText: title });
  await expect(mine.getByText('待确认')).toBeVisible();

  const staff = await asUser(browser, 'staff1', '/evaluation/activities?status=PENDING');
  await staff.getByRole('searchbox', { name: '搜索活动' }).fill(title);
  await staff.getByRole('searchbox', { name: '搜索活动' }).press('Enter');
  await expect(tableRows(staff)).toHaveCount(1);
  await tableRows(staff).getByRole('link', { name: title }).or(tableRows(staff).getByText(title)).first().click();
  const drawer = staff.getByRole('dialog').filter({ hasText: '活动详情' });
  await expect(drawer.getByText('代表自报')).toBeVisible();
  await drawer.getByRole('button', { name: '确认' }).click();
  await expect(staff.getByText('已确认，计入得分')).toBeVisible();
  await expect(drawer.getByText('已确认').first()).toBeVisible();

  await deputy.reload();
  await expect(deputy.getByRole('table', { name: '履职活动' }).getByRole('row').filter({ hasText: title }).getByText('已确认')).toBeVisible();
});

test('the administrator edits the scheme and runs 试算, seeing draft ranks against the current ones', async ({ page }) => {
  await login(page, 'admin');
  await menu(page, '评价方案');
  await expect(page.getByRole('table', { name: '指标与计分规则' })).toBeVisible();
  await page.getByRole('button', { name: '编辑' }).click();
  const form = await dialog(page, '修改评价方案');
  const first = form.getByRole('group', { name: '指标 1' });
  await first.getByRole('spinbutton', { name: '指标 1 权重' }).fill('3');
  await form.getByRole('button', { name: '试算' }).click();
  const result = form.getByRole('table', { name: /试算结果（前 \d+ 名）/ });
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result.getByRole('columnheader', { name: '现行名次' })).toBeVisible();
  await expect(result.locator('tr.ant-table-row').first()).toBeVisible();
  // Nothing is saved: the dialog stays open, and closing it leaves the scheme as it was.
  await form.getByRole('button', { name: '取消' }).click();
  await expect(form).toBeHidden();
});
