// 报价单 A rep builds a quotation for a customer of theirs (100 t of SBS I-D at 5,280.00 含税),
// sees the total as they type, saves, submits (the number is taken), sends it, and the print
// preview shows the total in Chinese capitals.
import { expect, test } from '@playwright/test'
import { confirmBox, login, shot, sideMenu } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

test('代表编制、提交、发送报价单并打印 A rep builds, submits, sends and prints a quotation', async ({
  page,
}) => {
  await test.step('打开报价单列表 Open the quotation list', async () => {
    await login(page, 'rep.zhang', PASSWORD)
    await sideMenu(page).getByText('销售', { exact: true }).click()
    await sideMenu(page).getByText('报价单', { exact: true }).click()
    await expect(page).toHaveURL(/\/sales\/quotations$/)
    await expect(page.getByTestId('quotation-table')).toBeVisible()
  })

  await test.step('编制报价单，合计随输入更新 Build it; the total follows', async () => {
    await page.getByTestId('quotation-create').click()
    await page.getByTestId('quotation-customer').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    await page.getByTestId('quotation-product').click()
    await page.getByTestId('quotation-product').locator('input').fill('P00004')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: 'I-D' })
      .first()
      .click()
    await page.getByTestId('quotation-qty').fill('100')
    await page.getByTestId('quotation-price').fill('5280.00')
    await expect(page.getByTestId('quotation-totals')).toContainText('528000.00')
    await shot(page, '70-quotation-editor')
    await page.getByTestId('quotation-save').click()
    await expect(page).toHaveURL(/\/sales\/quotations\/\d+$/)
  })

  await test.step('提交取号，发送 Submit (the number is taken) and send', async () => {
    await page.getByTestId('quotation-submit').click()
    await confirmBox(page)
    await expect(page.getByTestId('quotation-number')).toContainText(/BJ-\d{4}-\d{6}/)
    await expect(page.getByTestId('quotation-state')).toContainText('待发送')
    await page.getByTestId('quotation-send').click()
    await confirmBox(page)
    await expect(page.getByTestId('quotation-state')).toContainText('已发送')
    await expect(page.getByTestId('quotation-total')).toContainText('伍拾贰万捌仟元整')
  })

  await test.step('打印预览显示大写金额 The print preview shows Chinese capitals', async () => {
    await page.getByTestId('quotation-print').click()
    await expect(page.getByTestId('quotation-sheet')).toBeVisible()
    await expect(page.getByTestId('quotation-print-words')).toContainText('伍拾贰万捌仟元整')
    await expect(page.getByTestId('quotation-print-total')).toContainText('528000.00')
    await shot(page, '71-quotation-print')
  })
})
