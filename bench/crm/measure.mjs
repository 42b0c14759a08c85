// bench/crm/measure.mjs BASE_URL OUT_JSON [ROUNDS] [GROW]: the CRM's latency and write
// throughput over HTTP. Writes {cases: [{who, what, p50, p99, n, hits?, target, kind}]}.
// 1. Customer create and update, one request at a time (what a user waits for): creates as
//    rep.he of customers whose names hold 鑫垚 (so that those characters have thousands of
//    matches owned by one rep: matches spread unevenly across owners), then updates renaming
//    them (the similar-name check runs on every name change).
// 2. Search and the first list page for a user of every scope the demo's positions give:
//    rep.chen (own customers), office.ma (内勤: the reps she supports), deputy.zhou (manager:
//    the department), head.li, office.yang (内勤主管) and finance.zhao (the whole company).
//    Each case: 10 warm-up requests, then ROUNDS (default 200) timed ones or as many as fit in
//    15 s; p50/p99 in ms. Then the customer page (GET customer + follow-ups).
// 3. Creates by 32 clients at once (the six reps) until GROW (default 50,000) more customers
//    exist: creates per second and their p50/p99.
// The node client's own overhead (~0.2 ms per request on loopback) is included.
import { writeFileSync } from 'node:fs'
import { client, stats, timed } from '../lib/http.mjs'

const [base, out, roundsArg, growArg] = process.argv.slice(2)
const rounds = Number(roundsArg || 200)
const grow = Number(growArg ?? 50_000)
const writes = Math.min(rounds * 2, 1000)

const { call, login } = client(base)

// A company name nobody else has: prefix, three CJK characters from n, a trade. Equal keys and
// containment of four characters or more cannot happen between two of these.
function uniqueName(prefix, n) {
  const ch = (k) => String.fromCodePoint(0x4e00 + k)
  return `${prefix}${ch(n % 20000)}${ch(Math.floor(n / 20000) % 20000)}${ch((n * 7) % 20000)}工程有限公司`
}
const mobile = (n) => `139${String(n).padStart(8, '0')}`

const cases = []
const report = (c) => {
  cases.push(c)
  const extra = c.hits !== undefined ? ` (${c.hits} hits)` : c.rate ? ` (${c.rate.toFixed(0)}/s)` : ''
  console.error(`${c.who} ${c.what}: p50 ${c.p50.toFixed(2)} p99 ${c.p99.toFixed(2)} ms${extra}`)
}

// 1. Create and update latency.
const he = await login('rep.he')
const created = []
{
  const r = await timed(writes, async (i) => {
    const body = { name: uniqueName('鑫垚', 1_000_000 + i), contacts: [{ name: '王工', mobile: mobile(i) }] }
    created.push(await call('POST', '/api/v1/customers', body, he))
  })
  report({ who: 'rep.he', what: 'create customer (POST)', kind: 'write', target: 10, ...r })
}
{
  const r = await timed(Math.min(writes, created.length - 10), async (i) => {
    const c = created[i]
    const body = { version: c.version, name: uniqueName('鑫垚', 2_000_000 + i), notes: `改名 ${i}` }
    created[i] = await call('PATCH', `/api/v1/customers/${c.id}`, body, he)
  })
  report({ who: 'rep.he', what: 'update customer, new name (PATCH)', kind: 'write', target: 10, ...r })
}

// 2. Search, list and customer page for every scope.
// A generated customer of rep.chen (so in every scope but rep.he's) gives the phone queries:
// its first contact's mobile, the mobile's last 4 digits, its landline without area code.
const sample = await (async () => {
  const token = await login('rep.chen')
  // Page 100, or the last page of a smaller archive.
  const first = await call('GET', '/api/v1/customers?size=50', undefined, token)
  const page = Math.min(100, Math.max(1, Math.ceil(first.total / 50)))
  const list = await call('GET', `/api/v1/customers?size=50&page=${page}`, undefined, token)
  const c = list.items.find((x) => x.phone.includes('-') && x.primary_contact?.mobile)
  if (!c) throw new Error(`no generated customer with a landline and a mobile on page ${page}`)
  return { mobile: c.primary_contact.mobile, local: c.phone.split('-')[1] }
})()
const queries = [
  ['pinyin initials', 'blsh'],
  ['pinyin initials', 'yylq'],
  ['name, 1 character', '华'],
  ['name, 2 characters', '路桥'],
  ['name, 2 characters', '岳阳'],
  ['name, 2 characters', '湘潭'],
  ['name, 4 characters', '岳阳华盛'],
  ["name, 2 characters, one rep's", '鑫垚'],
  ["name, 3 characters, one rep's", '鑫垚一'],
  ['mobile', sample.mobile],
  ['mobile, last 4 digits', sample.mobile.slice(-4)],
  ['landline without area code', sample.local],
]
const users = ['rep.chen', 'office.ma', 'deputy.zhou', 'head.li', 'office.yang', 'finance.zhao']
for (const who of users) {
  const token = await login(who)
  for (const [what, q] of queries) {
    let hits = 0
    const path = `/api/v1/customers?q=${encodeURIComponent(q)}&size=20`
    const r = await timed(rounds, async () => {
      hits = (await call('GET', path, undefined, token)).total
    })
    report({ who, what: `search ${what} "${q}"`, kind: 'read', target: 20, ...r, hits })
  }
  {
    // The list as it opens (no q): first page in pinyin order with the total.
    let hits = 0
    const r = await timed(rounds, async () => {
      hits = (await call('GET', '/api/v1/customers?size=20', undefined, token)).total
    })
    report({ who, what: 'list first page (no q)', kind: 'read', target: 20, ...r, hits })
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
  report({ who, what: 'customer page (GET customer + follow-ups)', kind: 'page', target: 30, ...r })
}

// 3. Creates by 32 clients at once.
if (grow > 0) {
  const reps = ['rep.zhang', 'rep.guo', 'rep.huang', 'rep.chen', 'rep.wu', 'rep.he']
  const tokens = await Promise.all(reps.map(login))
  let next = 0
  let failed = 0
  let firstError = ''
  const ms = []
  const t0 = Date.now()
  await Promise.all(
    Array.from({ length: 32 }, async (_, client) => {
      const token = tokens[client % tokens.length]
      for (let n = next++; n < grow; n = next++) {
        const body = { name: uniqueName('鑫森', 3_000_000 + n), contacts: [{ name: '李工', mobile: mobile(20_000_000 + n) }] }
        const s = process.hrtime.bigint()
        try {
          await call('POST', '/api/v1/customers', body, token)
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
  if (failed) console.error(`${failed} creates failed, first: ${firstError}`)
  report({ who: '32 clients', what: `create customers (+${grow})`, kind: 'throughput', target: 1000, rate: grow / seconds, seconds, failed, ...r })
}
writeFileSync(out, JSON.stringify({ cases }, null, 1))
