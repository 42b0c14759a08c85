import { describe, expect, it } from 'vitest'
import { childLevel } from '@/modules/org/composables/useRegions'
import { staffCreateBody, staffForm, staffPatchBody } from '@/modules/org/composables/useStaff'
import type { Staff } from '@/modules/org/types'

const zhang: Staff = {
  id: 3,
  code: 'E003',
  name: '张明',
  department_id: 3,
  department_name: '销售一区（华北）',
  superior_staff_id: 2,
  superior_name: '王建国',
  phone: '',
  email: '',
  status: 'active',
  joined_on: '2024-03-01',
  left_on: null,
  notes: '',
  positions: [
    { id: 5, code: 'XS-05', name: '销售代表' },
    { id: 8, code: 'XS-08', name: '网络销售代表' },
  ],
  regions: [{ id: 11, code: '430000', name: '湖南省' }],
  product_lines: [{ id: 1, code: 'SBS', name: 'SBS改性沥青' }],
  user: { id: 4, login: 'rep.zhang' },
  version: 7,
  created_at: '',
  updated_at: '',
}

describe('staff form', () => {
  it('sends only what changed, with the version', () => {
    const f = staffForm(zhang)
    f.phone = ' 13800000000 '
    f.position_ids = [8, 5] // same set, another order
    expect(staffPatchBody(zhang, f)).toEqual({ version: 7, phone: '13800000000' })
  })

  it('sends a changed position list and a status change', () => {
    const f = staffForm(zhang)
    f.position_ids = [5]
    f.status = 'left'
    f.left_on = '2026-02-28'
    expect(staffPatchBody(zhang, f)).toEqual({
      version: 7,
      position_ids: [5],
      status: 'left',
      left_on: '2026-02-28',
    })
  })

  it('builds a create body without status fields', () => {
    const f = staffForm(null)
    Object.assign(f, { code: ' E010 ', name: '新人', department_id: 3, joined_on: '' })
    const body = staffCreateBody(f)
    expect(body).toMatchObject({ code: 'E010', name: '新人', department_id: 3, joined_on: null })
    expect(body).not.toHaveProperty('status')
  })
})

describe('region levels', () => {
  it('province → city → county, nothing below a county', () => {
    expect(childLevel(null)).toBe('province')
    expect(childLevel({ level: 'province' })).toBe('city')
    expect(childLevel({ level: 'city' })).toBe('county')
    expect(childLevel({ level: 'county' })).toBeNull()
  })
})
