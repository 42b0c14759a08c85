// 产品目录 The catalog: the clerk 刘芳 finds the solvents by their initials, adds a new one sold
// by the kilogram with drums of 200 kg, and sees it in the list; the rep 张 reads the catalog
// without the buttons that change it.
import { expect, test } from '@playwright/test'
import { choose, login, shot, sideMenu } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

async function openCatalog(page: import('@playwright/test').Page): Promise<void> {
  await sideMenu(page).getByText('产品', { exact: true }).click()
  await sideMenu(page).getByText('产品目录').click()
  await expect(page).toHaveURL(/\/catalog\/products$/)
  await expect(page.getByTestId('product-table')).toBeVisible()
}

test('内勤录入新产品，代表只能查看 A clerk adds a product; a rep only reads the catalog', async ({
  page,
}) => {
  const spec = `RJ-E2E-${Date.now().toString(36)}`

  await test.step('内勤按拼音首字母找到助溶剂 The clerk finds the solvents by zrj', async () => {
    await login(page, 'office.liu', PASSWORD)
    await openCatalog(page)
    await page.getByTestId('product-search-q').fill('zrj')
    await page.getByTestId('product-search').click()
    const rows = page.getByTestId('product-table').locator('tbody tr')
    await expect(rows.filter({ hasText: 'RJ-1' })).toHaveCount(1)
    await shot(page, '60-catalog-search')
  })

  await test.step('新增产品并填写辅助单位 Add a product with a secondary unit', async () => {
    await page.getByTestId('product-create').click()
    await page.getByTestId('product-name').fill('助溶剂')
    const dialog = page.locator('.el-dialog').filter({ hasText: '新增产品' })
    await dialog
      .locator('.el-form-item')
      .filter({ hasText: '规格/牌号' })
      .locator('input')
      .fill(spec)
    await choose(page, page.getByTestId('product-line'), /^助溶剂$/)
    await choose(page, page.getByTestId('product-base-unit'), /^千克$/)
    await page.getByTestId('product-unit-add').click()
    await choose(page, page.getByTestId('product-unit-0'), /^桶$/)
    await page.getByTestId('product-factor-0').fill('200')
    await page.getByTestId('product-cost').fill('15.20')
    await shot(page, '61-catalog-new-product')
    await page.getByTestId('product-submit').click()
    await expect(dialog).toBeHidden()
  })

  await test.step('新产品出现在目录中 The new product is in the catalog', async () => {
    await page.getByTestId('product-search-q').fill(spec)
    await page.getByTestId('product-search').click()
    const row = page.getByTestId('product-table').locator('tbody tr').filter({ hasText: spec })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('1 桶 = 200.0000 千克')
    await expect(row).toContainText('15.20')
  })

  await test.step('代表看不到新增按钮 The rep sees no button that changes the catalog', async () => {
    await page.context().clearCookies()
    await login(page, 'rep.zhang', PASSWORD)
    await openCatalog(page)
    await expect(page.getByTestId('product-create')).toHaveCount(0)
    await expect(page.getByTestId('product-edit')).toHaveCount(0)
    await expect(page.getByTestId('product-export')).toBeVisible()
  })
})
