import { describe, expect, it } from 'vitest'
import { useList } from '@/composables/useList'
import { useFilteredList, usePagedList } from '@/composables/usePagedList'

describe('usePagedList', () => {
  it('keeps the answer of the newest load and drops a slower older one', async () => {
    const resolvers: Array<
      (v: { items: string[]; total: number; page: number; size: number }) => void
    > = []
    const list = usePagedList<string>(() => new Promise((resolve) => resolvers.push(resolve)))
    const first = list.load()
    const second = list.load()
    resolvers[1]({ items: ['new'], total: 1, page: 1, size: 20 })
    await second
    resolvers[0]({ items: ['old'], total: 9, page: 1, size: 20 })
    await first
    expect(list.rows.value).toEqual(['new'])
    expect(list.total.value).toBe(1)
    expect(list.loading.value).toBe(false)
  })

  it('search goes back to page one and records errors', async () => {
    const pages: number[] = []
    const list = usePagedList<string>(async (page) => {
      pages.push(page)
      throw new Error('boom')
    })
    list.page.value = 3
    await list.search()
    expect(pages).toEqual([1])
    expect(list.error.value).toBeInstanceOf(Error)
    expect(list.loading.value).toBe(false)
  })
})

describe('useList', () => {
  it('keeps the answer of the newest load', async () => {
    const resolvers: Array<(v: string[]) => void> = []
    const list = useList<string>(() => new Promise((resolve) => resolvers.push(resolve)))
    const first = list.load()
    const second = list.load()
    resolvers[1](['new'])
    await second
    resolvers[0](['old'])
    await first
    expect(list.items.value).toEqual(['new'])
    expect(list.loading.value).toBe(false)
    expect(list.error.value).toBeNull()
  })
})

describe('useFilteredList', () => {
  it('asks with the form and reset empties it and goes back to page one', async () => {
    const asked: Array<{ q: string; page: number }> = []
    const list = useFilteredList(
      () => ({ q: '' }),
      async (f, page, size) => {
        asked.push({ q: f.q, page })
        return { items: [f.q], total: 1, page, size }
      },
    )
    list.form.q = 'abc'
    list.page.value = 2
    await list.load()
    expect(list.rows.value).toEqual(['abc'])
    await list.reset()
    expect(list.form.q).toBe('')
    expect(asked).toEqual([
      { q: 'abc', page: 2 },
      { q: '', page: 1 },
    ])
  })
})
