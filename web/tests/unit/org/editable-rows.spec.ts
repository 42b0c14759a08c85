import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import {
  addRow,
  moveRow,
  removeRow,
  useEditableRows,
} from '@/modules/org/composables/useEditableRows'
import { newDuty } from '@/modules/org/composables/positionForm'

describe('row operations', () => {
  it('adds at the end or at a position (clamped)', () => {
    const list = ['a', 'b']
    expect(addRow(list, 'c')).toBe(2)
    expect(addRow(list, 'x', 1)).toBe(1)
    expect(addRow(list, 'y', 99)).toBe(4)
    expect(list).toEqual(['a', 'x', 'b', 'c', 'y'])
  })

  it('removes by index and ignores a bad index', () => {
    const list = ['a', 'b', 'c']
    expect(removeRow(list, 1)).toBe('b')
    expect(removeRow(list, 5)).toBeUndefined()
    expect(list).toEqual(['a', 'c'])
  })

  it('moves up and down but not off the table', () => {
    const list = ['a', 'b', 'c']
    expect(moveRow(list, 2, -1)).toBe(true)
    expect(list).toEqual(['a', 'c', 'b'])
    expect(moveRow(list, 0, 1)).toBe(true)
    expect(list).toEqual(['c', 'a', 'b'])
    expect(moveRow(list, 0, -1)).toBe(false)
    expect(moveRow(list, 2, 1)).toBe(false)
    expect(list).toEqual(['c', 'a', 'b'])
  })
})

describe('useEditableRows on the duty table', () => {
  it('edits the bound array in place and reports each change', () => {
    const duties = ref([
      { ...newDuty(), description: '新客户的发展跟进', standard: '每月发展客户不少于10户' },
      { ...newDuty('daily'), description: '客户回访' },
    ])
    const changed = vi.fn()
    const ops = useEditableRows(duties, () => newDuty(), changed)
    ops.add()
    expect(duties.value).toHaveLength(3)
    expect(duties.value[2]).toEqual(newDuty())
    ops.add(0)
    expect(duties.value[1]!.description).toBe('')
    ops.remove(1)
    ops.move(1, -1)
    expect(duties.value.map((d) => d.description)).toEqual(['客户回访', '新客户的发展跟进', ''])
    ops.move(0, -1) // refused: already first
    expect(changed).toHaveBeenCalledTimes(4)
  })
})
