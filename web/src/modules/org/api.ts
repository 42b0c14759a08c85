// Organization endpoints (org contract): departments, positions and templates, staff, regions,
// product lines, division of work and the org chart.
import { api, download } from '@/api/client'
import type { Items, Page, Permission } from '@/api/types'
import type {
  Assignment,
  AssignmentKind,
  OrgChart,
  OrgDepartment,
  Position,
  PositionInput,
  PositionSummary,
  ProductLine,
  Region,
  RegionLevel,
  Staff,
  StaffInput,
  StaffPatch,
  StaffStatus,
  TemplateItem,
} from './types'

/** Every item of a paged list, page by page; the server caps a page at 100. */
async function allPages<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>) {
  const out: T[] = []
  for (let page = 1; page <= 50; page++) {
    const res = await fetchPage(page, 100)
    out.push(...res.items)
    if (out.length >= res.total || res.items.length === 0) break
  }
  return out
}

// ---- departments
export interface DepartmentCreate {
  code: string
  name: string
  parent_id?: number | null
  sort_order?: number
}
export type DepartmentPatch = Partial<DepartmentCreate> & { version: number }

export const listDepartments = () => api.get<Items<OrgDepartment>>('/departments')
export const createDepartment = (body: DepartmentCreate) =>
  api.post<OrgDepartment>('/departments', body)
export const updateDepartment = (id: number, body: DepartmentPatch) =>
  api.patch<OrgDepartment>(`/departments/${id}`, body)
export const deleteDepartment = (d: OrgDepartment) =>
  api.del<void>(`/departments/${d.id}`, { query: { version: d.version } })

// ---- positions
export interface PositionQuery {
  department_id?: number
  q?: string
  page: number
  size: number
}

export const listPositions = (q: PositionQuery) =>
  api.get<Page<PositionSummary>>('/positions', { ...q })
export const getPosition = (id: number) => api.get<Position>(`/positions/${id}`)
export const createPosition = (body: PositionInput) => api.post<Position>('/positions', body)
export const updatePosition = (id: number, body: PositionInput & { version: number }) =>
  api.put<Position>(`/positions/${id}`, body)
export const deletePosition = (p: { id: number; version: number }) =>
  api.del<void>(`/positions/${p.id}`, { query: { version: p.version } })
export const exportPositions = () => download('/positions/export.xlsx', 'positions.xlsx')

/** Every position (for selects). */
export const listAllPositions = () => allPages((page, size) => listPositions({ page, size }))

export const listTemplates = () => api.get<Items<TemplateItem>>('/org/template')
export const createFromTemplate = (body: {
  template_code: string
  department_id?: number
  code?: string
}) => api.post<Position>('/positions/from-template', body)
export const applyTemplates = (department_id?: number) =>
  api.post<{ created: number[] }>('/org/template/apply', department_id ? { department_id } : {})

export const listPermissions = () => api.get<Items<Permission>>('/permissions')

// ---- staff
export interface StaffQuery {
  q?: string
  department_id?: number
  position_id?: number
  region_id?: number
  status?: StaffStatus
  /** Holding a position that grants it: customer.claim = may own customers. */
  permission?: string
  page: number
  size: number
}

export const listStaff = (q: StaffQuery) => api.get<Page<Staff>>('/staff', { ...q })
export const createStaff = (body: StaffInput) => api.post<Staff>('/staff', body)
export const updateStaff = (id: number, body: StaffPatch) => api.patch<Staff>(`/staff/${id}`, body)

/** Every staff member (for selects). */
export const listAllStaff = () => allPages((page, size) => listStaff({ page, size }))

/** Active staff who can own customers (sales reps and supervisors), for 移交给. */
export const listCustomerOwners = () =>
  allPages((page, size) =>
    listStaff({ page, size, status: 'active', permission: 'customer.claim' }),
  )

// ---- regions
export interface RegionCreate {
  parent_id: number | null
  code: string
  name: string
  level: RegionLevel
  owner_staff_id: number | null
  sort_order: number
}

export const listRegions = (q?: string) => api.get<Items<Region>>('/regions', { q })
export const createRegion = (body: RegionCreate) => api.post<Region>('/regions', body)
export const updateRegion = (id: number, body: Partial<RegionCreate> & { version: number }) =>
  api.patch<Region>(`/regions/${id}`, body)
export const deleteRegion = (r: Region) =>
  api.del<void>(`/regions/${r.id}`, { query: { version: r.version } })

// ---- product lines
export interface ProductLineInput {
  code: string
  name: string
  notes: string
  sort_order: number
}

export const listProductLines = () => api.get<Items<ProductLine>>('/product-lines')
export const createProductLine = (body: ProductLineInput) =>
  api.post<ProductLine>('/product-lines', body)
export const updateProductLine = (id: number, body: ProductLineInput & { version: number }) =>
  api.patch<ProductLine>(`/product-lines/${id}`, body)

// ---- division of work 分工
export interface AssignmentQuery {
  staff_id?: number
  subject_staff_id?: number
  kind?: AssignmentKind
}
export interface AssignmentCreate {
  kind: AssignmentKind
  staff_id: number
  subject_staff_id: number
  product_line_id?: number | null
  notes?: string
}

export const listAssignments = (q: AssignmentQuery) =>
  api.get<Items<Assignment>>('/org/assignments', { ...q })
export const createAssignment = (body: AssignmentCreate) =>
  api.post<Assignment>('/org/assignments', body)
export const deleteAssignment = (id: number) => api.del<void>(`/org/assignments/${id}`)

// ---- chart
export const getOrgChart = () => api.get<OrgChart>('/org/chart')
