// The mock server's organization data (org contract): positions made from the templates, staff,
// regions, product lines and division of work, and their JSON. The routes are in
// mock-org-routes.mjs.
import * as seed from './mock-org-data.mjs'

export const TEXT_FIELDS = [
  'superior_note',
  'summary',
  'internal_coordination',
  'external_coordination',
  'tools',
  'work_environment',
  'working_hours',
  'records',
  'notes',
  'source',
]
export const LEVELS = ['province', 'city', 'county']
export const KINDS = ['support', 'price_audit', 'order_check', 'supervise']

export function createOrgStore({ departments, users, now }) {
  let seq = 1000
  const positions = []
  const staff = []
  const regions = []
  const productLines = []
  const assignments = []

  const deptByCode = (code) => departments.find((d) => d.code === code)
  const deptName = (id) => departments.find((d) => d.id === id)?.name ?? ''
  const posById = (id) => positions.find((p) => p.id === id)
  const staffById = (id) => staff.find((s) => s.id === id)
  const ref = (x) => x && { id: x.id, code: x.code, name: x.name }

  // ---- positions
  function fromTemplate(t, department_id, code) {
    const byTpl = (tc) => positions.find((p) => p.template_code === tc)
    const p = {
      id: seq++,
      code: code ?? t.code,
      name: t.name,
      department_id: department_id ?? deptByCode(t.department_code)?.id,
      headcount: t.headcount,
      superior_position_id: t.superior ? (byTpl(t.superior)?.id ?? null) : null,
      data_scope: t.data_scope,
      duties: structuredClone(t.duties),
      authorities: structuredClone(t.authorities),
      indicators: t.indicators.map(({ assessor, ...i }) => ({
        ...i,
        assessor_position_id: assessor ? (byTpl(assessor)?.id ?? null) : null,
      })),
      qualifications: { ...t.qualifications },
      template_code: t.template_code,
      version: 1,
      created_at: now(),
      updated_at: now(),
    }
    for (const f of TEXT_FIELDS) p[f] = t[f] ?? ''
    positions.push(p)
    return p
  }
  const permissionsOf = (p) =>
    [...new Set([...p.duties, ...p.authorities].flatMap((x) => x.permissions))].sort()
  const holdersOf = (p) =>
    staff
      .filter((s) => s.status === 'active' && s.position_ids.includes(p.id))
      .map((s) => ({ staff_id: s.id, name: s.name, code: s.code }))
  const positionFull = (p) => ({
    ...structuredClone(p),
    department_name: deptName(p.department_id),
    superior_position_name: posById(p.superior_position_id)?.name ?? null,
    indicators: p.indicators.map((i) => ({
      ...i,
      assessor_position_name: posById(i.assessor_position_id)?.name ?? null,
    })),
    permissions: permissionsOf(p),
    holders: holdersOf(p),
  })
  const positionSummary = (p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    department_id: p.department_id,
    department_name: deptName(p.department_id),
    headcount: p.headcount,
    holder_count: holdersOf(p).length,
    superior_position_id: p.superior_position_id,
    superior_position_name: posById(p.superior_position_id)?.name ?? null,
    data_scope: p.data_scope,
    template_code: p.template_code,
    version: p.version,
  })
  const deptSort = (id) => departments.find((d) => d.id === id)?.sort_order ?? 0
  const sortedPositions = () =>
    [...positions].sort(
      (a, b) =>
        deptSort(a.department_id) - deptSort(b.department_id) || a.code.localeCompare(b.code),
    )

  // ---- seed
  for (const t of seed.templates) {
    if (seed.seededTemplates.includes(t.template_code)) fromTemplate(t)
  }
  seed.productLines.forEach((l, i) =>
    productLines.push({ id: i + 1, ...l, sort_order: (i + 1) * 10, version: 1 }),
  )
  for (const [code, name, dept, , tpls, , lines, login] of seed.staff) {
    const s = {
      id: seq++,
      code,
      name,
      department_id: deptByCode(dept).id,
      superior_staff_id: null,
      phone: `138${code.slice(1).padStart(8, '0')}`,
      email: '',
      status: 'active',
      joined_on: '2024-03-01',
      left_on: null,
      notes: '',
      position_ids: tpls.map((tc) => positions.find((p) => p.template_code === tc).id),
      region_ids: [],
      product_line_ids: lines.map((c) => productLines.find((l) => l.code === c).id),
      version: 1,
      created_at: now(),
      updated_at: now(),
    }
    staff.push(s)
    const u = login && users.find((x) => x.login === login)
    if (u) u.staff_id = s.id
  }
  for (const [code, , , sup] of seed.staff) {
    if (sup)
      staff.find((s) => s.code === code).superior_staff_id = staff.find((s) => s.code === sup).id
  }
  for (const [code, name, level, parent, owner] of seed.regions) {
    regions.push({
      id: seq++,
      parent_id: parent ? regions.find((r) => r.code === parent).id : null,
      code,
      name,
      level,
      owner_staff_id: owner ? staff.find((s) => s.code === owner).id : null,
      sort_order: 0,
      version: 1,
    })
  }
  for (const [code, , , , , regionCodes] of seed.staff) {
    staff.find((s) => s.code === code).region_ids = regionCodes.map(
      (c) => regions.find((r) => r.code === c).id,
    )
  }
  for (const [kind, who, whom, line, notes] of seed.assignments) {
    assignments.push({
      id: seq++,
      kind,
      staff_id: staff.find((s) => s.code === who).id,
      subject_staff_id: staff.find((s) => s.code === whom).id,
      product_line_id: line ? productLines.find((l) => l.code === line).id : null,
      notes,
      created_at: now(),
    })
  }

  // ---- JSON of the other entities
  const departmentOut = (d) => ({
    ...d,
    staff_count: staff.filter((s) => s.department_id === d.id && s.status === 'active').length,
    position_count: positions.filter((p) => p.department_id === d.id).length,
  })
  const staffOut = (s) => {
    const u = users.find((x) => x.staff_id === s.id)
    const { position_ids, region_ids, product_line_ids, ...rest } = s
    return {
      ...rest,
      department_name: deptName(s.department_id),
      superior_name: staffById(s.superior_staff_id)?.name ?? null,
      positions: position_ids.map((id) => ref(posById(id))),
      regions: region_ids.map((id) => ref(regions.find((r) => r.id === id))),
      product_lines: product_line_ids.map((id) => ref(productLines.find((l) => l.id === id))),
      user: u ? { id: u.id, login: u.login } : null,
    }
  }
  const regionOut = (r) => ({ ...r, owner_name: staffById(r.owner_staff_id)?.name ?? null })
  const assignmentOut = (a) => ({
    ...a,
    staff_name: staffById(a.staff_id)?.name ?? '',
    subject_name: staffById(a.subject_staff_id)?.name ?? '',
    product_line_name: productLines.find((l) => l.id === a.product_line_id)?.name ?? null,
  })

  return {
    positions,
    staff,
    regions,
    productLines,
    assignments,
    nextId: () => seq++,
    deptName,
    posById,
    staffById,
    fromTemplate,
    permissionsOf,
    positionFull,
    positionSummary,
    sortedPositions,
    departmentOut,
    staffOut,
    regionOut,
    assignmentOut,
  }
}
