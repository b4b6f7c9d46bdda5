/**
 * A topic through to rectification (domain.md §2), each role in its own browser context: staff1 sets the
 * cadence of a test plan (years 2080–2099), adds a topic, edits it on its page, forms its supervision group,
 * adds and completes a milestone, takes it to 已审议 and lists a problem for 县住房和城乡建设局 → escalates it →
 * unit1 reports it rectified → staff1 verifies it on 整改问题, and a look-back finds it back (reopened).
 * Then 整改统计 shows the year's figures with both charts and exports the by-unit table.
 * Leaves its records in the database.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { asUser, chooseFirstOption, chooseOption, fillDate, login, tableRows } from './helpers';

const UNIT = '县住房和城乡建设局';

/** Opens a plan of the years kept for browser tests (creating one if there is none) and returns its URL. */
async function openTestPlan(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '年度计划' }).click();
  await expect(page).toHaveURL(/\/supervision\/plans$/);
  await expect(tableRows(page).first()).toBeVisible();
  // Sorted by year, newest first: the test years come before the real ones.
  const years = (await tableRows(page).locator('td:first-child').allTextContents()).map(Number);
  const at = years.findIndex((y) => y >= 2080 && y <= 2099);
  if (at >= 0) {
    await tableRows(page).nth(at).getByRole('link').click();
  } else {
    await page.getByRole('button', { name: '新建计划' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年度监督计划' });
    await dialog.getByRole('spinbutton', { name: '年度' }).fill('2099');
    await dialog.getByLabel('计划名称').fill('2099年度监督工作计划（测试）');
    await dialog.getByRole('button', { name: '保存' }).click();
  }
  await expect(page).toHaveURL(/\/supervision\/plans\/\d+$/);
  return page.url();
}

async function openDialog(page: Page, button: Locator, name: string): Promise<Locator> {
  await button.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The problem's drawer from 整改问题, found by its description. */
async function openProblem(page: Page, description: string): Promise<Locator> {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '整改问题' }).click();
  await expect(page).toHaveURL(/\/supervision\/problems/);
  const row = tableRows(page).filter({ hasText: description });
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  await row.getByRole('button', { name: '详情' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '问题详情' });
  await expect(drawer.getByText(description).first()).toBeVisible();
  return drawer;
}

/** Runs one rectification step from the drawer's toolbar: fills the note, `fill` the rest, submits. */
async function problemStep(page: Page, drawer: Locator, action: string, title: string, note: string, fill?: (d: Locator) => Promise<void>) {
  await drawer.getByRole('toolbar', { name: '整改操作' }).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('说明').fill(note);
  await fill?.(dialog);
  const posted = page.waitForResponse((r) => /\/api\/v1\/supervision\/problems\/\d+\//.test(r.url()) && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: action }).click();
  expect((await posted).status()).toBe(200);
  await expect(dialog).toBeHidden();
}

test.describe.serial('supervision rectification', () => {
  test('a topic from its page to a problem that is reported, verified, looked back at and reopened', async ({ page, browser }) => {
    const stamp = Date.now();
    await login(page, 'staff1');
    const planUrl = await openTestPlan(page);

    // 1. The plan's cadence: the work items of the year.
    const cadence = page.locator('.ant-card').filter({ hasText: '工作节奏（五个一）' });
    const cadenceDialog = await openDialog(page, cadence.getByRole('button', { name: '设定工作节奏' }), '设定工作节奏');
    await cadenceDialog.getByRole('spinbutton', { name: '每月通报日' }).fill('8');
    await cadenceDialog.getByRole('button', { name: '保存' }).click();
    await expect(cadenceDialog).toBeHidden();
    const items = cadence.getByRole('table', { name: '工作节奏（五个一）' });
    await expect(items.getByRole('cell', { name: '1月工作通报', exact: true })).toBeVisible();
    await expect(items.getByRole('cell', { name: '年度审议及满意度测评', exact: true })).toBeVisible();
    // The settings are kept: the form opens on them again.
    const again = await openDialog(page, cadence.getByRole('button', { name: '设定工作节奏' }), '设定工作节奏');
    await expect(again.getByRole('spinbutton', { name: '每月通报日' })).toHaveValue('8');
    await again.getByRole('button', { name: '取消' }).click();
    await expect(again).toBeHidden();

    // 2. A new topic on the plan, opened on its own page.
    const title = `城区停车整治专项报告（测试${stamp}）`;
    const topicDialog = await openDialog(page, page.getByRole('button', { name: '新增议题' }), '新增议题');
    await topicDialog.getByLabel('议题名称').fill(title);
    await chooseOption(page, topicDialog, '监督方式', '听取审议专项工作报告');
    await topicDialog.getByRole('checkbox', { name: '建议热点' }).check();
    await chooseOption(page, topicDialog, '被监督单位', UNIT);
    await page.keyboard.press('Escape');
    await topicDialog.getByRole('button', { name: '保存' }).click();
    await expect(topicDialog).toBeHidden();
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/supervision\/topics\/\d+$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('拟定', { exact: true })).toBeVisible();
    await expect(page.getByText(UNIT)).toBeVisible();

    // 3. Edited on its page (If-Match).
    const edited = `${title}（修改）`;
    const editDialog = await openDialog(page, page.getByRole('button', { name: '编辑' }), '修改议题');
    await editDialog.getByLabel('议题名称').fill(edited);
    await editDialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: edited })).toBeVisible();

    // 4. Its supervision group: a leading deputy and a member.
    const groupCard = page.locator('.ant-card').filter({ hasText: '监督小组' });
    const groupDialog = await openDialog(page, groupCard.getByRole('button', { name: '组建小组' }), '监督小组（一事一小组）');
    const leader = (await chooseFirstOption(page, groupDialog, '组长')).replace(/（.*$/, '');
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
    await chooseFirstOption(page, groupDialog, '组员');
    await page.keyboard.press('Escape');
    await groupDialog.getByRole('button', { name: '保存' }).click();
    await expect(groupDialog).toBeHidden();
    await expect(groupCard.getByRole('listitem').filter({ hasText: `${leader}（组长）` })).toBeVisible();
    await expect(groupCard.getByRole('listitem')).toHaveCount(2);

    // 5. A milestone, then done.
    const schedule = page.locator('.ant-card').filter({ hasText: '进度安排' });
    const milestoneDialog = await openDialog(page, schedule.getByRole('button', { name: '添加节点' }), '添加节点');
    await milestoneDialog.getByLabel('节点内容').fill('前置审议：委员会听取汇报');
    await fillDate(milestoneDialog, '时间节点', '2099-05-20');
    await milestoneDialog.getByRole('button', { name: '保存' }).click();
    await expect(milestoneDialog).toBeHidden();
    await schedule.getByRole('button', { name: '完成 前置审议：委员会听取汇报' }).click();
    await expect(schedule.getByText(/\d{4}-\d{2}-\d{2} 完成/)).toBeVisible();

    // 6. 列入计划 → 开始实施 → 登记审议 from the page's header.
    for (const [step, status] of [
      ['列入计划', '列入计划'],
      ['开始实施', '实施中'],
      ['登记审议', '已审议'],
    ]) {
      await page.getByRole('button', { name: step }).click();
      await expect(page.locator('.ant-descriptions').getByText(status, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);

    // 7. A problem from the deliberation, listed on the topic's page.
    const description = `老旧小区夜间占道停车普遍（测试${stamp}）`;
    const problemDialog = await openDialog(page, page.getByRole('button', { name: '新增问题' }), '新增问题');
    await problemDialog.getByLabel('问题', { exact: true }).fill(description);
    await chooseOption(page, problemDialog, '责任单位', UNIT);
    await problemDialog.getByLabel('责任人').fill('王局长');
    await problemDialog.getByLabel('整改措施').fill('新增夜间共享泊位 500 个');
    await fillDate(problemDialog, '整改期限', '2099-06-30');
    await problemDialog.getByRole('button', { name: '保存' }).click();
    await expect(problemDialog).toBeHidden();
    const problems = page.getByRole('table', { name: '整改问题' });
    await expect(problems.getByText(description)).toBeVisible();
    await expect(problems.getByText('整改中')).toBeVisible();

    // 8. Escalated by staff (督促提醒).
    let drawer = await openProblem(page, description);
    await problemStep(page, drawer, '升级督办', '升级督办', '进度滞后，督促提醒');
    await expect(drawer.getByText('督促提醒').first()).toBeVisible();

    // 9. unit1 reports it rectified.
    const unit = await asUser(browser, 'unit1');
    const unitDrawer = await openProblem(unit, description);
    await problemStep(unit, unitDrawer, '报告进展', '报告整改进展', '已施划泊位 500 个', (d) =>
      d.getByRole('checkbox', { name: '整改已完成，报请核实' }).check(),
    );
    await expect(unitDrawer.getByText('待核实').first()).toBeVisible();
    await unit.context().close();

    // 10. staff1 verifies it, then a look-back finds it back: reopened with a new deadline.
    await page.goto(planUrl);
    drawer = await openProblem(page, description);
    await expect(drawer.getByText('待核实').first()).toBeVisible();
    await problemStep(page, drawer, '核实', '核实整改情况', '现场核实，泊位已投用', (d) => d.getByRole('radio', { name: '整改到位' }).check());
    await expect(drawer.getByText('已整改').first()).toBeVisible();
    await problemStep(page, drawer, '回头看', '回头看', '回头看发现夜间占道反弹', async (d) => {
      await chooseOption(page, d, '回头看结论', '部分整改');
      await fillDate(d, '新的整改期限', '2099-09-30');
    });
    await expect(drawer.getByText('整改中').first()).toBeVisible();
    await expect(drawer.getByText('回头看重启 1 次')).toBeVisible();
    const history = drawer.getByRole('region', { name: '整改过程' });
    for (const step of ['列入问题清单', '升级督办', '报告整改完成', '核实到位', '回头看：重新整改']) {
      await expect(history.getByText(new RegExp(`^${step} · `))).toBeVisible();
    }
  });

  test('整改统计 shows the year with its charts and exports the table by unit', async ({ page }) => {
    await login(page, 'leader1');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '整改统计' }).click();
    await expect(page).toHaveURL(/\/supervision\/figures$/);
    const found = page.getByRole('region', { name: '列入问题' });
    await expect(found).toBeVisible();
    expect(Number(await found.locator('.ant-statistic-content-value').textContent())).toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: '整改落实率' }).locator('.ant-statistic-content-value')).toHaveText(/^\d+\.\d%$/);
    await expect(page.getByRole('region', { name: '反弹重整改' })).toBeVisible();

    // Both charts drew on their canvas.
    const month = page.getByRole('img', { name: /^各月列入\/整改到位：1月/ });
    const byUnit = page.getByRole('img', { name: new RegExp(`^各单位列入/整改到位/逾期：.*${UNIT}`) });
    await expect(month.locator('canvas')).toBeVisible();
    await expect(byUnit.locator('canvas')).toBeVisible();

    const table = page.getByRole('table', { name: '按责任单位' });
    await expect(table.getByRole('row').filter({ hasText: UNIT })).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^整改统计-\d{4}\.csv$/);
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toContain('责任单位,列入问题,整改到位,整改落实率,逾期未整改');
    expect(text).toContain(UNIT);
  });
});
