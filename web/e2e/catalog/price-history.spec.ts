// 调价记录 The price history: the head of sales 李志远 reads every change and exports it; the rep
// 张 must choose a product first and then sees that product's changes.
import { expect, test } from '@playwright/test'
import { login, shot, sideMenu } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

async function openHistory(page: import('@playwright/test').Page): Promise<void> {
  await sideMenu(page).getByText('产品', { exact: true }).click()
  await sideMenu(page).getByText('调价记录').click()
  await expect(page).toHaveURL(/\/catalog\/price-history$/)
  await expect(page.getByTestId('price-history-table')).toBeVisible()
}

test('部长查看并导出调价记录，代表按产品查看 The head reads and exports the price history; a rep reads it by product', async ({
  page,
}) => {
  await test.step('部长看到全部调价 The head sees every change', async () => {
    await login(page, 'head.li', PASSWORD)
    await openHistory(page)
    const rows = page.getByTestId('price-history-table').locator('tbody tr')
    await expect(rows.first()).toBeVisible()
    await expect(rows.first()).toContainText('→')
    await shot(page, '65-price-history')
  })

  await test.step('导出 Excel Export to Excel', async () => {
    const download = page.waitForEvent('download')
    await page.getByTestId('price-history-export').click()
    expect((await download).suggestedFilename()).toBe('price-history.xlsx')
  })

  await test.step('代表须先选产品 The rep chooses a product first', async () => {
    await page.context().clearCookies()
    await login(page, 'rep.zhang', PASSWORD)
    await openHistory(page)
    await expect(page.getByTestId('price-history-export')).toBeDisabled()
    const rows = page.getByTestId('price-history-table').locator('tbody tr')
    await expect(rows).toHaveCount(0)
    await page.getByTestId('price-history-product').click()
    await page.getByTestId('price-history-product').locator('input').fill('I-D')
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: 'I-D' })
      .first()
      .click()
    await page.getByTestId('price-history-search').click()
    await expect(rows.first()).toContainText('P00004')
    await expect(page.getByTestId('price-history-export')).toBeEnabled()
  })
})
