// The editor's save: PUT with the version, field errors by path, nothing dirty after a save.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import { emptyPosition } from '@/modules/org/composables/positionForm'
import type { Position } from '@/modules/org/types'

const api = vi.hoisted(() => ({
  getPosition: vi.fn(),
  updatePosition: vi.fn(),
  createPosition: vi.fn(),
}))
vi.mock('@/modules/org/api', () => api)

const { usePositionEditor } = await import('@/modules/org/composables/usePositionEditor')

const rep = (version: number): Position => ({
  ...emptyPosition(),
  id: 5,
  code: 'XS-05',
  name: '销售代表',
  department_id: 2,
  department_name: '销售部',
  superior_position_name: null,
  duties: [
    {
      category: 'main',
      description: '新客户的发展跟进',
      standard: '每月发展客户不少于10户',
      permissions: [],
    },
  ],
  template_code: 'sales_rep',
  permissions: [],
  holders: [],
  version,
  created_at: '',
  updated_at: '',
})

beforeEach(() => vi.clearAllMocks())

describe('usePositionEditor', () => {
  it('saves the whole document with its version', async () => {
    api.getPosition.mockResolvedValue(rep(3))
    api.updatePosition.mockImplementation(async (_id: number, body: { duties: unknown }) => ({
      ...rep(4),
      duties: body.duties,
    }))
    const ed = usePositionEditor()
    await ed.load(5)
    expect(ed.dirty.value).toBe(false)
    ed.form.value.duties[0]!.description = '新客户的发展与跟进'
    expect(ed.dirty.value).toBe(true)
    const saved = await ed.save()
    expect(api.updatePosition).toHaveBeenCalledWith(
      5,
      expect.objectContaining({ version: 3, code: 'XS-05' }),
    )
    expect(saved?.version).toBe(4)
    expect(ed.dirty.value).toBe(false)
    expect(ed.position.value?.version).toBe(4)
  })

  it('keeps the edits and maps field errors when the server refuses', async () => {
    api.getPosition.mockResolvedValue(rep(3))
    api.updatePosition.mockRejectedValue(
      new ApiError(400, {
        fields: [
          { field: 'duties[0].permissions', code: 'auth.permission.unknown', message: '无此权限' },
        ],
      }),
    )
    const ed = usePositionEditor()
    await ed.load(5)
    ed.form.value.duties[0]!.permissions = ['no.such']
    expect(await ed.save()).toBeNull()
    expect(ed.errors.value['duties[0].permissions']).toBe('无此权限')
    expect(ed.form.value.duties[0]!.permissions).toEqual(['no.such'])
    expect(ed.dirty.value).toBe(true)
    ed.rowsChanged('duties')
    expect(ed.errors.value).toEqual({})
  })

  it('creates a new position with POST', async () => {
    api.createPosition.mockResolvedValue(rep(1))
    const ed = usePositionEditor()
    await ed.load(null)
    expect(ed.isNew.value).toBe(true)
    Object.assign(ed.form.value, { code: 'XS-05', name: '销售代表', department_id: 2 })
    await ed.save()
    expect(api.createPosition).toHaveBeenCalledOnce()
    expect(api.updatePosition).not.toHaveBeenCalled()
    expect(ed.isNew.value).toBe(false)
  })
})
