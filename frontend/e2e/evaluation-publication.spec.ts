/**
 * 结果公布 as far as the browser can go without waiting for an objection window to end (domain.md §3): on a free
 * test year (2080–2099, one publication per year), the administrator makes the year's scheme and recomputes;
 * staff1 opens the objection window; deputy1 objects to an indicator score; staff1 answers; publishing is refused
 * (the window is not over) with the server's explanation. Leaves the year's scheme and publication behind.
 */
import { expect, test, type Page } from '@playwright/test';
import { asUser, chooseOption } from './helpers';

/** A test year without a publication yet, in random order (earlier runs leave theirs behind). */
async function freeYear(page: Page): Promise<number> {
  const years = Array.from({ length: 20 }, (_, i) => 2080 + i).sort(() => Math.random() - 0.5);
  for (const year of years) {
    await page.goto(`/evaluation/publication?year=${year}`);
    const main = page.getByRole('main').first();
    await expect(main.getByText('该年度尚未公示').or(main.getByText('异议期截止'))).toBeVisible();
    if (await page.getByRole('button', { name: '开启异议期' }).isVisible()) return year;
  }
  throw new Error('every test year 2080–2099 already has a publication');
}

test('staff open the objection window, a deputy objects to an indicator, staff answer, and publishing waits for the window', async ({ browser }) => {
  const admin = await asUser(browser, 'admin');
  const year = await freeYear(admin);

  await admin.goto(`/evaluation/schemes?year=${year}`);
  await expect(admin.getByText('该年度尚无评价方案').or(admin.getByRole('table', { name: '指标与计分规则' }))).toBeVisible();
  if (await admin.getByRole('button', { name: '制定方案' }).isVisible()) {
    await admin.getByRole('button', { name: '制定方案' }).click();
    const form = admin.getByRole('dialog', { name: '制定评价方案' });
    await expect(form.getByRole('spinbutton', { name: '年度' })).toHaveValue(String(year));
    await form.getByLabel('方案名称').fill(`${year} 年度代表履职评价方案（测试）`);
    await form.getByRole('button', { name: '添加指标' }).click();
    const indicator = form.getByRole('group', { name: '指标 1' });
    await indicator.getByRole('textbox', { name: '指标 1 指标名称' }).fill('出席代表大会会议');
    // A choice made while the dropdown is still opening can be lost: choose until the field shows it.
    for (const [label, option] of [['指标 1 活动类型', '出席代表大会会议'], ['指标 1 计分方式', '按出席率']]) {
      const field = indicator.locator('.ant-form-item').filter({ has: admin.getByRole('combobox', { name: label, exact: true }) });
      await expect(async () => {
        await chooseOption(admin, indicator, label, option);
        await expect(field.locator('.ant-select-content, .ant-select-selection-item').first()).toHaveText(option, { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
    }
    await indicator.getByRole('spinbutton', { name: '指标 1 满分' }).fill('20');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(admin.getByText('方案已制定')).toBeVisible();
  }
  await expect(admin.getByRole('table', { name: '指标与计分规则' }).getByText('出席代表大会会议').first()).toBeVisible();

  await admin.goto(`/evaluation/scores?year=${year}`);
  await admin.getByRole('button', { name: '重新计分' }).click();
  await expect(admin.getByText(/已为 \d+ 名代表重新计分/)).toBeVisible({ timeout: 60_000 });

  const staff = await asUser(browser, 'staff1', `/evaluation/publication?year=${year}`);
  await staff.getByRole('button', { name: '开启异议期' }).click();
  const open = staff.getByRole('dialog', { name: '公示得分并开启异议期' });
  await expect(open.getByRole('spinbutton', { name: '年度' })).toHaveValue(String(year));
  await open.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByText('异议期已开启')).toBeVisible();
  await expect(staff.getByRole('main').first().getByText('异议期', { exact: true })).toBeVisible();

  const text = `“出席代表大会会议”得分有误（${Date.now().toString(36)}）`;
  const deputy = await asUser(browser, 'deputy1', `/evaluation/publication?year=${year}`);
  await deputy.getByRole('button', { name: '提出异议' }).click();
  const raise = deputy.getByRole('dialog', { name: '对得分提出异议' });
  await chooseOption(deputy, raise, '指标', '出席代表大会会议');
  await raise.getByLabel('异议内容').fill(text);
  await raise.getByRole('button', { name: '保存' }).click();
  await expect(deputy.getByText('异议已提交')).toBeVisible();
  const mine = deputy.getByRole('table', { name: '我的异议' }).getByRole('row').filter({ hasText: text });
  await expect(mine.getByText('待答复')).toBeVisible();
  await expect(mine.getByText('指标：出席代表大会会议')).toBeVisible();

  await staff.reload();
  const row = staff.getByRole('table', { name: '异议' }).getByRole('row').filter({ hasText: text });
  await row.getByRole('button', { name: '答复' }).click();
  const answer = staff.getByRole('dialog', { name: '答复异议' });
  await answer.getByRole('radio', { name: '不予采纳' }).check();
  await answer.getByLabel('答复内容').fill('经核对，会议出席记录无误。');
  await answer.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByText('已答复', { exact: true })).toBeVisible();
  await expect(row.getByText('不予采纳')).toBeVisible();
  await expect(row.getByText('经核对，会议出席记录无误。')).toBeVisible();

  await staff.getByRole('button', { name: '公布结果' }).click();
  const refusal = staff.getByRole('alert').filter({ hasText: '暂不能公布' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(/异议期/);

  await deputy.reload();
  await expect(deputy.getByRole('table', { name: '我的异议' }).getByRole('row').filter({ hasText: text }).getByText('经核对，会议出席记录无误。')).toBeVisible();
});
