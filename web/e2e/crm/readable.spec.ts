// 读得懂的客户系统 The CRM as a rep reads it: the timeline and the audit log as sentences in
// Chinese and English, the 工作台 as the rep's day, and a decided transfer reaching both reps.
// The data each story needs is made through the API (as another client would); what a person
// reads is checked in the browser.
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test'
import { ADMIN, logout, shot, switchLanguage } from '../support/app'

const PASSWORD = process.env.SALESDESK_PASSWORD ?? 'demo1234'
const BASE = process.env.SALESDESK_URL ?? 'http://127.0.0.1:8080'
const tag = () => Date.now().toString(36)

// Each story signs in several people on a sanitizer build; give the page time to settle.
test.describe.configure({ timeout: 180_000 })

/** Signs in through the login page (as support/app's login, with more patience). */
async function login(page: Page, user = ADMIN.login, password = ADMIN.password): Promise<void> {
  await page.goto('/login')
  await page.locator('input[name="login"]').fill(user)
  await page.locator('input[name="password"]').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 })
}

/** An API client signed in as `who` (bearer token). */
async function apiAs(who: string): Promise<APIRequestContext> {
  const anon = await request.newContext({ baseURL: BASE })
  const res = await anon.post('/api/v1/auth/login', {
    data: { login: who, password: who === ADMIN.login ? ADMIN.password : PASSWORD, client: 'api' },
  })
  expect(res.status()).toBe(200)
  const { token } = await res.json()
  await anon.dispose()
  return request.newContext({
    baseURL: BASE,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  })
}

async function staffId(api: APIRequestContext, code: string): Promise<number> {
  const res = await api.get(`/api/v1/staff?q=${code}`)
  const body = await res.json()
  return body.items.find((s: { code: string }) => s.code === code).id
}

async function newCustomer(api: APIRequestContext, name: string): Promise<{ id: number }> {
  const res = await api.post('/api/v1/customers', { data: { name, kind: 'end_user' } })
  expect(res.status(), await res.text()).toBe(201)
  return res.json()
}

async function openTimeline(page: Page, id: number) {
  await page.goto(`/crm/customers/${id}`)
  await page.getByRole('tab', { name: /时间线|Timeline/ }).click()
  const timeline = page.getByTestId('customer-timeline')
  await expect(timeline).toBeVisible()
  return timeline
}

test('时间线与审计日志读作中英文句子 The timeline and the audit log read as sentences in Chinese and English', async ({
  page,
}) => {
  const name = `湘江路面工程有限公司${tag()}`
  let id = 0
  await test.step('陈磊建客户，周海涛把它移交给吴婷 rep.chen creates a customer; deputy.zhou transfers it to 吴婷', async () => {
    const chen = await apiAs('rep.chen')
    id = (await newCustomer(chen, name)).id
    const zhou = await apiAs('deputy.zhou')
    const res = await zhou.post(`/api/v1/customers/${id}/transfer`, {
      data: { to_staff_id: await staffId(zhou, 'E007'), reason: '片区调整' },
    })
    expect(res.status(), await res.text()).toBe(200)
  })

  await test.step('中文时间线 The timeline in Chinese', async () => {
    await login(page, 'deputy.zhou', PASSWORD)
    const timeline = await openTimeline(page, id)
    await expect(timeline).toContainText('移交')
    await expect(timeline).toContainText('负责人：E005 陈磊 → E007 吴婷')
    await expect(timeline).toContainText('客户类型：终端用户')
    await expect(timeline).not.toContainText('owner_staff_id')
    await shot(page, '40-timeline-zh')
  })

  await test.step('英文时间线 The timeline in English', async () => {
    await switchLanguage(page, 'en-US')
    const timeline = await openTimeline(page, id)
    await expect(timeline).toContainText('transferred')
    await expect(timeline).toContainText('owner: E005 陈磊 → E007 吴婷')
    await expect(timeline).toContainText('kind: end user')
    await shot(page, '41-timeline-en')
    await switchLanguage(page, 'zh-CN')
    await logout(page)
  })

  await test.step('审计日志中英文 The audit log in both languages', async () => {
    await login(page)
    await page.goto('/system/audit')
    const table = page.getByTestId('audit-table')
    const row = table.locator('tbody tr').filter({ hasText: name }).first()
    await expect(row).toContainText('客户')
    await expect(row).toContainText('移交')
    await expect(row).toContainText('负责人：E005 陈磊 → E007 吴婷')
    await shot(page, '42-audit-zh')
    await switchLanguage(page, 'en-US')
    await page.goto('/system/audit')
    const en = page.getByTestId('audit-table').locator('tbody tr').filter({ hasText: name }).first()
    await expect(en).toContainText('customer')
    await expect(en).toContainText('transferred')
    await expect(en).toContainText('owner: E005 陈磊 → E007 吴婷')
    await shot(page, '43-audit-en')
    await switchLanguage(page, 'zh-CN')
  })
})

test('工作台是代表的一天 The 工作台 shows the rep her day', async ({ page }) => {
  const name = `衡阳公路养护有限公司${tag()}`
  await test.step('吴婷今天有一个拜访计划 rep.wu has a visit planned today', async () => {
    const wu = await apiAs('rep.wu')
    const c = await newCustomer(wu, name)
    const d = new Date()
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    const res = await wu.post('/api/v1/follow-up-plans', {
      data: {
        kind: 'visit',
        customer_id: c.id,
        planned_on: today,
        planned_time: '09:30',
        purpose: '回访',
      },
    })
    expect(res.status(), await res.text()).toBe(201)
  })

  await test.step('工作台：部门、岗位、今日计划和待办 Department, position, today and the inbox', async () => {
    await login(page, 'rep.wu', PASSWORD)
    await expect(page.getByTestId('welcome-department')).toHaveText('销售二区（华南）')
    await expect(page.getByTestId('welcome-role').first()).toHaveText('销售代表')
    const day = page.getByTestId('my-day')
    await expect(day).toBeVisible()
    await expect(day.getByTestId('my-day-plans')).toContainText(name)
    await expect(day.getByTestId('my-day-plans')).toContainText('09:30')
    await shot(page, '44-home-my-day')
  })
})

test('移交审批后通知两位代表 A decided transfer notifies both reps', async ({ page }) => {
  const name = `岳阳港务道路有限公司${tag()}`
  await test.step('陈磊申请移交给何军，周海涛批准 rep.chen asks to transfer to 何军; deputy.zhou approves', async () => {
    const chen = await apiAs('rep.chen')
    const c = await newCustomer(chen, name)
    const req = await chen.post(`/api/v1/customers/${c.id}/transfer`, {
      data: { to_staff_id: await staffId(chen, 'E009'), reason: '就近服务' },
    })
    expect(req.status(), await req.text()).toBe(201)
    const t = await req.json()
    const zhou = await apiAs('deputy.zhou')
    const ok = await zhou.post(`/api/v1/transfers/${t.id}/approve`, {
      data: { version: t.version, note: '同意' },
    })
    expect(ok.status(), await ok.text()).toBe(200)
  })

  await test.step('陈磊在待办看到批准 rep.chen reads the approval', async () => {
    await login(page, 'rep.chen', PASSWORD)
    await page.goto('/crm/inbox')
    await expect(page.getByTestId('inbox')).toContainText(
      `${name} 移交给 E009 何军 的申请已由 周海涛 批准`,
    )
    await shot(page, '45-inbox-transfer-approved')
    await logout(page)
  })

  await test.step('何军在待办看到接收的客户 rep.he reads the customer received', async () => {
    await login(page, 'rep.he', PASSWORD)
    await page.goto('/crm/inbox')
    await expect(page.getByTestId('inbox')).toContainText(`${name} 已由 E005 陈磊 移交给你`)
    await shot(page, '46-inbox-transfer-received')
  })
})
