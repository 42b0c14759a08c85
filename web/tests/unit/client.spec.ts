import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  api,
  buildUrl,
  configureClient,
  dispositionFilename,
  download,
  newIdempotencyKey,
} from '@/api/client'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function jsonResponse(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  })
}

let fetchMock: ReturnType<typeof vi.fn>
const onUnauthorized = vi.fn()

function lastCall(): { url: string; init: RequestInit; headers: Record<string, string> } {
  const [url, init] = fetchMock.mock.calls.at(-1) as [string, RequestInit]
  return { url, init, headers: init.headers as Record<string, string> }
}

beforeEach(() => {
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
  onUnauthorized.mockReset()
  configureClient({ csrfToken: () => 'csrf-123', locale: () => 'en-US', onUnauthorized })
})

afterEach(() => vi.unstubAllGlobals())

describe('api client requests', () => {
  it('POST sends CSRF, Idempotency-Key, Accept-Language, JSON body and same-origin credentials', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 7 }))
    const res = await api.post<{ id: number }>('/users', { login: 'x' })
    expect(res).toEqual({ id: 7 })
    const { url, init, headers } = lastCall()
    expect(url).toBe('/api/v1/users')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(init.body).toBe('{"login":"x"}')
    expect(headers['X-CSRF-Token']).toBe('csrf-123')
    expect(headers['Accept-Language']).toBe('en-US')
    expect(headers['Content-Type']).toBe('application/json')
    expect(headers['Idempotency-Key']).toMatch(UUID)
  })

  it('each POST gets a fresh Idempotency-Key unless one is given', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}))
    await api.post('/a')
    const first = lastCall().headers['Idempotency-Key']
    await api.post('/a')
    expect(lastCall().headers['Idempotency-Key']).not.toBe(first)
    await api.post('/a', undefined, { idempotencyKey: 'fixed' })
    expect(lastCall().headers['Idempotency-Key']).toBe('fixed')
  })

  it('PUT and PATCH send CSRF but no Idempotency-Key', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}))
    await api.patch('/users/1', { version: 1 })
    expect(lastCall().headers['X-CSRF-Token']).toBe('csrf-123')
    expect(lastCall().headers['Idempotency-Key']).toBeUndefined()
  })

  it('GET sends neither CSRF nor Idempotency-Key, and drops empty query values', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [] }))
    await api.get('/users', { q: '', page: 2, disabled: false, sort: undefined })
    const { url, headers } = lastCall()
    expect(url).toBe('/api/v1/users?page=2&disabled=false')
    expect(headers['X-CSRF-Token']).toBeUndefined()
    expect(headers['Idempotency-Key']).toBeUndefined()
    expect(headers['Accept-Language']).toBe('en-US')
  })

  it('204 resolves to undefined', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(api.post('/auth/logout')).resolves.toBeUndefined()
  })

  it('buildUrl encodes values', () => {
    expect(buildUrl('/audit', { q: 'a b&c' })).toBe('/api/v1/audit?q=a+b%26c')
  })

  it('newIdempotencyKey makes v4 UUIDs', () => {
    expect(newIdempotencyKey()).toMatch(UUID)
  })
})

describe('api client errors', () => {
  it('parses problem+json into ApiError with code, detail, fields and status', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        400,
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'common.validation_failed',
          detail: '输入有误',
          fields: [{ field: 'login', code: 'common.field.required', message: '必填' }],
          request_id: 'r-1',
        },
        'application/problem+json',
      ),
    )
    const err = await api.post('/users', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    const e = err as ApiError
    expect(e.status).toBe(400)
    expect(e.code).toBe('common.validation_failed')
    expect(e.detail).toBe('输入有误')
    expect(e.message).toBe('输入有误')
    expect(e.fields).toHaveLength(1)
    expect(e.fieldError('login')).toBe('必填')
    expect(e.requestId).toBe('r-1')
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('a non-JSON error still becomes an ApiError with an http code', async () => {
    fetchMock.mockResolvedValue(new Response('oops', { status: 502, statusText: 'Bad Gateway' }))
    const e = (await api.get('/x').catch((x: unknown) => x)) as ApiError
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(502)
    expect(e.code).toBe('http.502')
    expect(e.fields).toEqual([])
  })

  it('a network failure becomes client.network with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = (await api.get('/x').catch((x: unknown) => x)) as ApiError
    expect(e.status).toBe(0)
    expect(e.code).toBe('client.network')
  })

  it('401 calls onUnauthorized with the error (session expired)', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        401,
        { status: 401, code: 'auth.session.expired', detail: 'expired' },
        'application/problem+json',
      ),
    )
    await expect(api.get('/users')).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect((onUnauthorized.mock.calls[0]![0] as ApiError).code).toBe('auth.session.expired')
  })

  it('401 on an optional-auth request (login, session probe) does not redirect', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        401,
        { status: 401, code: 'auth.login.failed', detail: 'wrong' },
        'application/problem+json',
      ),
    )
    await expect(api.post('/auth/login', {}, { auth: 'optional' })).rejects.toMatchObject({
      code: 'auth.login.failed',
    })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })
})

describe('api client downloads', () => {
  it('sends cookie and language, returns the blob and the server file name', async () => {
    fetchMock.mockResolvedValue(
      new Response('xlsx-bytes', {
        status: 200,
        headers: { 'Content-Disposition': 'attachment; filename="positions.xlsx"' },
      }),
    )
    const { blob, filename } = await download('/positions/export.xlsx', 'fallback.xlsx')
    const { url, init, headers } = lastCall()
    expect(url).toBe('/api/v1/positions/export.xlsx')
    expect(init.credentials).toBe('same-origin')
    expect(headers['Accept-Language']).toBe('en-US')
    expect(filename).toBe('positions.xlsx')
    expect(await blob.text()).toBe('xlsx-bytes')
  })

  it('turns problem+json into ApiError and reports 401', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(401, { code: 'auth.unauthenticated' }, 'application/problem+json'),
    )
    await expect(download('/positions/export.xlsx', 'x.xlsx')).rejects.toBeInstanceOf(ApiError)
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('reads plain and UTF-8 file names', () => {
    expect(dispositionFilename(null, 'a.xlsx')).toBe('a.xlsx')
    expect(dispositionFilename('attachment; filename=b.xlsx', 'a.xlsx')).toBe('b.xlsx')
    expect(dispositionFilename("attachment; filename*=UTF-8''%E5%B2%97%E4%BD%8D.xlsx", 'a')).toBe(
      '岗位.xlsx',
    )
  })
})
