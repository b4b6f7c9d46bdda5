/** Shared steps of the browser tests: log in through the real Keycloak page (in a context of its own), pick antd select options. */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'luzhi123';

/** Opens the app, follows the redirect to Keycloak, logs in and waits for the app's menu. */
export async function login(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  const user = page.locator('#username');
  await expect(user).toBeVisible({ timeout: 90_000 });
  expect(page.url()).toContain('/realms/');
  await user.fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible({ timeout: 90_000 });
}

/** Chooses an option of the antd Select labelled `label` inside `scope` (a form, a dialog). */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  const select = box.locator('xpath=ancestor::div[contains(@class, "ant-form-item-control")][1]');
  // Retried until the select shows the choice: a click landing while a dropdown opens or closes is lost.
  await expect(async () => {
    if (((await select.first().textContent()) ?? '').includes(option)) return;
    await box.click();
    const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5_000 });
    await expect(select.first()).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Chooses the first option of the antd Select labelled `label` inside `scope` and returns its text.
 * Retried until the form shows it: options fetched on opening re-render the list, and a click on the old list is lost.
 */
export async function chooseFirstOption(page: Page, scope: Locator, label: string): Promise<string> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  const control = box.locator('xpath=ancestor::div[contains(@class, "ant-form-item-control")][1]').first();
  let chosen = '';
  await expect(async () => {
    if (chosen !== '' && ((await control.textContent()) ?? '').includes(chosen)) return;
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    const first = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
    await expect(first).toBeVisible({ timeout: 5_000 });
    chosen = ((await first.textContent()) ?? '').trim();
    await first.click({ timeout: 5_000 });
    await expect(control).toContainText(chosen, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return chosen;
}

/**
 * Types `text` into the searching select `box` and picks the first option holding it, retried until `shown`
 * (what the page shows once the choice took: a participant row, the chosen deputy's heading) is visible.
 */
export async function searchAndChoose(page: Page, box: Locator, text: string, shown: Locator): Promise<void> {
  await expect(async () => {
    if (await shown.first().isVisible()) return;
    await box.fill(text);
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first();
    await option.click({ timeout: 5_000 });
    await expect(shown.first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
}

/** Data rows of the page's antd table (the header row and the placeholder row excluded). */
export function tableRows(page: Page) {
  return page.locator('.ant-table-tbody tr.ant-table-row');
}

/** A new browser context (the project's base URL, locale and viewport) logged in as `username` at `path`. */
export async function asUser(browser: Browser, username: string, path = '/'): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, viewport: use.viewport });
  const page = await context.newPage();
  await login(page, username, path);
  return page;
}

/** Types a date into the antd DatePicker labelled `label` inside `scope`. */
export async function fillDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
