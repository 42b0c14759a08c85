// fetch wrapper for /api/v1: session cookie, CSRF, Accept-Language, Idempotency-Key, and
// application/problem+json → ApiError. Stores and the router plug in through configureClient(),
// so this file imports neither (and tests can drive it with a fake fetch).
import type { FieldError, Problem } from './types'

export const API_BASE = '/api/v1'

/** A failed request: problem+json fields, or a synthetic code for network/unknown failures. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly fields: FieldError[]
  readonly requestId?: string
  /** The whole problem+json body, members beyond RFC 9457 included (an import's `rows`). */
  readonly problem: Problem & Record<string, unknown>

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || problem.code || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.code = problem.code ?? (status === 0 ? 'client.network' : `http.${status}`)
    this.detail = problem.detail ?? problem.title ?? ''
    this.fields = Array.isArray(problem.fields) ? problem.fields : []
    this.requestId = problem.request_id
    this.problem = problem as Problem & Record<string, unknown>
  }

  /** Message of the first error on `field`, if the server reported one. */
  fieldError(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message
  }
}

export interface ClientHooks {
  csrfToken: () => string | null
  locale: () => string
  /** Called on 401 (except for requests sent with `auth: 'optional'`). */
  onUnauthorized: (error: ApiError) => void
}

let hooks: ClientHooks = {
  csrfToken: () => null,
  locale: () => 'zh-CN',
  onUnauthorized: () => {},
}

export function configureClient(next: Partial<ClientHooks>): void {
  hooks = { ...hooks, ...next }
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  /** Sent as JSON. */
  body?: unknown
  /** A file sent as it is (uploads): a Blob with its Content-Type, or a multipart form. */
  raw?: { body: Blob | FormData; contentType?: string }
  /** 'optional': a 401 is an ordinary error (session probe, login). */
  auth?: 'required' | 'optional'
  /** Reuse a key to retry the same POST safely; a fresh UUID otherwise. */
  idempotencyKey?: string
  signal?: AbortSignal
}

export function buildUrl(path: string, query?: Query): string {
  const url = API_BASE + path
  if (!query) return url
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    params.append(k, String(v))
  }
  const s = params.toString()
  return s ? `${url}?${s}` : url
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID()
  }
  // Fallback for insecure contexts (plain http on a LAN address) where randomUUID is absent.
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

async function toError(res: Response): Promise<ApiError> {
  let problem: Problem = { status: res.status, title: res.statusText }
  const type = res.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as unknown
      if (body && typeof body === 'object') problem = { ...problem, ...(body as Problem) }
    } catch {
      // Body was not JSON after all; keep the status line.
    }
  }
  return new ApiError(res.status, problem)
}

export async function request<T>(
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': hooks.locale(),
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = hooks.csrfToken()
    if (csrf) headers['X-CSRF-Token'] = csrf
  }
  if (method === 'POST') headers['Idempotency-Key'] = opts.idempotencyKey ?? newIdempotencyKey()
  let body: string | Blob | FormData | undefined
  if (opts.raw) {
    // A FormData body sets its own multipart Content-Type with the boundary.
    if (opts.raw.contentType) headers['Content-Type'] = opts.raw.contentType
    body = opts.raw.body
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }

  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, { code: 'client.network', detail: '' })
  }

  if (!res.ok) {
    const error = await toError(res)
    if (res.status === 401 && opts.auth !== 'optional') hooks.onUnauthorized(error)
    throw error
  }
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Name from `Content-Disposition: attachment; filename="x"` (or filename*=UTF-8''x). */
export function dispositionFilename(header: string | null, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim())
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header)
  return plain ? plain[1]!.trim() : fallback
}

/**
 * GET of a file (export): same cookie and language as JSON requests, problem+json → ApiError.
 * Returns the body and the server's file name (or `fallback`).
 */
export async function download(
  path: string,
  fallback: string,
  query?: Query,
): Promise<{ blob: Blob; filename: string }> {
  let res: Response
  try {
    res = await fetch(buildUrl(path, query), {
      method: 'GET',
      headers: { Accept: '*/*', 'Accept-Language': hooks.locale() },
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(0, { code: 'client.network', detail: '' })
  }
  if (!res.ok) {
    const error = await toError(res)
    if (res.status === 401) hooks.onUnauthorized(error)
    throw error
  }
  const filename = dispositionFilename(res.headers.get('Content-Disposition'), fallback)
  return { blob: await res.blob(), filename }
}

export const api = {
  get: <T>(path: string, query?: Query, opts: RequestOptions = {}) =>
    request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) =>
    request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts: RequestOptions = {}) =>
    request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts: RequestOptions = {}) =>
    request<T>('PATCH', path, { ...opts, body }),
  del: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
}
