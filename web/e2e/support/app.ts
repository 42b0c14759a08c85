// Shared steps for the browser stories.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

export const ADMIN = {
  login: process.env.SALESDESK_ADMIN ?? 'admin',
  password: process.env.SALESDESK_PASSWORD ?? 'demo1234',
}

const shotDir = process.env.SALESDESK_SCREENSHOTS ?? 'test-results/screenshots'
mkdirSync(shotDir, { recursive: true })

/**
 * Saves a screenshot for the people reading the test output. A screenshot proves nothing the
 * assertions do not, so one that cannot be taken in time (Chromium waits for web fonts and
 * animations first) is reported and skipped instead of hanging the story until its timeout.
 */
export async function shot(page: Page, name: string): Promise<void> {
  try {
    await page.screenshot({
      path: join(shotDir, `${name}.png`),
      fullPage: true,
      animations: 'disabled',
      timeout: 15_000,
    })
  } catch (e) {
    console.warn(`screenshot ${name} skipped: ${(e as Error).message.split('\n')[0]}`)
  }
}

export async function login(
  page: Page,
  user = ADMIN.login,
  password = ADMIN.password,
): Promise<void> {
  await page.goto('/login')
  await page.locator('input[name="login"]').fill(user)
  await page.locator('input[name="password"]').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/home$/)
}

export async function switchLanguage(page: Page, locale: 'zh-CN' | 'en-US'): Promise<void> {
  await page.getByTestId('language-switch').first().click()
  await page.getByTestId(`language-${locale}`).filter({ visible: true }).click()
}

export function sideMenu(page: Page) {
  return page.getByTestId('side-menu')
}

/** Fills and saves the new-user dialog on the user list; returns the one-time password. */
/** Without a role the account may do nothing until a staff record with a position is linked. */
export async function createUser(page: Page, login: string, name: string, role?: string) {
  await page.getByTestId('user-create').click()
  const dialog = page.getByTestId('user-form-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('user-login').fill(login)
  await dialog.getByTestId('user-display-name').fill(name)
  if (role) {
    await dialog.getByTestId('user-roles').click()
    const options = page.locator('.el-select-dropdown__item').filter({ visible: true })
    await options.filter({ hasText: role }).first().click()
    await dialog.getByTestId('user-display-name').click() // closes the dropdown
  }
  await dialog.getByTestId('user-form-submit').click()

  const secret = page.getByTestId('one-time-password-dialog')
  await expect(secret).toBeVisible()
  const password = (await secret.getByTestId('one-time-password').textContent())?.trim() ?? ''
  expect(password).not.toBe('')
  return { dialog: secret, password }
}

export async function searchUser(page: Page, login: string) {
  await page.getByTestId('user-search-q').fill(login)
  await page.getByTestId('user-search').click()
  const rows = page.getByTestId('user-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(login)
  return rows.first()
}

/**
 * Opens an Element Plus select and clicks its option, then waits until no dropdown is left
 * open. A dropdown fades out after a choice: the next select's options would otherwise be
 * looked for among a closing list holding the same texts (units, kinds) and never be clicked.
 */
export async function choose(page: Page, trigger: Locator, option: string | RegExp) {
  const open = page.locator('.el-select-dropdown__item:visible')
  await expect(open).toHaveCount(0)
  await trigger.click()
  await open.filter({ hasText: option }).first().click()
  await expect(open).toHaveCount(0)
}

/** Accepts the Element Plus confirmation box. */
export async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box').getByRole('button').last().click()
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByTestId('menu-logout').filter({ visible: true }).click()
  await confirmBox(page)
  await expect(page).toHaveURL(/\/login/)
}
