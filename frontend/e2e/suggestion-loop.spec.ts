/**
 * One suggestion through the whole loop (domain.md §1), each role in its own browser context:
 * deputy1 submits → staff1 registers and assigns it to 县住房和城乡建设局 → unit1 is refused a reply
 * before contacting the deputy (409), records the contact and replies class A → deputy1 rates it
 * 满意 → staff1 closes it and reads the timeline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { asUser, tableRows } from './helpers';

const UNIT = '县住房和城乡建设局';

/** Opens 建议办理, the given tab, searches the title and opens the item. */
async function openFromInbox(page: Page, tab: string | RegExp, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '建议办理' }).click();
  await expect(page).toHaveURL(/\/suggestions/);
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  const search = page.getByRole('searchbox', { name: '搜索建议' });
  await search.fill(title);
  const listed = page.waitForResponse(
    (r) => r.url().includes('/api/v1/suggestions?') && new URL(r.url()).searchParams.get('q') === title && r.url().includes('size=20'),
  );
  await search.press('Enter');
  expect((await listed).status()).toBe(200);
  await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
  const row = tableRows(page).filter({ hasText: title });
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** Waits until the element's (and its descendants') CSS animations are over, e.g. a modal zooming in. */
async function settled(locator: Locator): Promise<void> {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
}

/** Clicks a step's button in the toolbar and returns its dialog, once it has finished opening. */
async function startStep(page: Page, button: string, dialogTitle: string) {
  await page.getByRole('toolbar', { name: '办理操作' }).getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await expect(dialog).toBeVisible();
  await settled(dialog);
  return dialog;
}

/** Chooses an option of the select labelled `label`, waiting for the list to finish opening; checks it took. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  await settled(scope);
  await combobox.click();
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first();
  await expect(item).toBeVisible();
  await settled(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  await item.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(scope.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label, exact: true }) })).toContainText(option);
}

/** Sends a step and waits for its answer; returns the response. */
async function sendStep(page: Page, dialog: Locator, button: string, path: string) {
  const response = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(path));
  await dialog.getByRole('button', { name: button, exact: true }).click();
  return response;
}

async function expectStatus(page: Page, status: string) {
  await expect(page.locator('.ant-tag').filter({ hasText: new RegExp(`^${status}$`) }).first()).toBeVisible();
}

test('a suggestion goes from submission to closing', async ({ browser }) => {
  test.setTimeout(600_000);
  const title = `关于增设城关镇夜间停车泊位的建议（测试${Date.now()}）`;

  const deputy = await asUser(browser, 'deputy1');
  await test.step('deputy1 creates and submits a suggestion', async () => {
    await deputy.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '建议办理' }).click();
    await expect(deputy.getByRole('tab', { name: /我的建议/ })).toBeVisible();
    await deputy.getByRole('button', { name: '新建', exact: true }).click();
    const modal = deputy.getByRole('dialog', { name: '新建建议' });
    await expect(modal).toBeVisible();
    await settled(modal);
    await choose(deputy, modal, '类别', '城乡建设');
    await modal.getByLabel('标题').fill(title);
    await modal.getByLabel('内容').fill('城关镇老旧小区车位不足，夜间停车难，建议利用周边空地增设临时停车泊位。');
    const created = deputy.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/suggestions'));
    await modal.getByRole('button', { name: '提交', exact: true }).click();
    const res = await created;
    expect(res.status()).toBe(201);
    expect((await res.json()).status).toBe('SUBMITTED');
    await expect(deputy.getByRole('heading', { name: title })).toBeVisible();
    await expectStatus(deputy, '已提交');
  });

  const staff = await asUser(browser, 'staff1');
  await test.step('staff1 registers it from 待立案 and assigns it to the housing bureau', async () => {
    await openFromInbox(staff, /待立案/, title);
    let dialog = await startStep(staff, '立案', '立案');
    expect((await sendStep(staff, dialog, '立案', '/register')).status()).toBe(200);
    await expect(dialog).toBeHidden();
    await expectStatus(staff, '已立案');

    dialog = await startStep(staff, '交办', '交办');
    await choose(staff, dialog, '主办单位', UNIT);
    const res = await sendStep(staff, dialog, '交办', '/assign');
    expect(res.status()).toBe(200);
    expect(res.request().headers()['if-match']).toBeTruthy();
    const body = res.request().postDataJSON();
    expect(body.deadline).toBeNull();
    await expect(dialog).toBeHidden();
    await expectStatus(staff, '已交办');
    await expect(staff.getByText(UNIT).first()).toBeVisible();
    await expect(staff.locator('.ant-tag').filter({ hasText: /^正常$/ }).first()).toBeVisible();
  });

  const unit = await asUser(browser, 'unit1');
  await test.step('unit1 is told to contact the deputy before replying', async () => {
    await openFromInbox(unit, /交办给本单位/, title);
    const dialog = await startStep(unit, '答复', '答复');
    await dialog.getByRole('radio', { name: /A 类/ }).check();
    await dialog.getByLabel('答复内容').fill('已在城关镇新增夜间临时停车泊位 120 个。');
    const res = await sendStep(unit, dialog, '答复', '/reply');
    expect(res.status()).toBe(409);
    await expect(unit.getByText(/答复前须先与代表沟通/).first()).toBeVisible();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('unit1 records the contact and replies class A', async () => {
    let dialog = await startStep(unit, '登记沟通', '登记沟通情况');
    await choose(unit, dialog, '沟通方式', '电话');
    await dialog.getByLabel('沟通情况').fill('已电话联系王建国代表，约定现场查看停车点位。');
    expect((await sendStep(unit, dialog, '登记沟通', '/contact')).status()).toBe(200);
    await expect(dialog).toBeHidden();

    dialog = await startStep(unit, '答复', '答复');
    await dialog.getByRole('radio', { name: /A 类/ }).check();
    await dialog.getByLabel('答复内容').fill('已在城关镇新增夜间临时停车泊位 120 个。');
    expect((await sendStep(unit, dialog, '答复', '/reply')).status()).toBe(200);
    await expect(dialog).toBeHidden();
    await expectStatus(unit, '已答复');
  });

  await test.step('deputy1 rates the reply 满意 on all three', async () => {
    await openFromInbox(deputy, /待评价/, title);
    const dialog = await startStep(deputy, '评价', '评价答复');
    for (const aspect of ['沟通联系', '办理态度', '办理结果']) {
      await dialog.getByRole('radiogroup', { name: aspect }).getByRole('radio', { name: '满意', exact: true }).check();
    }
    const res = await sendStep(deputy, dialog, '评价', '/feedback');
    expect(res.status()).toBe(200);
    expect(res.request().postDataJSON()).toMatchObject({ contact: 'SATISFIED', attitude: 'SATISFIED', result: 'SATISFIED' });
    await expect(dialog).toBeHidden();
    await expectStatus(deputy, '已评价');
  });

  await test.step('staff1 closes it and reads the timeline', async () => {
    await openFromInbox(staff, /待办结/, title);
    const dialog = await startStep(staff, '办结', '办结');
    expect((await sendStep(staff, dialog, '办结', '/close')).status()).toBe(200);
    await expect(dialog).toBeHidden();
    await expectStatus(staff, '已办结');
    const timeline = staff.getByRole('region', { name: '办理过程' });
    for (const step of ['创建', '提交', '立案', '交办', '沟通联系', '答复', '代表评价', '办结']) {
      await expect(timeline.getByText(step, { exact: true })).toBeVisible();
    }
    await expect(timeline.getByText(/A 类/)).toBeVisible();
    for (const aspect of ['沟通联系', '办理态度', '办理结果']) {
      await expect(timeline.getByText(`${aspect}：满意`, { exact: true })).toBeVisible();
    }
  });

  await Promise.all([deputy.context().close(), staff.context().close(), unit.context().close()]);
});
