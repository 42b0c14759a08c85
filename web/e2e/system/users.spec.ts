// 用户管理与审计 Users and audit: the administrator logs in, tries English and back, creates a
// user (seeing the one-time password), and finds the creation in the audit log.
import { expect, test } from '@playwright/test'
import {
  ADMIN,
  confirmBox,
  createUser,
  login,
  logout,
  searchUser,
  shot,
  sideMenu,
  switchLanguage,
} from '../support/app'

const uniqueLogin = (tag: string) => `e2e.${tag}.${Date.now().toString(36)}`

test('管理员新建用户并在审计日志中找到 Admin creates a user and finds it in the audit log', async ({
  page,
}) => {
  const newLogin = uniqueLogin('a')

  await test.step('登录 Log in', async () => {
    await login(page, ADMIN.login, ADMIN.password)
    await expect(page.getByTestId('welcome-title')).toBeVisible()
    await expect(sideMenu(page)).toContainText('工作台')
    await page.waitForTimeout(1200) // let the chart finish its animation
    await shot(page, '01-home-zh')
  })

  await test.step('切换到英文再切回中文 Switch to English and back', async () => {
    await switchLanguage(page, 'en-US')
    await expect(sideMenu(page)).toContainText('Dashboard')
    await expect(sideMenu(page)).not.toContainText('工作台')
    await shot(page, '02-home-en')
    await switchLanguage(page, 'zh-CN')
    await expect(sideMenu(page)).toContainText('工作台')
  })

  await test.step('新建用户 Create a user', async () => {
    await sideMenu(page).getByText('系统管理').click()
    await sideMenu(page).getByText('用户管理').click()
    await expect(page).toHaveURL(/\/system\/users$/)
    await expect(page.getByTestId('user-table')).toContainText(ADMIN.login)
    const { dialog } = await createUser(page, newLogin, '测试用户')
    await shot(page, '03-initial-password')
    await page.getByTestId('one-time-password-close').click()
    await expect(dialog).toBeHidden()
    await searchUser(page, newLogin)
    await shot(page, '04-users')
  })

  await test.step('在审计日志中找到创建记录 Find the creation in the audit log', async () => {
    await sideMenu(page).getByText('审计日志').click()
    await expect(page).toHaveURL(/\/system\/audit$/)
    await page.getByTestId('audit-entity').fill('user')
    await page.getByTestId('audit-action').fill('create')
    await page.getByTestId('audit-search').click()
    const table = page.getByTestId('audit-table')
    const row = table.locator('tbody tr.el-table__row').filter({ hasText: newLogin })
    await expect(row).toHaveCount(1)
    await row.locator('.el-table__expand-icon').click()
    const diff = page.getByTestId('audit-diff').filter({ visible: true })
    await expect(diff.getByTestId('audit-after')).toContainText(newLogin)
    await shot(page, '05-audit')
  })
})

test('新用户用一次性密码登录后须改密 A new user logs in with the one-time password and sets a new one', async ({
  page,
}) => {
  const newLogin = uniqueLogin('b')
  let password = ''

  await test.step('管理员建用户、重置密码、停用再启用 Admin creates, resets, disables and enables', async () => {
    await login(page)
    await page.goto('/system/users')
    await createUser(page, newLogin, '新同事')
    await page.getByTestId('one-time-password-close').click()
    const row = await searchUser(page, newLogin)

    await row.getByRole('button', { name: '重置密码' }).click()
    await confirmBox(page)
    const secret = page.getByTestId('one-time-password-dialog')
    await expect(secret).toContainText('新密码')
    password = (await secret.getByTestId('one-time-password').textContent())?.trim() ?? ''
    expect(password).not.toBe('')
    await page.getByTestId('one-time-password-close').click()

    await row.getByRole('button', { name: '停用' }).click()
    await confirmBox(page)
    await expect(row).toContainText('停用')
    await expect(row.getByRole('button', { name: '启用' })).toBeVisible()
    await row.getByRole('button', { name: '启用' }).click()
    await confirmBox(page)
    await expect(row.getByRole('button', { name: '停用' })).toBeVisible()

    await row.getByRole('button', { name: '编辑' }).click()
    const form = page.getByTestId('user-form-dialog')
    await expect(form.getByTestId('user-login')).toBeDisabled()
    await form.getByTestId('user-display-name').fill('新同事（已改名）')
    await form.getByTestId('user-department').click()
    await page.locator('.el-tree-node__content').filter({ visible: true }).last().click()
    await shot(page, '05b-user-edit')
    await form.getByTestId('user-form-submit').click()
    await expect(form).toBeHidden()
    await expect(row).toContainText('新同事（已改名）')
    await logout(page)
  })

  await test.step('新用户登录并修改密码 The new user logs in and changes the password', async () => {
    await login(page, newLogin, password)
    const dialog = page.getByTestId('change-password-dialog')
    await expect(dialog).toBeVisible()
    await expect(sideMenu(page)).not.toContainText('系统管理')
    const inputs = dialog.locator('input[type="password"]')
    await inputs.nth(0).fill(password)
    await inputs.nth(1).fill('Better-pass-2026')
    await inputs.nth(2).fill('Better-pass-2026')
    await shot(page, '06-change-password')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
    await logout(page)
    await login(page, newLogin, 'Better-pass-2026')
    await expect(page.getByTestId('change-password-dialog')).toBeHidden()
  })
})

test('无权限的页面显示 403 A page without permission shows 403', async ({ page }) => {
  const newLogin = uniqueLogin('c')
  await login(page)
  await page.goto('/system/users')
  const { password } = await createUser(page, newLogin, '无权限用户')
  await page.getByTestId('one-time-password-close').click()
  await logout(page)
  await login(page, newLogin, password)
  await page.goto('/system/audit')
  await expect(page).toHaveURL(/\/403/)
  await expect(page.getByText('抱歉，你没有访问此页面的权限。')).toBeVisible()
})

test('未知地址显示 404 An unknown address shows 404', async ({ page }) => {
  await login(page)
  await page.goto('/no/such/page')
  await expect(page.getByText('抱歉，你访问的页面不存在。')).toBeVisible()
})
