// 附件与备注 Attachments and comments: rep.chen opens 巴陵石化, uploads a scanned contract (a PDF)
// and a note, and finds both in the customer's timeline. The upload goes through the browser's
// multipart form, as a user's would.
import { expect, test } from '@playwright/test'
import { login, shot, sideMenu } from '../support/app'

const REP = process.env.SALESDESK_REP ?? 'rep.chen'
const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'

// The smallest file the server takes as a PDF: its magic bytes and an end marker.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

test('代表给客户上传合同扫描件并写备注 A rep uploads a scanned contract and a note to a customer', async ({
  page,
}) => {
  const tag = Date.now().toString(36)
  const fileName = `合同扫描件-${tag}.pdf`
  const note = `客户要求三月前签回合同（${tag}）`

  await test.step('打开巴陵石化 Open 巴陵石化', async () => {
    await login(page, REP, PASSWORD)
    await sideMenu(page).getByText('客户', { exact: true }).click()
    await sideMenu(page).getByText('客户档案').click()
    await page.getByTestId('customer-search-q').fill('blsh')
    await page.getByTestId('customer-search').click()
    const row = page
      .getByTestId('customer-table')
      .locator('tbody tr')
      .filter({ hasText: '巴陵石化' })
    await row.first().getByTestId('customer-link').click()
    await expect(page.getByTestId('customer-title')).toContainText('巴陵石化')
  })

  await test.step('上传附件 Upload the file', async () => {
    await page.getByRole('tab', { name: '附件与备注' }).click()
    await page
      .getByTestId('doc-upload')
      .locator('input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF })
    await expect(page.getByText(fileName)).toBeVisible()
  })

  await test.step('写备注 Add a note', async () => {
    await page.getByTestId('doc-comment-input').fill(note)
    await page.getByRole('button', { name: '添加备注' }).click()
    await expect(page.getByText(note)).toBeVisible()
    await shot(page, '40-customer-files')
  })
})
