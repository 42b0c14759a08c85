// A stand-in for the Salesdesk server that follows the API contract closely enough to develop
// and rehearse the e2e story without the C++ binary. Not used in production.
//   node scripts/mock-server.mjs [port] [dist-dir]
import { createServer } from 'node:http'
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { CRM_PERMISSIONS, CRM_REP_PERMISSIONS, createCrmRoutes } from './mock-crm.mjs'
import { createOrgStore } from './mock-org.mjs'
import { createOrgRoutes, orgText } from './mock-org-routes.mjs'

const port = Number(process.argv[2] ?? 18091)
const dist = process.argv[3] ?? new URL('../dist', import.meta.url).pathname
const now = () => new Date().toISOString()

const roles = [
  {
    id: 1,
    code: 'admin',
    name: '系统管理员',
    data_scope: 'all',
    permissions: [
      'user.read',
      'user.manage',
      'audit.read',
      'org.read',
      'org.manage',
      ...CRM_PERMISSIONS,
    ],
  },
  {
    id: 2,
    code: 'sales_head',
    name: '销售部长',
    data_scope: 'all',
    permissions: ['user.read', 'audit.read', 'org.read'],
  },
  {
    id: 3,
    code: 'sales_rep',
    name: '销售代表',
    data_scope: 'own',
    permissions: CRM_REP_PERMISSIONS,
  },
]
// The demo company's departments (codes as in the org contract).
const departments = [
  [1, null, 'HQ', '华东沥青有限公司'],
  [2, 1, 'SALES', '销售部'],
  [3, 1, 'FIN', '财务部'],
  [4, 2, 'SALES-N', '销售一区（华北）'],
  [5, 2, 'SALES-S', '销售二区（华南）'],
  [6, 1, 'MKT', '市场部'],
  [7, 1, 'QA', '质量部'],
  [8, 1, 'PROD', '生产部'],
  [9, 1, 'ADMIN', '行政部'],
].map(([id, parent_id, code, name]) => ({
  id,
  parent_id,
  code,
  name,
  sort_order: id * 10,
  version: 1,
}))
let nextUserId = 1
const users = []
function addUser(login, display_name, roleCodes, department_id) {
  const u = {
    id: nextUserId++,
    login,
    display_name,
    locale: 'zh-CN',
    department_id,
    roles: roleCodes,
    disabled: false,
    must_change_password: false,
    version: 1,
    created_at: now(),
    last_login_at: null,
    password: 'demo1234',
  }
  users.push(u)
  return u
}
addUser('admin', '系统管理员', ['admin'], 1)
addUser('head.li', '李部长', ['sales_head'], 2)
addUser('rep.zhang', '张伟', ['sales_rep'], 2)
const chen = addUser('rep.chen', '陈晨', ['sales_rep'], 5)
const org = createOrgStore({ departments, users, now })
chen.staff_id = org.staff.find((s) => s.code === 'E005')?.id ?? null
const sessions = new Map() // sid -> { userId, csrf }
const audit = []

const pub = (u) => {
  const rest = { ...u }
  delete rest.password
  return {
    ...rest,
    department_name: departments.find((d) => d.id === u.department_id)?.name ?? null,
  }
}
const permsOf = (u) => [
  ...new Set(u.roles.flatMap((c) => roles.find((r) => r.code === c)?.permissions ?? [])),
]
const text = {
  'auth.login.failed': ['账号或密码错误', 'Wrong login or password'],
  'auth.unauthenticated': ['请先登录', 'Please log in'],
  'auth.permission_denied': ['没有权限', 'Permission denied'],
  'auth.csrf.invalid': ['CSRF 校验失败', 'CSRF check failed'],
  'common.not_found': ['不存在', 'Not found'],
  'common.validation_failed': ['输入有误', 'Invalid input'],
  'user.login_taken': ['账号已存在', 'Login already taken'],
  'common.version_conflict': ['数据已被他人修改，请刷新', 'Changed by someone else; reload'],
  ...orgText,
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  res.end(body === undefined ? '' : JSON.stringify(body))
}
function problem(res, req, status, code, fields) {
  const en = (req.headers['accept-language'] ?? '').startsWith('en')
  res.writeHead(status, { 'Content-Type': 'application/problem+json' })
  res.end(
    JSON.stringify({
      type: 'about:blank',
      title: String(status),
      status,
      code,
      detail: (text[code] ?? [code, code])[en ? 1 : 0],
      fields,
      request_id: randomUUID().slice(0, 8),
    }),
  )
}
function record(req, actor, entity, id, action, before, after) {
  audit.unshift({
    id: audit.length + 1,
    at: now(),
    user_id: actor?.id ?? null,
    user_login: actor?.login ?? null,
    client_addr: req.socket.remoteAddress,
    entity,
    entity_id: id,
    action,
    before,
    after,
    request_id: randomUUID().slice(0, 8),
  })
}
const sessionBody = (u, s) => ({
  user: pub(u),
  permissions: permsOf(u),
  data_scope: 'all',
  csrf_token: s.csrf,
  expires_at: new Date(Date.now() + 8 * 3600e3).toISOString(),
})
const page = (items, q) => {
  const p = Math.max(1, Number(q.get('page') ?? 1)),
    size = Math.min(100, Number(q.get('size') ?? 20))
  return { items: items.slice((p - 1) * size, p * size), total: items.length, page: p, size }
}

const orgRoutes = createOrgRoutes(org, { departments, users, send, problem, record, page, now })
const crmRoutes = createCrmRoutes({ org, send, problem, page, now })

async function api(req, res, url, body) {
  const path = url.pathname.slice('/api/v1'.length)
  const sid = /sd_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  const sess = sid && sessions.get(sid)
  const me = sess && users.find((u) => u.id === sess.userId)
  const m = req.method
  if (m === 'POST' && path === '/auth/login') {
    const u = users.find(
      (x) => x.login === body.login && x.password === body.password && !x.disabled,
    )
    if (!u) return problem(res, req, 401, 'auth.login.failed')
    const s = { userId: u.id, csrf: randomUUID() },
      id = randomUUID()
    sessions.set(id, s)
    u.last_login_at = now()
    return send(res, 200, sessionBody(u, s), {
      'Set-Cookie': `sd_session=${id}; HttpOnly; SameSite=Strict; Path=/`,
    })
  }
  if (!me) return problem(res, req, 401, 'auth.unauthenticated')
  if (m !== 'GET' && req.headers['x-csrf-token'] !== sess.csrf)
    return problem(res, req, 403, 'auth.csrf.invalid')
  const need = (p) =>
    permsOf(me).includes(p) ? false : (problem(res, req, 403, 'auth.permission_denied'), true)
  if (m === 'GET' && path === '/auth/me') return send(res, 200, sessionBody(me, sess))
  if (m === 'POST' && path === '/auth/logout') return (sessions.delete(sid), send(res, 204))
  if (m === 'PUT' && path === '/auth/preferences')
    return ((me.locale = body.locale), send(res, 200, pub(me)))
  if (m === 'POST' && path === '/auth/password') {
    if (body.current_password !== me.password)
      return problem(res, req, 400, 'common.validation_failed', [
        { field: 'current_password', code: 'auth.password.wrong', message: 'wrong' },
      ])
    me.password = body.new_password
    me.must_change_password = false
    return send(res, 204)
  }
  if (orgRoutes.route(req, res, url, body, me, need)) return
  if (crmRoutes.route(req, res, url, body, me, need)) return
  if (m === 'GET' && path === '/roles') return need('user.read') || send(res, 200, { items: roles })
  if (m === 'GET' && path === '/users') {
    if (need('user.read')) return
    const q = (url.searchParams.get('q') ?? '').toLowerCase(),
      dis = url.searchParams.get('disabled')
    let list = users.filter(
      (u) =>
        (!q || u.login.includes(q) || u.display_name.toLowerCase().includes(q)) &&
        (dis === null || String(u.disabled) === dis),
    )
    const sort = url.searchParams.get('sort')
    if (sort)
      list = [...list].sort(
        (a, b) =>
          String(a[sort]).localeCompare(String(b[sort])) *
          (url.searchParams.get('order') === 'desc' ? -1 : 1),
      )
    return send(res, 200, page(list.map(pub), url.searchParams))
  }
  if (m === 'POST' && path === '/users') {
    if (need('user.manage')) return
    if (!body.login)
      return problem(res, req, 400, 'common.validation_failed', [
        { field: 'login', code: 'common.field.required', message: '必填' },
      ])
    if (users.some((u) => u.login === body.login))
      return problem(res, req, 409, 'user.login_taken', [
        { field: 'login', code: 'user.login_taken', message: '账号已存在' },
      ])
    const u = addUser(body.login, body.display_name, body.roles ?? [], body.department_id ?? null)
    u.locale = body.locale ?? 'zh-CN'
    u.must_change_password = true
    u.password = 'Init-' + randomUUID().slice(0, 8)
    record(req, me, 'user', u.id, 'create', null, pub(u))
    return send(res, 201, { ...pub(u), initial_password: u.password })
  }
  const um = /^\/users\/(\d+)(?:\/(disable|enable|reset-password))?$/.exec(path)
  if (um) {
    const u = users.find((x) => x.id === Number(um[1]))
    if (!u) return problem(res, req, 404, 'common.not_found')
    if (m === 'GET') return need('user.read') || send(res, 200, pub(u))
    if (need('user.manage')) return
    if (body.version !== u.version) return problem(res, req, 409, 'common.version_conflict')
    const before = pub(u)
    if (um[2] === 'disable' || um[2] === 'enable') u.disabled = um[2] === 'disable'
    else if (um[2] === 'reset-password') {
      u.password = 'Reset-' + randomUUID().slice(0, 8)
      u.must_change_password = true
    } else
      for (const k of ['display_name', 'roles', 'department_id', 'locale'])
        if (k in body) u[k] = body[k]
    u.version++
    record(req, me, 'user', u.id, um[2]?.replace('-', '_') ?? 'update', before, pub(u))
    return send(
      res,
      200,
      um[2] === 'reset-password' ? { user: pub(u), password: u.password } : pub(u),
    )
  }
  if (m === 'GET' && path === '/audit') {
    if (need('audit.read')) return
    const f = (k) => url.searchParams.get(k)
    const list = audit.filter(
      (a) =>
        (!f('entity') || a.entity === f('entity')) &&
        (!f('action') || a.action === f('action')) &&
        (!f('user_id') || String(a.user_id) === f('user_id')) &&
        (!f('entity_id') || String(a.entity_id) === f('entity_id')) &&
        (!f('from') || a.at.slice(0, 10) >= f('from')) &&
        (!f('to') || a.at.slice(0, 10) <= f('to')) &&
        (!f('user_login') || a.user_login === f('user_login')),
    )
    return send(res, 200, page(list, url.searchParams))
  }
  return problem(res, req, 404, 'common.not_found')
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}
createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname === '/healthz') return send(res, 200, { status: 'ok', db: 'mock' })
  if (url.pathname.startsWith('/api/')) {
    let raw = ''
    for await (const c of req) raw += c
    let body = {}
    const json = (req.headers['content-type'] ?? 'application/json').includes('json')
    try {
      body = raw ? (json ? JSON.parse(raw) : { raw }) : {}
    } catch {
      return problem(res, req, 400, 'common.validation_failed')
    }
    return api(req, res, url, body)
  }
  const file = normalize(join(dist, url.pathname))
  const target = file.startsWith(dist) && extname(file) ? file : join(dist, 'index.html')
  try {
    const data = await readFile(target)
    res.writeHead(200, { 'Content-Type': types[extname(target)] ?? 'application/octet-stream' })
    res.end(data)
  } catch {
    res.writeHead(404).end()
  }
}).listen(port, '127.0.0.1', () => console.log(`mock salesdesk on http://127.0.0.1:${port}`))
