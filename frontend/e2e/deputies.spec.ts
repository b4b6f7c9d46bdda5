/** Staff work on the deputies directory: list, paging, search, detail with history, create with server validation. */
import { expect, test } from '@playwright/test';
import { chooseFirstOption, chooseOption, login, tableRows } from './helpers';

test('staff browse, search, inspect and register deputies', async ({ page }) => {
  await login(page, 'staff1');

  await test.step('open 代表 and see the table', async () => {
    await page.getByRole('menuitem', { name: '代表', exact: true }).click();
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

  await test.step('export the filtered list as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const path = await file.path();
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(text).toContain('张');
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
    await chooseOption(page, modal, '性别', '男');
    await modal.getByLabel('出生日期').fill('1980-05-06');
    await modal.getByLabel('出生日期').press('Enter');
    await modal.getByLabel('届次').fill('18');
    await chooseFirstOption(page, modal, '代表团');
    await chooseOption(page, modal, '政治面貌', '群众');
    await chooseOption(page, modal, '代表构成', '农民');
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

    await test.step('an edit (sent with If-Match) shows up in the history', async () => {
      await drawer.getByRole('button', { name: '编辑' }).click();
      const modal = page.getByRole('dialog').filter({ hasText: `编辑代表：${unique}` });
      await modal.getByLabel('职务').fill('村委会主任');
      const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/v1/deputies/'));
      await modal.getByRole('button', { name: '保存' }).click();
      const res = await put;
      expect(res.request().headers()['if-match']).toBeTruthy();
      expect(res.status()).toBe(200);
      await expect(modal).toBeHidden();
      const history = drawer.getByRole('region', { name: '修改记录' });
      await expect(history.getByText(/修改/).first()).toBeVisible();
      await expect(history.getByText(/村委会主任/)).toBeVisible();
    });

    await test.step('saving over a change made elsewhere (412) tells the user to reload', async () => {
      await drawer.getByRole('button', { name: '编辑' }).click();
      const modal = page.getByRole('dialog').filter({ hasText: `编辑代表：${unique}` });
      await expect(modal.getByLabel('职务')).toHaveValue('村委会主任');

      // Someone else saves the same deputy in another tab (same Keycloak session).
      const other = await page.context().newPage();
      await other.goto(page.url());
      await expect(tableRows(other).filter({ hasText: unique })).toHaveCount(1, { timeout: 60_000 });
      await tableRows(other).filter({ hasText: unique }).getByText(unique).click();
      await other.getByRole('dialog').filter({ hasText: `代表详情：${unique}` }).getByRole('button', { name: '编辑' }).click();
      const otherModal = other.getByRole('dialog').filter({ hasText: `编辑代表：${unique}` });
      await otherModal.getByLabel('职务').fill('村委会副主任');
      await otherModal.getByRole('button', { name: '保存' }).click();
      await expect(otherModal).toBeHidden();
      await other.close();

      await modal.getByLabel('职务').fill('村委会委员');
      const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/v1/deputies/'));
      await modal.getByRole('button', { name: '保存' }).click();
      expect((await put).status()).toBe(412);
      const warning = page.getByRole('dialog').filter({ hasText: '记录已被他人修改' });
      await expect(warning).toBeVisible();
      await warning.getByRole('button', { name: '重新加载' }).click();
      await expect(modal.getByLabel('职务')).toHaveValue('村委会副主任');
      await modal.getByRole('button', { name: '取消' }).click();
    });
  });
});
