// 客户跟进 Customer follow-up: rep.chen finds 巴陵石化 by its pinyin initials, opens it, logs a
// visit whose next follow-up date is yesterday, and finds that follow-up waiting in 待办.
import { expect, test, type Locator } from '@playwright/test'
import { login, shot, sideMenu } from '../support/app'

const REP = process.env.SALESDESK_REP ?? 'rep.chen'
const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

/** Today plus `days` in the browser's calendar, as YYYY-MM-DD. */
function localDate(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const m = String(d.getMonth() + 1).padStart(2, '0')
  return `${d.getFullYear()}-${m}-${String(d.getDate()).padStart(2, '0')}`
}

/** Types a date into the date picker of the form item labelled `label`. */
async function pickDate(scope: Locator, label: string, date: string) {
  const input = scope.locator('.el-form-item').filter({ hasText: label }).locator('input').first()
  await input.click()
  await input.fill(date)
  await input.press('Enter')
  await expect(input).toHaveValue(date)
}

test('销售代表按助记码找到客户、记录拜访并在待办中看到跟进 A rep finds a customer by its initials, logs a visit and sees the follow-up in the inbox', async ({
  page,
}) => {
  const yesterday = localDate(-1)
  const outcome = `确认明年SBS改性沥青用量约3000吨（${Date.now().toString(36)}）`

  await test.step('登录并打开客户档案 Log in and open the customer archive', async () => {
    await login(page, REP, PASSWORD)
    await sideMenu(page).getByText('客户', { exact: true }).click()
    await sideMenu(page).getByText('客户档案').click()
    await expect(page).toHaveURL(/\/crm\/customers$/)
    await expect(page.getByTestId('customer-table')).toBeVisible()
  })

  await test.step('用助记码 blsh 搜索 Search by the initials blsh', async () => {
    await page.getByTestId('customer-search-q').fill('blsh')
    await page.getByTestId('customer-search').click()
    const row = page
      .getByTestId('customer-table')
      .locator('tbody tr')
      .filter({ hasText: '巴陵石化' })
    await expect(row.first()).toBeVisible()
    await shot(page, '20-customer-search')
  })

  await test.step('打开巴陵石化 Open 巴陵石化', async () => {
    // The row names it by short name or full name (中国石化巴陵石油化工有限公司 / 巴陵石化).
    const row = page
      .getByTestId('customer-table')
      .locator('tbody tr')
      .filter({ hasText: '巴陵石化' })
    await row.first().getByTestId('customer-link').click()
    await expect(page).toHaveURL(/\/crm\/customers\/\d+/)
    await expect(page.getByTestId('customer-title')).toContainText('巴陵石化')
    await expect(page.getByTestId('customer-info')).toBeVisible()
    await shot(page, '21-customer-page')
  })

  await test.step('记录拜访，下次跟进为昨天 Log a visit with the next follow-up yesterday', async () => {
    await page.getByRole('tab', { name: '拜访', exact: true }).click()
    await page.getByTestId('follow-up-create-visit').click()
    const dialog = page.getByTestId('follow-up-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('follow-up-purpose').fill('回访沥青使用情况')
    await dialog.getByTestId('follow-up-outcome').fill(outcome)
    await dialog.getByTestId('follow-up-next-step').fill('发送报价')
    await pickDate(dialog, '下次跟进日期', yesterday)
    await shot(page, '22-visit-dialog')
    await dialog.getByTestId('follow-up-submit').click()
    await expect(page.locator('.el-message--success').filter({ hasText: '已记录' })).toBeVisible()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('follow-up-table-visit')).toContainText(outcome)
    await expect(page.getByTestId('customer-next')).toHaveText(yesterday)
    await shot(page, '23-visit-logged')
  })

  await test.step('在待办中看到巴陵石化的跟进 The follow-up for 巴陵石化 is in the inbox', async () => {
    await expect(page.getByTestId('inbox-bell')).toBeVisible()
    await sideMenu(page).getByText('待办', { exact: true }).click()
    await expect(page).toHaveURL(/\/crm\/inbox$/)
    await page.getByTestId('inbox-tab-follow_up_due').click()
    const item = page
      .getByTestId('inbox-list-follow_up_due')
      .getByTestId('inbox-item')
      .filter({ hasText: '巴陵石化' })
    await expect(item.first()).toBeVisible()
    await shot(page, '24-inbox')
    await item.first().click()
    await expect(page).toHaveURL(/\/crm\/customers\/\d+/)
    await expect(page.getByTestId('customer-title')).toContainText('巴陵石化')
  })
})
