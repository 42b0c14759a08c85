// 登录 Logging in: the login page is Chinese by default, refuses a wrong password with the
// server's message, and every page behind it sends a stranger to the login page.
import { expect, test } from '@playwright/test'
import { shot } from '../support/app'

test('未登录访问跳转登录页 A stranger is sent to the login page', async ({ page }) => {
  await page.goto('/system/users')
  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)system(%2F|\/)users/)
  await expect(page.getByText('欢迎登录销售台')).toBeVisible()
})

test('密码错误显示服务器的提示 A wrong password shows the server message', async ({ page }) => {
  await page.goto('/login')
  // An unknown login gets the same answer as a wrong password, and locks nobody out.
  await page.locator('input[name="login"]').fill('nobody.e2e')
  await page.locator('input[name="password"]').fill('not-the-password')
  await page.getByTestId('login-submit').click()
  const alert = page.getByTestId('problem-alert')
  await expect(alert).toBeVisible()
  await expect(alert).not.toBeEmpty()
  await expect(page).toHaveURL(/\/login/)
  await shot(page, 'login-failed')
})
