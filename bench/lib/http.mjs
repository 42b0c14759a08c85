// What the HTTP benchmarks (bench/crm, bench/sales) share: a JSON client of the API for one
// server, logging in a demo user, and timing a request case (warm-up, then rounds within a
// time budget; p50, p99 and max in ms, including the node client's own ~0.2 ms per request).

/** A client of the server at `base`: call(method, path, body, token) and login(name). */
export function client(base) {
  async function call(method, path, body, token) {
    const headers = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `Bearer ${token}`
    const res = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) })
    const text = await res.text()
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : null
  }
  async function login(name) {
    const r = await call('POST', '/api/v1/auth/login', {
      login: name,
      password: 'demo1234',
      client: 'api',
    })
    return r.token
  }
  return { call, login }
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** p50, p99, max and count of the durations in ms (sorts them in place). */
export function stats(ms) {
  ms.sort((a, b) => a - b)
  return { p50: pct(ms, 50), p99: pct(ms, 99), max: ms[ms.length - 1], n: ms.length }
}

/** `warm` untimed calls of fn(i), then up to n timed ones or as many as fit in budgetMs. */
export async function timed(n, fn, warm = 10, budgetMs = 15_000) {
  for (let i = 0; i < warm; i++) await fn(i)
  const ms = []
  const start = Date.now()
  for (let i = warm; i < n + warm && Date.now() - start < budgetMs; i++) {
    const t0 = process.hrtime.bigint()
    await fn(i)
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return stats(ms)
}
