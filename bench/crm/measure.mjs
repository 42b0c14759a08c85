// bench/crm/measure.mjs BASE_URL OUT_JSON [ROUNDS]: customer search and customer page latency
// over HTTP, one request at a time (what a user waits for), as a rep (rep.chen, scope own) and
// a manager (deputy.zhou, scope department SALES-S: three reps). Each case: 10 warm-up requests,
// then ROUNDS (default 200) timed ones, or as many as fit in 30 s; p50/p99 in ms. The node
// client's own overhead (~0.2 ms per request on loopback) is included.
// Writes {cases: [{who, what, p50, p99, n, hits}]}.
import { writeFileSync } from 'node:fs'

const [base, out, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg || 200)
const budgetMs = 30_000

async function call(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) })
  const text = await res.text()
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`)
  return text ? JSON.parse(text) : null
}

async function login(login) {
  const r = await call('POST', '/api/v1/auth/login', { login, password: 'demo1234', client: 'api' })
  return r.token
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function timed(n, fn) {
  for (let i = 0; i < 10; i++) await fn(i)
  const ms = []
  const start = Date.now()
  for (let i = 0; i < n && Date.now() - start < budgetMs; i++) {
    const t0 = process.hrtime.bigint()
    await fn(i)
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  ms.sort((a, b) => a - b)
  return { p50: pct(ms, 50), p99: pct(ms, 99), max: ms[ms.length - 1], n: ms.length }
}

const cases = []
// A generated customer of rep.chen (so in deputy.zhou's scope too) gives the phone queries:
// its first contact's mobile, the mobile's last 4 digits, its landline without the area code.
const sample = await (async () => {
  const token = await login('rep.chen')
  const list = await call('GET', '/api/v1/customers?size=50&page=100', undefined, token)
  const c = list.items.find((x) => x.phone.includes('-') && x.primary_contact?.mobile)
  if (!c) throw new Error('no generated customer with a landline and a mobile on page 100')
  return { mobile: c.primary_contact.mobile, local: c.phone.split('-')[1] }
})()
const queries = [
  ['pinyin initials', 'blsh'],
  ['pinyin initials', 'yylq'],
  ['name, 1 character', '华'],
  ['name, 2 characters', '路桥'],
  ['name, 2 characters', '岳阳'],
  ['name, 4 characters', '岳阳华盛'],
  ['mobile', sample.mobile],
  ['mobile, last 4 digits', sample.mobile.slice(-4)],
  ['landline without area code', sample.local],
]
for (const who of ['rep.chen', 'deputy.zhou']) {
  const token = await login(who)
  for (const [what, q] of queries) {
    let hits = 0
    const path = `/api/v1/customers?q=${encodeURIComponent(q)}&size=20`
    const r = await timed(rounds, async () => {
      hits = (await call('GET', path, undefined, token)).total
    })
    cases.push({ who, what: `search ${what} "${q}"`, ...r, hits })
    console.error(`${who} search ${q}: p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms (${hits} hits)`)
  }
  {
    // The list as it opens (no q): first page in pinyin order with the total.
    let hits = 0
    const r = await timed(rounds, async () => {
      hits = (await call('GET', '/api/v1/customers?size=20', undefined, token)).total
    })
    cases.push({ who, what: 'list first page (no q)', ...r, hits })
    console.error(`${who} list: p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms (${hits} hits)`)
  }
  // Customer page: the customer and its follow-ups, for customers spread over the scope.
  const ids = []
  for (let page = 1; ids.length < 200 && page <= 40; page += 4) {
    const list = await call('GET', `/api/v1/customers?size=50&page=${page * 7}`, undefined, token)
    for (const c of list.items) ids.push(c.id)
  }
  if (ids.length === 0) throw new Error(`${who} sees no customers`)
  const r = await timed(rounds, async (i) => {
    const id = ids[i % ids.length]
    await call('GET', `/api/v1/customers/${id}`, undefined, token)
    await call('GET', `/api/v1/customers/${id}/follow-ups`, undefined, token)
  })
  cases.push({ who, what: 'customer page (GET customer + follow-ups)', ...r, hits: ids.length })
  console.error(`${who} page: p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms`)
}
writeFileSync(out, JSON.stringify({ cases }, null, 1))
