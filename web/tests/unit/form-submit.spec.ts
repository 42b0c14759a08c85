import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api/client'
import { useFormSubmit } from '@/composables/useFormSubmit'

const problem = new ApiError(422, {
  code: 'common.validation_failed',
  fields: [{ field: 'code', code: 'org.code_taken', message: '编码已存在' }],
})

describe('useFormSubmit', () => {
  it('fills the form and clears the old problem each time the dialog opens', async () => {
    const open = ref(false)
    const fill = vi.fn()
    const f = useFormSubmit(open, fill)
    f.error.value = problem
    open.value = true
    await nextTick()
    expect(fill).toHaveBeenCalledOnce()
    expect(f.error.value).toBeNull()
  })

  it('closes and hands over the result on success', async () => {
    const open = ref(true)
    const f = useFormSubmit(open, () => {})
    const done = vi.fn()
    const saved = f.submit(async () => 'row', done)
    expect(f.saving.value).toBe(true)
    await saved
    expect(f.saving.value).toBe(false)
    expect(open.value).toBe(false)
    expect(done).toHaveBeenCalledWith('row')
  })

  it('stays open on failure and shows field errors at their inputs', async () => {
    const open = ref(true)
    const f = useFormSubmit(open, () => {})
    const done = vi.fn()
    await f.submit(() => Promise.reject(problem), done)
    expect(open.value).toBe(true)
    expect(done).not.toHaveBeenCalled()
    expect(f.error.value).toBe(problem)
    expect(f.fieldError('code')).toBe('编码已存在')
    expect(f.fieldError('name')).toBeUndefined()
    expect(f.saving.value).toBe(false)
  })
})
