// 低于底价的报价 The rep quotes a dealer of hers (天津津路沥青, 经销商) SBS I-D: the editor proposes the
// list price and shows the rule and the dealer floor; she types a price under the floor, the line
// is marked, she submits and it waits for her manager (王建国 deputy.wang, SALES-N), who approves
// it from 待办; she sends it and the print preview shows the total in Chinese capitals.
import { expect, test } from '@playwright/test'
import { confirmBox, login, logout, shot } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'
const CUSTOMER = '天津津路沥青经销有限公司'
// A quantity of its own, so the quotation is this test's whatever else the demo holds.
const QTY = String(20 + (Date.now() % 50))
const PRICE = '4500.00'
const TOTAL = `${BigInt(QTY) * 4500n}.00`

test('代表低于底价报价，经理在待办批准后发送 A rep quotes below the floor; her manager approves it from the inbox', async ({
  page,
}) => {
  let number = ''

  await test.step('编制报价单，看到建议价、规则与底价 Build it; the hint shows price, rule and floor', async () => {
    await login(page, 'rep.zhang', PASSWORD)
    await page.goto('/sales/quotations')
    await page.getByTestId('quotation-create').click()
    await page.getByTestId('quotation-customer').click()
    await page.getByTestId('quotation-customer').locator('input').fill('津路')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: CUSTOMER })
      .first()
      .click()
    await page.getByTestId('quotation-product').click()
    await page.getByTestId('quotation-product').locator('input').fill('P00004')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: 'I-D' })
      .first()
      .click()
    await page.getByTestId('quotation-qty').fill(QTY)
    const hint = page.getByTestId('quotation-hint')
    await expect(hint.getByTestId('quotation-hint-price')).toContainText('建议价')
    await expect(hint.getByTestId('quotation-hint-rule')).toContainText('价格表')
    await expect(hint.getByTestId('quotation-hint-floor')).toContainText('底价 4700.00')
    await expect(hint.getByTestId('quotation-hint-margin')).toContainText('毛利')
    // The proposed price went into the empty price field.
    await expect(page.getByTestId('quotation-price')).not.toHaveValue('')
    await expect(page.getByTestId('quotation-below-floor')).toHaveCount(0)
    await shot(page, '72-quotation-price-hint')
  })

  await test.step('低于底价的价格被标出 A price under the floor is marked', async () => {
    await page.getByTestId('quotation-price').fill(PRICE)
    await expect(page.getByTestId('quotation-below-floor')).toBeVisible()
    await expect(page.getByTestId('quotation-below-floor')).toContainText('低于底价')
    await shot(page, '73-quotation-below-floor')
    await page.getByTestId('quotation-save').click()
    await expect(page).toHaveURL(/\/sales\/quotations\/\d+$/)
  })

  await test.step('提交后等待经理审批 Submitted, it waits for the manager', async () => {
    await page.getByTestId('quotation-submit').click()
    await confirmBox(page)
    await expect(page.getByTestId('quotation-state')).toContainText('待审批')
    number = ((await page.getByTestId('quotation-number').textContent()) ?? '').trim()
    expect(number).toMatch(/BJ-\d{4}-\d{6}/)
    await logout(page)
  })

  await test.step('王建国在待办中批准 deputy.wang approves it in the inbox', async () => {
    await login(page, 'deputy.wang', PASSWORD)
    await page.goto('/crm/inbox')
    await page.getByTestId('inbox-tab-quotation_to_approve').click()
    const row = page
      .getByTestId('inbox-list-quotation_to_approve')
      .locator('tbody tr')
      .filter({ hasText: number })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(CUSTOMER)
    await expect(row).toContainText(`${PRICE.replace('.00', '.0000')} < 4700.0000`)
    await shot(page, '74-inbox-quotation-to-approve')
    await row.getByTestId('inbox-approve').click()
    await page.locator('.el-message-box input').fill('大客户投标，同意')
    await confirmBox(page)
    await expect(
      page.getByTestId('inbox-list-quotation_to_approve').locator('tbody tr').filter({
        hasText: number,
      }),
    ).toHaveCount(0)
    await logout(page)
  })

  await test.step('代表发送，打印预览显示大写金额 The rep sends it; the print shows capitals', async () => {
    await login(page, 'rep.zhang', PASSWORD)
    await page.goto('/sales/quotations')
    const row = page.getByTestId('quotation-table').locator('tbody tr').filter({ hasText: number })
    await row.first().getByText(number).click()
    await expect(page.getByTestId('quotation-number')).toContainText(number)
    await expect(page.getByTestId('quotation-state')).toContainText('待发送')
    await page.getByTestId('quotation-send').click()
    await confirmBox(page)
    await expect(page.getByTestId('quotation-state')).toContainText('已发送')
    await page.getByTestId('quotation-print').click()
    await expect(page.getByTestId('quotation-sheet')).toBeVisible()
    await expect(page.getByTestId('quotation-print-total')).toContainText(TOTAL)
    await expect(page.getByTestId('quotation-print-words')).toContainText('万')
    await expect(page.getByTestId('quotation-print-words')).toContainText('元整')
    await shot(page, '75-quotation-below-floor-print')
  })
})
