// 岗位说明书 Job descriptions: the administrator opens the org chart, goes to the 销售代表
// position, rewords a duty, saves, and prints the job description showing the new wording.
import { expect, test } from '@playwright/test'
import { login, shot, sideMenu } from '../support/app'

test('管理员从组织架构图修改岗位职责并打印岗位说明书 Admin edits a duty from the org chart and prints the job description', async ({
  page,
}) => {
  const stamp = Date.now().toString(36)
  const duty = `新客户的发展跟进（修订 ${stamp}）`

  await test.step('登录并打开组织架构图 Log in and open the org chart', async () => {
    await login(page)
    await sideMenu(page).getByText('组织', { exact: true }).click()
    await sideMenu(page).getByText('组织架构图').click()
    await expect(page).toHaveURL(/\/org\/chart$/)
    await expect(page.getByTestId('org-chart').locator('canvas').first()).toBeVisible()
    await expect(page.getByTestId('chart-position-link').first()).toBeVisible()
    await page.waitForTimeout(800) // let the tree finish its animation
    await shot(page, '10-org-chart')
  })

  await test.step('打开销售代表岗位 Open the 销售代表 position', async () => {
    // The chart is a canvas; the same positions are listed as links under it.
    const rep = page
      .getByTestId('chart-position-link')
      .filter({ has: page.getByText('销售代表', { exact: true }) })
      .first()
    await rep.click()
    await expect(page).toHaveURL(/\/org\/positions\/\d+$/)
    await expect(page.getByTestId('position-title')).toContainText('销售代表')
    await expect(page.getByTestId('duty-table')).toBeVisible()
  })

  await test.step('修改一条职责并保存 Reword a duty and save', async () => {
    const first = page.getByTestId('duty-description-0')
    await expect(first).toBeVisible()
    await first.fill(duty)
    await expect(page.getByText('未保存')).toBeVisible()
    await page.getByTestId('position-save').click()
    await expect(page.locator('.el-message--success').filter({ hasText: '已保存' })).toBeVisible()
    await expect(page.getByText('未保存')).toBeHidden()
    await expect(page.getByTestId('duty-description-0')).toHaveValue(duty)
    await shot(page, '11-position-editor')
  })

  await test.step('打印岗位说明书 Print the job description', async () => {
    await page.getByTestId('position-print').click()
    await expect(page).toHaveURL(/\/org\/positions\/\d+\/print$/)
    const doc = page.getByTestId('job-description')
    await expect(doc.getByRole('heading', { name: '岗位说明书' })).toBeVisible()
    await expect(doc).toContainText('岗位名称')
    await expect(doc).toContainText('销售代表')
    await expect(doc).toContainText('职责描述')
    await expect(doc).toContainText(duty)
    await expect(sideMenu(page)).toHaveCount(0)
    await shot(page, '12-job-description')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByTestId('print-button')).toBeHidden()
    await shot(page, '13-job-description-print')
  })
})
