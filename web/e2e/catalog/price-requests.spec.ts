// 调价申请 A rep proposes a customer price for next year (山东路桥, 道路石油沥青 90# A级); the head
// of sales (李华 head.li, price.set) approves it from 待办, and the agreed price is in force from
// its date. The price is this test's own, so nothing else in the demo is needed or changed.
import { expect, test } from '@playwright/test'
import { confirmBox, login, logout, shot } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'
const PRICE = `${3800 + (Date.now() % 97)}.00`
const REASON = `明年路网养护招标 e2e-${Date.now()}`

test('代表提出调价，销售总监在待办批准 A rep proposes a price; the head of sales approves it from the inbox', async ({
  page,
}) => {
  await test.step('代表提出客户协议价 The rep proposes a customer price', async () => {
    await login(page, 'rep.zhang', PASSWORD)
    await page.goto('/catalog/price-requests')
    await page.getByTestId('price-request-create').click()
    await page.getByTestId('price-request-product').click()
    await page.getByTestId('price-request-product').locator('input').fill('P00010')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: 'P00010' })
      .first()
      .click()
    await page.getByTestId('price-request-customer').click()
    await page.getByTestId('price-request-customer').locator('input').fill('山东高速')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: '山东高速路桥集团' })
      .first()
      .click()
    await page.getByTestId('price-request-price').fill(PRICE)
    const from = page
      .locator('.el-dialog .el-form-item')
      .filter({ hasText: '生效日期' })
      .locator('input')
      .first()
    await from.click()
    await from.fill('2027-01-01')
    await from.press('Enter')
    await expect(from).toHaveValue('2027-01-01')
    await page.getByTestId('price-request-reason').fill(REASON)
    await shot(page, '76-price-request-propose')
    await page.getByTestId('price-request-submit').click()
    await expect(
      page.getByTestId('price-request-table').locator('tbody tr').filter({ hasText: REASON }),
    ).toHaveCount(1)
    await logout(page)
  })

  await test.step('销售总监在待办批准 head.li approves it in the inbox', async () => {
    await login(page, 'head.li', PASSWORD)
    await page.goto('/crm/inbox')
    await page.getByTestId('inbox-tab-price_change_to_approve').click()
    const rows = () =>
      page
        .getByTestId('inbox-list-price_change_to_approve')
        .locator('tbody tr')
        .filter({ hasText: REASON })
    await expect(rows()).toHaveCount(1)
    await expect(rows()).toContainText(PRICE.replace('.00', '.0000'))
    await shot(page, '77-inbox-price-request')
    await rows().getByTestId('inbox-approve').click()
    await confirmBox(page)
    await expect(rows()).toHaveCount(0)
  })

  await test.step('协议价从生效日起执行 The agreed price is in force from its date', async () => {
    await page.goto('/catalog/price-rules')
    const row = page
      .getByTestId('customer-price-table')
      .locator('tbody tr')
      .filter({ hasText: '2027-01-01' })
      .filter({ hasText: PRICE.replace('.00', '') })
    await expect(row.first()).toBeVisible()
    await expect(row.first()).toContainText('山东高速路桥集团')
    await shot(page, '78-customer-price-approved')
  })
})
