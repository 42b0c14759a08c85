// Routes of the mock server's organization endpoints (org contract). route() answers a request
// it knows and returns true; otherwise false and the main mock carries on.
import * as seed from './mock-org-data.mjs'
import { KINDS, LEVELS, TEXT_FIELDS } from './mock-org.mjs'

export const orgText = {
  'org.department.cycle': [
    '不能移动到自身或下级部门之下',
    'Cannot move under itself or a descendant',
  ],
  'org.department.in_use': [
    '部门下有下级部门、岗位、员工或用户，不能删除',
    'The department is in use',
  ],
  'org.position.code_taken': ['岗位编号已存在', 'Position code already taken'],
  'org.position.cycle': [
    '直接上级不能是本岗位或其下级',
    'The superior cannot be the position or below it',
  ],
  'org.position.in_use': [
    '岗位有人任职、是其他岗位的上级或考核人，不能删除',
    'The position is in use',
  ],
  'org.staff.code_taken': ['工号已存在', 'Staff number already taken'],
  'org.staff.cycle': ['直接上级不能形成循环', 'Superiors may not form a loop'],
  'org.region.in_use': ['片区有下级或有人负责，不能删除', 'The region is in use'],
  'org.region.level': ['片区级别与上级不符', 'The level does not fit under the parent'],
  'org.assignment.self': ['不能给自己分工', 'Cannot assign a person to themselves'],
  'org.assignment.duplicate': ['该分工已存在', 'This assignment exists already'],
  'org.product_line.code_taken': ['产品线编码已存在', 'Product line code already taken'],
}

const PERIODS = ['monthly', 'quarterly', 'annual']
const CATEGORIES = ['main', 'daily', 'coordination', 'other']
const SCOPES = ['own', 'department', 'all']

export function createOrgRoutes(store, { departments, users, send, problem, record, page, now }) {
  const S = store
  let ctx // { req, res } of the request being answered

  const en = () => (ctx.req.headers['accept-language'] ?? '').startsWith('en')
  const fe = (field, code, zh, enText) => ({ field, code, message: en() ? enText : zh })
  const required = (field) => fe(field, 'common.field.required', '必填', 'Required')
  const invalid = (fields) => problem(ctx.res, ctx.req, 400, 'common.validation_failed', fields)
  const fail = (status, code) => problem(ctx.res, ctx.req, status, code)
  const ok = (status, body) => send(ctx.res, status, body)
  const conflict = (x, body) => x.version !== Number(body.version)
  const audit = (entity, id, action, before, after) =>
    record(ctx.req, ctx.me, entity, id, action, before, after)
  const subtree = (items, id, parentKey = 'parent_id') => {
    const out = new Set([id])
    for (let grew = true; grew;) {
      grew = false
      for (const x of items) {
        if (out.has(x[parentKey]) && !out.has(x.id)) {
          out.add(x.id)
          grew = true
        }
      }
    }
    return out
  }

  // ---- departments
  function departmentsRoute(m, id, body, q) {
    if (!id && m === 'GET') return ok(200, { items: departments.map(S.departmentOut) })
    if (!id && m === 'POST') {
      const fields = ['code', 'name'].filter((f) => !String(body[f] ?? '').trim()).map(required)
      if (fields.length) return invalid(fields)
      if (departments.some((d) => d.code === body.code))
        return invalid([fe('code', 'org.department.code_taken', '编码已存在', 'Code taken')])
      const d = {
        id: S.nextId(),
        parent_id: body.parent_id ?? null,
        code: body.code,
        name: body.name,
        sort_order: body.sort_order ?? 0,
        version: 1,
      }
      departments.push(d)
      audit('department', d.id, 'create', null, d)
      return ok(201, S.departmentOut(d))
    }
    const d = departments.find((x) => x.id === id)
    if (!d) return fail(404, 'common.not_found')
    if (m === 'PATCH') {
      if (conflict(d, body)) return fail(409, 'common.version_conflict')
      if (
        'parent_id' in body &&
        body.parent_id != null &&
        subtree(departments, d.id).has(body.parent_id)
      )
        return fail(422, 'org.department.cycle')
      const before = { ...d }
      for (const k of ['code', 'name', 'parent_id', 'sort_order']) if (k in body) d[k] = body[k]
      d.version++
      audit('department', d.id, 'update', before, { ...d })
      return ok(200, S.departmentOut(d))
    }
    if (m === 'DELETE') {
      if (d.version !== Number(q.get('version'))) return fail(409, 'common.version_conflict')
      const used =
        departments.some((x) => x.parent_id === d.id) ||
        S.positions.some((p) => p.department_id === d.id) ||
        S.staff.some((s) => s.department_id === d.id) ||
        users.some((u) => u.department_id === d.id)
      if (used) return fail(422, 'org.department.in_use')
      departments.splice(departments.indexOf(d), 1)
      audit('department', d.id, 'delete', d, null)
      return ok(204)
    }
    return fail(405, 'common.not_found')
  }

  // ---- positions
  function positionErrors(b, self) {
    const f = []
    for (const k of ['code', 'name']) if (!String(b[k] ?? '').trim()) f.push(required(k))
    if (!departments.some((d) => d.id === b.department_id)) f.push(required('department_id'))
    if (b.superior_position_id != null && !S.posById(b.superior_position_id))
      f.push(fe('superior_position_id', 'common.field.unknown', '不存在', 'Unknown'))
    if (!SCOPES.includes(b.data_scope ?? 'own'))
      f.push(fe('data_scope', 'common.field.invalid', '取值无效', 'Invalid'))
    const perms = (list, name) =>
      (list ?? []).forEach((x, i) => {
        const bad = (x.permissions ?? []).filter((p) => !(p in seed.permissionNames))
        if (bad.length)
          f.push(
            fe(
              `${name}[${i}].permissions`,
              'auth.permission.unknown',
              `权限 ${bad.join(', ')} 不存在`,
              `No permission ${bad.join(', ')}`,
            ),
          )
        if (!String(x.description ?? '').trim()) f.push(required(`${name}[${i}].description`))
      })
    perms(b.duties, 'duties')
    perms(b.authorities, 'authorities')
    ;(b.duties ?? []).forEach((d, i) => {
      if (!CATEGORIES.includes(d.category))
        f.push(fe(`duties[${i}].category`, 'common.field.invalid', '取值无效', 'Invalid'))
    })
    const inds = b.indicators ?? []
    inds.forEach((x, i) => {
      if (!String(x.metric ?? '').trim()) f.push(required(`indicators[${i}].metric`))
      if (!(x.weight >= 0 && x.weight <= 100))
        f.push(
          fe(`indicators[${i}].weight`, 'common.field.range', '须在 0–100 之间', 'Must be 0–100'),
        )
      if (!PERIODS.includes(x.period)) f.push(required(`indicators[${i}].period`))
    })
    const sum = inds.reduce((s, x) => s + (Number(x.weight) || 0), 0)
    if (inds.some((x) => x.weight > 0) && sum !== 100)
      f.push(
        fe(
          'indicators',
          'org.position.weights_sum',
          `权重合计须为 100（当前 ${sum}）`,
          `Weights must total 100 (now ${sum})`,
        ),
      )
    for (const k of TEXT_FIELDS)
      if (String(b[k] ?? '').length > 4000)
        f.push(fe(k, 'common.field.too_long', '过长', 'Too long'))
    if (self && b.superior_position_id != null) {
      const below = subtree(S.positions, self.id, 'superior_position_id')
      if (below.has(b.superior_position_id)) return 'cycle'
    }
    return f
  }
  function writePosition(p, b) {
    for (const k of [
      'code',
      'name',
      'department_id',
      'headcount',
      'superior_position_id',
      'data_scope',
    ])
      if (k in b) p[k] = b[k]
    for (const k of TEXT_FIELDS) p[k] = b[k] ?? ''
    p.duties = (b.duties ?? []).map(({ category, description, standard, permissions }) => ({
      category,
      description,
      standard: standard ?? '',
      permissions: permissions ?? [],
    }))
    p.authorities = (b.authorities ?? []).map(({ description, permissions }) => ({
      description,
      permissions: permissions ?? [],
    }))
    p.indicators = (b.indicators ?? []).map((i) => ({
      metric: i.metric,
      metric_code: i.metric_code ?? null,
      target: i.target ?? '',
      weight: Number(i.weight) || 0,
      period: i.period,
      assessor_position_id: i.assessor_position_id ?? null,
      assessor_note: i.assessor_note ?? '',
    }))
    p.qualifications = {
      education: '',
      experience: '',
      abilities: '',
      other: '',
      ...b.qualifications,
    }
    p.updated_at = now()
  }
  function positionsRoute(m, id, body, q) {
    if (!id && m === 'GET') {
      const dept = Number(q.get('department_id')) || null
      const text = (q.get('q') ?? '').trim()
      const inDept = dept ? subtree(departments, dept) : null
      const list = S.sortedPositions().filter(
        (p) =>
          (!inDept || inDept.has(p.department_id)) &&
          (!text || p.code.includes(text) || p.name.includes(text)),
      )
      return ok(200, page(list.map(S.positionSummary), q))
    }
    if (!id && m === 'POST') {
      const f = positionErrors(body, null)
      if (f.length) return invalid(f)
      if (S.positions.some((p) => p.code === body.code.trim()))
        return fail(409, 'org.position.code_taken')
      const p = { id: S.nextId(), template_code: null, version: 1, created_at: now() }
      writePosition(p, { ...body, code: body.code.trim() })
      S.positions.push(p)
      audit('position', p.id, 'create', null, S.positionFull(p))
      return ok(201, S.positionFull(p))
    }
    const p = S.posById(id)
    if (!p) return fail(404, 'common.not_found')
    if (m === 'GET') return ok(200, S.positionFull(p))
    if (m === 'PUT') {
      if (conflict(p, body)) return fail(409, 'common.version_conflict')
      const f = positionErrors(body, p)
      if (f === 'cycle') return fail(422, 'org.position.cycle')
      if (f.length) return invalid(f)
      if (S.positions.some((x) => x.id !== p.id && x.code === body.code))
        return fail(409, 'org.position.code_taken')
      const before = S.positionFull(p)
      writePosition(p, body)
      p.version++
      audit('position', p.id, 'update', before, S.positionFull(p))
      return ok(200, S.positionFull(p))
    }
    if (m === 'DELETE') {
      if (p.version !== Number(q.get('version'))) return fail(409, 'common.version_conflict')
      const used =
        S.staff.some((s) => s.position_ids.includes(p.id)) ||
        S.positions.some((x) => x.superior_position_id === p.id) ||
        S.positions.some((x) => x.indicators.some((i) => i.assessor_position_id === p.id))
      if (used) return fail(422, 'org.position.in_use')
      S.positions.splice(S.positions.indexOf(p), 1)
      audit('position', p.id, 'delete', S.positionFull(p), null)
      return ok(204)
    }
    return fail(405, 'common.not_found')
  }
  const templateExists = (t) =>
    S.positions.some((p) => p.template_code === t.template_code || p.code === t.code)
  function templatesRoute(m, path, body) {
    if (m === 'GET' && path === '/org/template')
      return ok(200, {
        items: seed.templates.map((t) => ({
          template_code: t.template_code,
          code: t.code,
          name: t.name,
          department_code: t.department_code,
          summary: t.summary,
          source: t.source,
          exists: templateExists(t),
        })),
      })
    if (m === 'POST' && path === '/org/template/apply') {
      const created = seed.templates
        .filter((t) => !templateExists(t))
        .map((t) => S.fromTemplate(t, body.department_id))
      for (const p of created) audit('position', p.id, 'create', null, S.positionFull(p))
      return ok(200, { created: created.map((p) => p.id) })
    }
    if (m === 'POST' && path === '/positions/from-template') {
      const t = seed.templates.find((x) => x.template_code === body.template_code)
      if (!t)
        return invalid([
          fe('template_code', 'common.field.unknown', '模板不存在', 'No such template'),
        ])
      if (S.positions.some((p) => p.code === (body.code ?? t.code)))
        return fail(409, 'org.position.code_taken')
      const p = S.fromTemplate(t, body.department_id, body.code)
      audit('position', p.id, 'create', null, S.positionFull(p))
      return ok(201, S.positionFull(p))
    }
    return false
  }

  // ---- staff
  const STAFF_FIELDS = [
    'code',
    'name',
    'department_id',
    'superior_staff_id',
    'phone',
    'email',
    'joined_on',
    'notes',
    'status',
    'left_on',
  ]
  const LIST_FIELDS = {
    position_ids: 'positions',
    region_ids: 'regions',
    product_line_ids: 'product_lines',
  }
  function staffRoute(m, id, body, q) {
    if (!id && m === 'GET') {
      const num = (k) => Number(q.get(k)) || null
      const text = (q.get('q') ?? '').trim()
      const dept = num('department_id')
      const inDept = dept ? subtree(departments, dept) : null
      const list = S.staff.filter(
        (s) =>
          (!inDept || inDept.has(s.department_id)) &&
          (!num('position_id') || s.position_ids.includes(num('position_id'))) &&
          (!num('region_id') || s.region_ids.includes(num('region_id'))) &&
          (!q.get('status') || s.status === q.get('status')) &&
          (!text || s.code.includes(text) || s.name.includes(text)),
      )
      return ok(200, page(list.map(S.staffOut), q))
    }
    if (!id && m === 'POST') {
      const f = ['code', 'name'].filter((k) => !String(body[k] ?? '').trim()).map(required)
      if (!departments.some((d) => d.id === body.department_id)) f.push(required('department_id'))
      if (f.length) return invalid(f)
      if (S.staff.some((s) => s.code === body.code)) return fail(409, 'org.staff.code_taken')
      const s = {
        id: S.nextId(),
        phone: '',
        email: '',
        notes: '',
        joined_on: null,
        left_on: null,
        superior_staff_id: null,
        status: 'active',
        position_ids: [],
        region_ids: [],
        product_line_ids: [],
        version: 1,
        created_at: now(),
        updated_at: now(),
      }
      for (const k of [...STAFF_FIELDS, ...Object.keys(LIST_FIELDS)]) if (k in body) s[k] = body[k]
      S.staff.push(s)
      audit('staff', s.id, 'create', null, S.staffOut(s))
      return ok(201, S.staffOut(s))
    }
    const s = S.staffById(id)
    if (!s) return fail(404, 'common.not_found')
    if (m === 'GET') return ok(200, S.staffOut(s))
    if (m === 'PATCH') {
      if (conflict(s, body)) return fail(409, 'common.version_conflict')
      if (
        body.superior_staff_id != null &&
        subtree(S.staff, s.id, 'superior_staff_id').has(body.superior_staff_id)
      )
        return fail(422, 'org.staff.cycle')
      if ('code' in body && S.staff.some((x) => x.id !== s.id && x.code === body.code))
        return fail(409, 'org.staff.code_taken')
      const before = S.staffOut(s)
      if ('position_ids' in body) {
        const names = (ids) => ids.map((i) => `${S.posById(i)?.code} ${S.posById(i)?.name}`)
        audit(
          'staff',
          s.id,
          'assign_positions',
          { positions: names(s.position_ids) },
          { positions: names(body.position_ids) },
        )
      }
      for (const k of [...STAFF_FIELDS, ...Object.keys(LIST_FIELDS)]) if (k in body) s[k] = body[k]
      s.version++
      s.updated_at = now()
      if (Object.keys(body).some((k) => k !== 'version' && k !== 'position_ids'))
        audit('staff', s.id, 'update', before, S.staffOut(s))
      return ok(200, S.staffOut(s))
    }
    return fail(405, 'common.not_found')
  }

  // ---- regions, product lines
  function regionsRoute(m, id, body, q) {
    if (!id && m === 'GET') {
      const text = (q.get('q') ?? '').trim()
      const list = S.regions.filter((r) => !text || r.name.includes(text) || r.code.includes(text))
      return ok(200, { items: list.map(S.regionOut) })
    }
    if (!id && m === 'POST') {
      const f = ['code', 'name'].filter((k) => !String(body[k] ?? '').trim()).map(required)
      if (f.length) return invalid(f)
      const parent = S.regions.find((r) => r.id === body.parent_id)
      const want = parent ? LEVELS[LEVELS.indexOf(parent.level) + 1] : 'province'
      if (body.level !== want) return fail(422, 'org.region.level')
      const r = {
        id: S.nextId(),
        parent_id: parent?.id ?? null,
        code: body.code,
        name: body.name,
        level: body.level,
        owner_staff_id: body.owner_staff_id ?? null,
        sort_order: body.sort_order ?? 0,
        version: 1,
      }
      S.regions.push(r)
      audit('region', r.id, 'create', null, S.regionOut(r))
      return ok(201, S.regionOut(r))
    }
    const r = S.regions.find((x) => x.id === id)
    if (!r) return fail(404, 'common.not_found')
    if (m === 'PATCH') {
      if (conflict(r, body)) return fail(409, 'common.version_conflict')
      const before = S.regionOut(r)
      for (const k of ['code', 'name', 'owner_staff_id', 'sort_order'])
        if (k in body) r[k] = body[k]
      r.version++
      audit('region', r.id, 'update', before, S.regionOut(r))
      return ok(200, S.regionOut(r))
    }
    if (m === 'DELETE') {
      if (r.version !== Number(q.get('version'))) return fail(409, 'common.version_conflict')
      if (
        S.regions.some((x) => x.parent_id === r.id) ||
        S.staff.some((s) => s.region_ids.includes(r.id))
      )
        return fail(422, 'org.region.in_use')
      S.regions.splice(S.regions.indexOf(r), 1)
      audit('region', r.id, 'delete', S.regionOut(r), null)
      return ok(204)
    }
    return fail(405, 'common.not_found')
  }
  function productLinesRoute(m, id, body) {
    const lines = S.productLines
    if (!id && m === 'GET')
      return ok(200, { items: [...lines].sort((a, b) => a.sort_order - b.sort_order) })
    if (!id && m === 'POST') {
      const f = ['code', 'name'].filter((k) => !String(body[k] ?? '').trim()).map(required)
      if (f.length) return invalid(f)
      if (lines.some((l) => l.code === body.code)) return fail(409, 'org.product_line.code_taken')
      const l = {
        id: S.nextId(),
        code: body.code,
        name: body.name,
        notes: body.notes ?? '',
        sort_order: body.sort_order ?? 0,
        version: 1,
      }
      lines.push(l)
      audit('product_line', l.id, 'create', null, l)
      return ok(201, l)
    }
    const l = lines.find((x) => x.id === id)
    if (!l) return fail(404, 'common.not_found')
    if (m === 'PATCH') {
      if (conflict(l, body)) return fail(409, 'common.version_conflict')
      const before = { ...l }
      for (const k of ['code', 'name', 'notes', 'sort_order']) if (k in body) l[k] = body[k]
      l.version++
      audit('product_line', l.id, 'update', before, { ...l })
      return ok(200, l)
    }
    return fail(405, 'common.not_found')
  }

  // ---- division of work
  function assignmentsRoute(m, id, body, q) {
    if (!id && m === 'GET') {
      const num = (k) => Number(q.get(k)) || null
      const list = S.assignments.filter(
        (a) =>
          (!num('staff_id') || a.staff_id === num('staff_id')) &&
          (!num('subject_staff_id') || a.subject_staff_id === num('subject_staff_id')) &&
          (!q.get('kind') || a.kind === q.get('kind')),
      )
      return ok(200, { items: list.map(S.assignmentOut) })
    }
    if (!id && m === 'POST') {
      const f = []
      if (!KINDS.includes(body.kind)) f.push(required('kind'))
      if (!S.staffById(body.staff_id)) f.push(required('staff_id'))
      if (!S.staffById(body.subject_staff_id)) f.push(required('subject_staff_id'))
      if (f.length) return invalid(f)
      if (body.staff_id === body.subject_staff_id) return fail(422, 'org.assignment.self')
      const line = body.product_line_id ?? null
      if (
        S.assignments.some(
          (a) =>
            a.kind === body.kind &&
            a.staff_id === body.staff_id &&
            a.subject_staff_id === body.subject_staff_id &&
            a.product_line_id === line,
        )
      )
        return fail(409, 'org.assignment.duplicate')
      const a = {
        id: S.nextId(),
        kind: body.kind,
        staff_id: body.staff_id,
        subject_staff_id: body.subject_staff_id,
        product_line_id: line,
        notes: body.notes ?? '',
        created_at: now(),
      }
      S.assignments.push(a)
      audit('assignment', a.id, 'create', null, S.assignmentOut(a))
      return ok(201, S.assignmentOut(a))
    }
    const a = S.assignments.find((x) => x.id === id)
    if (!a) return fail(404, 'common.not_found')
    if (m === 'DELETE') {
      S.assignments.splice(S.assignments.indexOf(a), 1)
      audit('assignment', a.id, 'delete', S.assignmentOut(a), null)
      return ok(204)
    }
    return fail(405, 'common.not_found')
  }

  function chart() {
    const root = departments.find((d) => d.parent_id === null)
    return {
      company: root?.name ?? '',
      departments: departments.map(({ id, parent_id, name }) => ({ id, parent_id, name })),
      positions: S.sortedPositions().map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        department_id: p.department_id,
        superior_position_id: p.superior_position_id,
        headcount: p.headcount,
        holders: S.staff
          .filter((s) => s.status === 'active' && s.position_ids.includes(p.id))
          .map((s) => ({ staff_id: s.id, name: s.name })),
      })),
    }
  }

  /** Answers an org request (true), or leaves it to the caller (false). */
  function route(req, res, url, body, me, need) {
    const path = url.pathname.slice('/api/v1'.length)
    const m = req.method
    const q = url.searchParams
    ctx = { req, res, me }
    if (m === 'GET' && path === '/permissions') {
      const items = Object.entries(seed.permissionNames).map(([code, name]) => ({ code, name }))
      ok(200, { items })
      return true
    }
    const match =
      /^\/(departments|positions|staff|regions|product-lines|org\/assignments)(?:\/(\d+))?$/.exec(
        path,
      )
    const special = [
      '/org/template',
      '/org/template/apply',
      '/positions/from-template',
      '/positions/export.xlsx',
      '/org/chart',
    ].includes(path)
    if (!match && !special) return false
    const write = m !== 'GET'
    const isDeptRead = match?.[1] === 'departments' && !write
    if (!isDeptRead && need(write ? 'org.manage' : 'org.read')) return true
    if (m === 'GET' && path === '/positions/export.xlsx') {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': 'attachment; filename="positions.xlsx"',
      })
      res.end(`mock xlsx: ${S.positions.length} positions\n`)
      return true
    }
    if (m === 'GET' && path === '/org/chart') ok(200, chart())
    else if (special && templatesRoute(m, path, body) === false) fail(404, 'common.not_found')
    if (special) return true
    const id = match[2] ? Number(match[2]) : null
    const handlers = {
      departments: departmentsRoute,
      positions: positionsRoute,
      staff: staffRoute,
      regions: regionsRoute,
      'product-lines': productLinesRoute,
      'org/assignments': assignmentsRoute,
    }
    handlers[match[1]](m, id, body, q)
    return true
  }

  return { route }
}
