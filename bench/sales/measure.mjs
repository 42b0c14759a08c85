// bench/sales/measure.mjs BASE_URL OUT_JSON [ROUNDS] [CREATES] [PHASES]: the quotations'
// list latency and create-and-submit throughput over HTTP, on a database made by bench/sales/run
// (demo company, generated customers, products G00001…, price rules and a million quotations).
// Writes {cases: [{who, what, p50, p99, n, hits?, target, kind}]}.
// 1. The quotation list for a user of every scope the demo's positions give: rep.zhang (own
//    quotations), deputy.wang and deputy.zhou (sales managers: their department), head.li (the
//    whole company): first page; filtered by state (sent, common; draft and submitted, rare), by
//    customer, by number fragment (a year and four digits; a whole number) and by a month of
//    dates; page 50. Each case: 10 warm-up requests, then ROUNDS (default 200) timed ones or
//    as many as fit in 15 s; p50/p99 in ms. Target p99 < 30 ms (issue 11: the manager's
//    department; the other scopes and filters are measured next to it).
// 2. 32 clients (the six reps) each creating a 5-line quotation (POST) and submitting it
//    (POST …/submit, above the floors so it lands on approved) until CREATES (default 20,000)
//    quotations were made: quotations per second (create + submit), and the p50/p99 of the
//    pair. Target ≥ 2,000/s on SQLite.
// PHASES: "list", "create" or "list,create" (default).
// The node client's own overhead (~0.2 ms per request on loopback) is included.
import { writeFileSync } from 'node:fs'
import { client, stats, timed } from '../lib/http.mjs'

const [base, out, roundsArg, createsArg, phasesArg] = process.argv.slice(2)
const rounds = Number(roundsArg || 200)
const creates = Number(createsArg ?? 20_000)
const phases = (phasesArg || 'list,create').split(',')

const { call, login } = client(base)

const cases = []
const report = (c) => {
  cases.push(c)
  const extra = c.hits !== undefined ? ` (${c.hits} hits)` : c.rate ? ` (${c.rate.toFixed(0)}/s)` : ''
  console.error(`${c.who} ${c.what}: p50 ${c.p50.toFixed(2)} p99 ${c.p99.toFixed(2)} ms${extra}`)
}

// 1. The list, every scope.
if (phases.includes('list')) {
  const users = ['rep.zhang', 'deputy.wang', 'deputy.zhou', 'head.li']
  for (const who of users) {
    const token = await login(who)
    const first = await call('GET', '/api/v1/quotations?size=20', undefined, token)
    if (!first.items.length) throw new Error(`${who} sees no quotations`)
    // A customer in scope with quotations; a number in scope from the 50th page (older).
    const customer = first.items.find((q) => q.customer_id)?.customer_id
    const older = await call('GET', '/api/v1/quotations?size=20&page=50', undefined, token)
    const number = older.items.find((q) => q.number)?.number ?? first.items.find((q) => q.number).number
    const fragment = number.slice(3, 11) // "2026-001"
    const month = (first.items[0].quoted_on ?? '2026-01-15').slice(0, 7)
    const list = [
      ['first page', ''],
      ['state sent', 'state=sent'],
      ['state draft', 'state=draft'],
      ['state submitted', 'state=submitted'],
      ['customer', `customer_id=${customer}`],
      [`number fragment "${fragment}"`, `number=${encodeURIComponent(fragment)}`],
      [`whole number "${number}"`, `number=${encodeURIComponent(number)}`],
      [`one month (${month})`, `from=${month}-01&to=${month}-28`],
      ['page 50', 'page=50'],
    ]
    for (const [what, query] of list) {
      let hits = 0
      const path = `/api/v1/quotations?size=20${query ? '&' + query : ''}`
      const r = await timed(rounds, async () => {
        hits = (await call('GET', path, undefined, token)).total
      })
      report({ who, what: `list ${what}`, kind: 'read', target: 30, ...r, hits })
    }
  }
}

// 2. Create and submit by 32 clients at once.
if (phases.includes('create') && creates > 0) {
  const reps = ['rep.zhang', 'rep.guo', 'rep.huang', 'rep.chen', 'rep.wu', 'rep.he']
  const tokens = await Promise.all(reps.map(login))
  const customers = await Promise.all(
    tokens.map(async (t) => (await call('GET', '/api/v1/customers?size=100', undefined, t)).items.map((c) => c.id)),
  )
  const products = (await call('GET', '/api/v1/products?q=G0&size=100', undefined, tokens[0])).items.map((p) => p.id)
  if (products.length < 5) throw new Error(`only ${products.length} generated products found (q=G0)`)
  let next = 0
  let failed = 0
  let firstError = ''
  const ms = []
  const t0 = Date.now()
  await Promise.all(
    Array.from({ length: 32 }, async (_, client) => {
      const token = tokens[client % tokens.length]
      const mine = customers[client % tokens.length]
      for (let n = next++; n < creates; n = next++) {
        const lines = Array.from({ length: 5 }, (_, k) => ({
          product_id: products[(n * 5 + k) % products.length],
          qty: String(10 + ((n + k) % 90)),
          unit_price: '5800.00',
        }))
        const body = { customer_id: mine[n % mine.length], validity_days: 30, payment_terms: '款到发货', lines }
        const s = process.hrtime.bigint()
        try {
          const q = await call('POST', '/api/v1/quotations', body, token)
          const after = await call('POST', `/api/v1/quotations/${q.id}/submit`, { version: q.version }, token)
          if (after.state !== 'approved') throw new Error(`submitted quotation is ${after.state}`)
        } catch (e) {
          failed++
          firstError ||= String(e.message)
        }
        ms.push(Number(process.hrtime.bigint() - s) / 1e6)
      }
    }),
  )
  const seconds = (Date.now() - t0) / 1000
  const r = stats(ms)
  if (failed) console.error(`${failed} create+submit failed, first: ${firstError}`)
  report({
    who: '32 clients',
    what: `create + submit 5-line quotations (${creates})`,
    kind: 'throughput',
    target: 2000,
    rate: (creates - failed) / seconds,
    seconds,
    failed,
    ...r,
  })
}
writeFileSync(out, JSON.stringify({ cases }, null, 1))
