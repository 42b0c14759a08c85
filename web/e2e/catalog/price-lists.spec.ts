// 价格表 The head of sales 李志远 changes a list's header (its notes) from the list page and a
// season from the calendar, and sees both kept; the rep 张 sees no button that changes a list.
import { expect, test } from '@playwright/test'
import { login, sideMenu } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

async function openLists(page: import('@playwright/test').Page): Promise<void> {
  await sideMenu(page).getByText('产品', { exact: true }).click()
  await sideMenu(page).getByText('价格表', { exact: true }).click()
  await expect(page).toHaveURL(/\/catalog\/price-lists$/)
  await expect(page.getByTestId('price-list-table')).toBeVisible()
}

test('部长修改价格表表头，代表只能查看 The head edits a price list header; a rep only reads', async ({
  page,
}) => {
  const note = `E2E ${Date.now().toString(36)}`

  await test.step('部长修改备注 The head changes the notes', async () => {
    await login(page, 'head.li', PASSWORD)
    await openLists(page)
    await page.getByTestId('price-list-edit').first().click()
    const dialog = page.locator('.el-dialog').filter({ hasText: '修改价格表' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('price-list-name')).not.toHaveValue('')
    await dialog.locator('textarea').fill(note)
    await dialog.getByTestId('price-list-save').click()
    await expect(dialog).toBeHidden()
    await page.getByTestId('price-list-edit').first().click()
    await expect(dialog.locator('textarea')).toHaveValue(note)
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()
  })

  await test.step('部长修改季节备注 The head changes a season in the calendar', async () => {
    await sideMenu(page).getByText('季节日历').click()
    await expect(page.getByTestId('season-calendar')).toBeVisible()
    await page.getByTestId('season-edit').first().click()
    const dialog = page.locator('.el-dialog').filter({ hasText: '修改季节' })
    await expect(dialog).toBeVisible()
    const notes = dialog.locator('.el-form-item').filter({ hasText: '备注' }).locator('input')
    await notes.fill(note)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
    await page.getByTestId('season-edit').first().click()
    await expect(notes).toHaveValue(note)
    await dialog.getByRole('button', { name: '取消' }).click()
  })

  await test.step('代表看不到修改按钮 The rep sees no edit button', async () => {
    await page.context().clearCookies()
    await login(page, 'rep.zhang', PASSWORD)
    await openLists(page)
    await expect(page.getByTestId('price-list-table').locator('tbody tr').first()).toBeVisible()
    await expect(page.getByTestId('price-list-edit')).toHaveCount(0)
  })
})
