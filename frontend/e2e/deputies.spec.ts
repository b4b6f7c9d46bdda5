/** Staff work on the deputies directory: list, paging, search, detail with history, create with server validation. */
import { expect, test } from '@playwright/test';
import { chooseFirstOption, chooseOption, login, tableRows } from './helpers';

test('staff browse, search, inspect and register deputies', async ({ page }) => {
  await login(page, 'staff1');

  await test.step('open 代表 and see the table', async () => {
    await page.getByRole('menuitem', { name: '代表' }).click();
    await expect(page).toHaveURL(/\/deputies/);
    await expect(page.getByRole('heading', { name: '代表' })).toBeVisible();
    await expect(tableRows(page).first()).toBeVisible();
    expect(await tableRows(page).count()).toBeGreaterThan(1);
  });

  await test.step('go to page 2', async () => {
    const firstOnPage1 = await tableRows(page).first().locator('td').first().innerText();
    const page2 = page.waitForResponse((r) => r.url().includes('/api/v1/deputies?') && r.url().includes('page=1'));
    await page.locator('.ant-pagination-item-2').click();
    expect((await page2).status()).toBe(200);
    await expect(page).toHaveURL(/page=1/);
    await expect(page.locator('.ant-pagination-item-2')).toHaveClass(/ant-pagination-item-active/);
    await expect(tableRows(page).first()).toBeVisible();
    await expect(tableRows(page).first().locator('td').first()).not.toHaveText(firstOnPage1);
  });

  await test.step('search 张', async () => {
    const search = page.waitForResponse((r) => r.url().includes('/api/v1/deputies?') && decodeURIComponent(r.url()).includes('q=张'));
    await page.getByRole('searchbox', { name: '搜索代表' }).fill('张');
    await page.getByRole('searchbox', { name: '搜索代表' }).press('Enter');
    expect((await search).status()).toBe(200);
    await expect(page).toHaveURL(/q=/);
    await expect(tableRows(page).first()).toBeVisible();
    await expect(tableRows(page).filter({ hasText: '张' }).first()).toBeVisible();
  });

  await test.step("open a deputy's detail drawer and see its history", async () => {
    const row = tableRows(page).filter({ hasText: '张' }).first();
    const name = (await row.locator('td').first().innerText()).trim();
    await row.locator('td').first().getByText(name).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `代表详情：${name}` });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByText('代表团', { exact: true }).first()).toBeVisible();
    const history = drawer.getByRole('region', { name: '修改记录' });
    await expect(history).toBeVisible();
    await expect(history.locator('.ant-timeline-item, .ant-steps-item, .ant-empty').first()).toBeVisible();
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await expect(drawer).toBeHidden();
  });

  const unique = `测试代表${Date.now() % 1_000_000}`;

  await test.step('a name longer than 50 characters is refused by the server on the name field', async () => {
    await page.getByRole('button', { name: '新增', exact: true }).click();
    const modal = page.getByRole('dialog').filter({ hasText: '新增代表' });
    await expect(modal).toBeVisible();
    await modal.getByLabel('姓名').fill('长'.repeat(51));
    await chooseOption(page, '性别', '男');
    await modal.getByLabel('出生日期').fill('1980-05-06');
    await modal.getByLabel('出生日期').press('Enter');
    await modal.getByLabel('届次').fill('18');
    await chooseFirstOption(page, '代表团');
    await chooseOption(page, '政治面貌', '群众');
    await chooseOption(page, '代表构成', '农民');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/deputies') && r.request().method() === 'POST');
    await modal.getByRole('button', { name: '保存' }).click();
    const res = await created;
    expect(res.status()).toBe(400);
    const problem = await res.json();
    expect(res.headers()['content-type']).toContain('application/problem+json');
    const nameError = (problem.errors as { field: string; message: string }[]).find((e) => e.field.endsWith('name'));
    expect(nameError).toBeTruthy();
    const nameItem = modal.locator('.ant-form-item').filter({ has: page.getByLabel('姓名') });
    await expect(nameItem.locator('.ant-form-item-explain-error')).toHaveText(nameError!.message);
    await expect(modal.getByLabel('姓名')).toHaveAttribute('aria-invalid', 'true');
    await expect(modal).toBeVisible();

    await test.step('a valid deputy is created', async () => {
      await modal.getByLabel('姓名').fill(unique);
      const ok = page.waitForResponse((r) => r.url().endsWith('/api/v1/deputies') && r.request().method() === 'POST');
      await modal.getByRole('button', { name: '保存' }).click();
      expect((await ok).status()).toBe(201);
      await expect(modal).toBeHidden();
    });
  });

  await test.step('the new deputy is in the list, with a 新建 history entry', async () => {
    await page.getByRole('searchbox', { name: '搜索代表' }).fill(unique);
    await page.getByRole('searchbox', { name: '搜索代表' }).press('Enter');
    const row = tableRows(page).filter({ hasText: unique });
    await expect(row).toHaveCount(1);
    await row.getByText(unique).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `代表详情：${unique}` });
    await expect(drawer.getByRole('region', { name: '修改记录' }).getByText(/新建/)).toBeVisible();
  });
});
