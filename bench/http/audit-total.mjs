// bench/http/audit-total.mjs BASE_URL ADMIN_TOKEN_FILE: prints the number of audit rows
// (GET /api/v1/audit total), so the benchmark can show that every write left one.
import { readFileSync } from 'node:fs'

const [base, file] = process.argv.slice(2)
const token = readFileSync(file, 'utf8').trim()
const res = await fetch(`${base}/api/v1/audit?page=1&size=1`, {
  headers: { Authorization: `Bearer ${token}` },
})
const body = await res.json()
if (res.status !== 200 || typeof body.total !== 'number') {
  console.error(`GET /api/v1/audit: ${res.status} ${JSON.stringify(body)}`)
  process.exit(1)
}
console.log(body.total)
