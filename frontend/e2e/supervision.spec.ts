/**
 * 数据选题 → 议题: staff1 creates a new annual plan (a far-future year; a year that already has a plan is
 * the server's 409, so another is tried), opens 数据选题, finds a candidate about 停车 and turns it into a
 * topic of that plan, then sees the topic on the plan's page. Leaves the plan and topic in the database.
 */
import { expect, test } from '@playwright/test';
import { chooseOption, login } from './helpers';

test('staff turn a 停车 candidate into a topic of a new plan', async ({ page }) => {
  await login(page, 'staff1');
  const nav = page.getByRole('navigation', { name: '主菜单' });

  // 1. A new plan.
  await nav.getByRole('menuitem', { name: '年度计划' }).click();
  await expect(page).toHaveURL(/\/supervision\/plans$/);
  await page.getByRole('button', { name: '新建计划' }).click();
  const planDialog = page.getByRole('dialog', { name: '新建年度监督计划' });
  await expect(planDialog).toBeVisible();
  const base = 2080 + Math.floor(Math.random() * 10);
  let year = 0;
  for (let i = 0; i < 20 && year === 0; i++) {
    const y = 2080 + ((base - 2080 + i) % 20);
    await planDialog.getByRole('spinbutton', { name: '年度' }).fill(String(y));
    await planDialog.getByLabel('计划名称').fill(`${y}年度监督工作计划（测试）`);
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/supervision/plans') && r.request().method() === 'POST');
    await planDialog.getByRole('button', { name: '保存' }).click();
    const status = (await created).status();
    if (status === 201 || status === 200) year = y;
    else expect(status).toBe(409);
  }
  expect(year).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/supervision\/plans\/\d+$/);
  await expect(page.getByRole('heading', { name: `${year}年度监督工作计划（测试）` })).toBeVisible();
  const planUrl = page.url();

  // 2. A 停车 candidate of this year.
  await nav.getByRole('menuitem', { name: '数据选题' }).click();
  await expect(page).toHaveURL(/\/supervision\/candidates/);
  const card = page.getByRole('article').filter({ hasText: '停车' }).first();
  await expect(card).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: '转为议题' }).click();

  // 3. Into the plan.
  const dialog = page.getByRole('dialog', { name: '转为议题' });
  await expect(dialog).toBeVisible();
  const planSelect = dialog.locator('.ant-form-item').filter({ hasText: '年度计划' }).locator('.ant-select');
  await expect(async () => {
    await chooseOption(page, dialog, '年度计划', `${year} · `);
    await expect(planSelect).toContainText(`${year} · `, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const title = `关于城区停车难问题整治情况的专项工作报告（测试${Date.now()}）`;
  await dialog.getByLabel('议题名称').fill(title);
  const posted = page.waitForResponse((r) => r.url().includes('/topics/from-candidate') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: '转为议题' }).click();
  expect((await posted).status()).toBeLessThan(300);

  // 4. The topic on the plan's page, proposed, with its source tag.
  await expect(page).toHaveURL(planUrl);
  const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('拟定')).toBeVisible();
  await expect(row.getByRole('button', { name: '列入计划' })).toBeVisible();
});
