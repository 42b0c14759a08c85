import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, configureClient } from '@/api/client'
import { fileContentType, importCustomers, ImportRowsError } from '@/modules/crm/api'
import {
  fieldBase,
  importErrorRows,
  importFileKind,
  previewCell,
  previewColumns,
  previewLabelKey,
  refusedRowCount,
} from '@/modules/crm/composables/importRows'
import { useSessionStore } from '@/stores/session'

describe('import files', () => {
  it('takes .xlsx and .csv only, and sends each with its content type', () => {
    expect(importFileKind('客户.XLSX')).toBe('xlsx')
    expect(importFileKind('customers.csv')).toBe('csv')
    expect(importFileKind('customers.xls')).toBeNull()
    expect(fileContentType({ name: 'a.xlsx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(fileContentType({ name: 'a.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv')
  })
})

describe('refused rows', () => {
  const rows = [
    { row: 7, field: 'name', code: 'common.field.required', message: '必填' },
    { row: 3, field: 'credit_code', code: 'crm.credit_code.invalid', message: '' },
    { row: 3, field: 'contacts[1].mobile', code: 'common.field.invalid', message: '手机号无效' },
    { row: 5, field: 'region_id', column: '片区', code: 'crm.import.region_unknown', message: '' },
  ]

  it('sorts by row and field, names known fields unless the file column is given', () => {
    const known = (k: string) =>
      ['crm.customer.name', 'crm.customer.credit_code', 'crm.customer.region_id'].includes(k)
    const out = importErrorRows(rows, known)
    expect(out.map((r) => [r.row, r.field, r.labelKey])).toEqual([
      [3, 'contacts[1].mobile', null],
      [3, 'credit_code', 'crm.customer.credit_code'],
      [5, 'region_id', null], // the file's column 片区 names it
      [7, 'name', 'crm.customer.name'],
    ])
    expect(out[1]!.message).toBe('crm.credit_code.invalid') // no message: the code
    expect(refusedRowCount(rows)).toBe(3)
  })

  it('finds the field under list paths', () => {
    expect(fieldBase('contacts[1].mobile')).toBe('mobile')
    expect(fieldBase('contacts.1.mobile')).toBe('mobile')
    expect(fieldBase('varieties[0]')).toBe('varieties')
    expect(fieldBase('name')).toBe('name')
  })
})

describe('preview', () => {
  it('orders the known columns, leaves ids out, and prints contacts', () => {
    const preview = [
      {
        class: 'prospect',
        contacts: [{ mobile: '13700000000', name: '王五', title: '' }],
        credit_code: null,
        kind: 'end_user',
        name: '测试丙沥青有限公司',
        owner_name: '陈磊',
        owner_staff_id: 5,
        region_id: 37,
        region_name: '岳阳市',
        row: 2,
        short_name: '丙',
        extra: 'x',
      },
    ]
    expect(previewColumns(preview)).toEqual([
      'row',
      'name',
      'short_name',
      'credit_code',
      'kind',
      'class',
      'region_name',
      'owner_name',
      'contacts',
      'extra',
    ])
    expect(previewCell(preview[0]!.contacts)).toBe('王五 13700000000')
    expect(previewCell(null)).toBe('')
    expect(previewCell(12)).toBe('12')
    expect(previewCell({ a: 1 })).toBe('{"a":1}')
    expect(previewLabelKey('owner_name')).toBe('crm.customer.owner_staff_id')
    expect(previewLabelKey('short_name')).toBe('crm.customer.short_name')
  })
})

describe('upload', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().csrfToken = 'csrf-9'
    // The app wires the client to the session store at start (main.ts); uploads now go through it.
    configureClient({ csrfToken: () => useSessionStore().csrfToken })
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })
  afterEach(() => vi.unstubAllGlobals())

  const file = new File(['名称\n巴陵石化\n'], '客户.csv', { type: '' })

  it('posts the raw file with its type, CSRF and dry_run', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ customers: 1, contacts: 0, preview: [] }), { status: 200 }),
    )
    await expect(importCustomers(file, true)).resolves.toEqual({
      customers: 1,
      contacts: 0,
      preview: [],
    })
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    const headers = init.headers as Record<string, string>
    expect(url).toBe('/api/v1/customers/import?dry_run=true')
    expect(init.body).toBe(file)
    expect(headers['Content-Type']).toBe('text/csv')
    expect(headers['X-CSRF-Token']).toBe('csrf-9')
    expect(headers['Idempotency-Key']).toBeTruthy()
  })

  it('turns 422 rows_invalid into an error carrying the rows', async () => {
    const rows = [{ row: 2, field: 'name', code: 'common.field.required', message: '必填' }]
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({ status: 422, code: 'crm.import.rows_invalid', detail: '有错误', rows }),
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    const e = await importCustomers(file, false).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ImportRowsError)
    expect((e as ImportRowsError).rows).toEqual(rows)
    expect((e as ImportRowsError).code).toBe('crm.import.rows_invalid')
  })

  it('keeps other failures as plain problems', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ code: 'auth.forbidden', detail: '没有权限' }), {
        status: 403,
      }),
    )
    const e = await importCustomers(file, true).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e).not.toBeInstanceOf(ImportRowsError)
    expect((e as ApiError).status).toBe(403)
  })
})
