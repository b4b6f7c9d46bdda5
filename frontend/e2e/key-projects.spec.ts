/**
 * 三问两评: staff1 creates a key project (a test year, 2080–2099) and records the plan and the mid-year
 * progress answers; deputy1 finds it under 重点项目, rates it 满意 in the mid-year round and sees the result;
 * a second vote in the same round is refused with the server's message. Leaves the project in the database.
 */
import { expect, test } from '@playwright/test';
import { asUser, chooseOption, login, tableRows } from './helpers';

test('a deputy rates a key project once per round', async ({ page, browser }) => {
  const name = `城区停车场建设项目（测试${Date.now()}）`;
  const year = 2080 + Math.floor(Math.random() * 20);
  await login(page, 'staff1');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '重点项目' }).click();
  await expect(page).toHaveURL(/\/supervision\/key-projects/);

  // 1. A new key project, opened on its page.
  await page.getByRole('button', { name: '确定重点项目' }).click();
  const dialog = page.getByRole('dialog', { name: '确定重点项目' });
  await dialog.getByRole('spinbutton', { name: '年度' }).fill(String(year));
  await dialog.getByLabel('项目名称').fill(name);
  await chooseOption(page, dialog, '责任单位', '县住房和城乡建设局');
  await dialog.getByRole('spinbutton', { name: '通过线' }).fill('80');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/supervision\/key-projects\/\d+$/);
  const url = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('80.0%').first()).toBeVisible();

  // 2. The plan, then the progress (the asks come in order).
  for (const [ask, text] of [
    ['年初问计划', '年内新建停车场 3 处、泊位 1200 个'],
    ['年中问进度', '已建成 2 处、泊位 800 个'],
  ]) {
    await page.getByRole('button', { name: `登记${ask}` }).click();
    const askDialog = page.getByRole('dialog', { name: '登记三问答复' });
    await expect(askDialog).toBeVisible();
    await askDialog.getByLabel('责任单位答复').fill(text);
    await askDialog.getByRole('button', { name: '保存' }).click();
    await expect(askDialog).toBeHidden();
    await expect(page.getByLabel('三问', { exact: true }).getByText(text)).toBeVisible();
  }
  await expect(page.getByRole('button', { name: '登记年底问结果' })).toBeVisible();

  // 3. deputy1 finds it under 重点项目 (the year's list) and rates it.
  const deputy = await asUser(browser, 'deputy1', `/supervision/key-projects?year=${year}`);
  await expect(tableRows(deputy).filter({ hasText: name })).toHaveCount(1);
  await tableRows(deputy).filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(deputy).toHaveURL(new RegExp(`${url}$`));
  const vote = deputy.locator('.ant-card').filter({ hasText: '我的评议' });
  await expect(vote.getByRole('radio', { name: '年中评议' })).toBeChecked();
  await expect(vote.getByRole('radio', { name: '年底评议' })).toHaveCount(0);
  await vote.getByText('满意', { exact: true }).click();
  await vote.getByRole('button', { name: '提交评议' }).click();
  await expect(vote.getByText('已提交年中评议：满意')).toBeVisible();
  const midYear = deputy.getByRole('region', { name: '年中评议' });
  await expect(midYear.getByRole('row', { name: /投票数\s*1/ })).toBeVisible();
  await expect(midYear.getByText('通过 100.0%')).toBeVisible();

  // 4. A second vote in the round is refused with the server's message.
  await vote.getByText('基本满意', { exact: true }).click();
  const refused = deputy.waitForResponse((r) => r.url().endsWith('/votes') && r.request().method() === 'POST');
  await vote.getByRole('button', { name: '提交评议' }).click();
  expect((await refused).status()).toBe(409);
  await expect(vote.getByText('本轮评议已投票，不能重复投票')).toBeVisible();
  await expect(midYear.getByRole('row', { name: /投票数\s*1/ })).toBeVisible();
  await deputy.context().close();
});
