import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { errorsOf, fieldErrorMap, normalizeField } from '@/composables/fieldErrors'
import { countUnder, rowError, withoutList } from '@/modules/org/composables/fieldErrors'

const problem = new ApiError(400, {
  code: 'common.validation_failed',
  fields: [
    { field: 'duties[2].description', code: 'common.field.required', message: '必填' },
    { field: 'duties[2].permissions', code: 'auth.permission.unknown', message: '权限 x 不存在' },
    {
      field: 'authorities.0.permissions',
      code: 'auth.permission.unknown',
      message: '权限 y 不存在',
    },
    { field: 'indicators', code: 'org.position.weights_sum', message: '权重合计须为 100' },
    { field: 'indicators', code: 'other', message: '' },
    { field: 'qualifications.education', code: 'common.field.too_long', message: '过长' },
  ],
})

describe('nested field errors', () => {
  it('normalizes dotted indexes to brackets', () => {
    expect(normalizeField('duties.2.description')).toBe('duties[2].description')
    expect(normalizeField('duties[2].description')).toBe('duties[2].description')
    expect(normalizeField('indicators.10')).toBe('indicators[10]')
    expect(normalizeField('qualifications.education')).toBe('qualifications.education')
  })

  it('maps problem+json fields to their inputs, joining repeats', () => {
    const map = errorsOf(problem)
    expect(rowError(map, 'duties', 2, 'description')).toBe('必填')
    expect(rowError(map, 'duties', 2, 'permissions')).toBe('权限 x 不存在')
    expect(rowError(map, 'duties', 1, 'description')).toBeUndefined()
    expect(rowError(map, 'authorities', 0, 'permissions')).toBe('权限 y 不存在')
    expect(map.indicators).toBe('权重合计须为 100; other')
    expect(map['qualifications.education']).toBe('过长')
  })

  it('is empty for anything but an ApiError', () => {
    expect(errorsOf(new Error('x'))).toEqual({})
    expect(errorsOf(null)).toEqual({})
    expect(fieldErrorMap([])).toEqual({})
  })

  it('drops a list’s row errors when its rows move, and counts per section', () => {
    const map = errorsOf(problem)
    expect(countUnder(map, 'duties')).toBe(2)
    expect(countUnder(map, 'indicators')).toBe(1)
    expect(countUnder(map, 'qualifications')).toBe(1)
    const after = withoutList(map, 'duties')
    expect(countUnder(after, 'duties')).toBe(0)
    expect(after.indicators).toBeDefined()
    expect(after['authorities[0].permissions']).toBeDefined()
  })
})
