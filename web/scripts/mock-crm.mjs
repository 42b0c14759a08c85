// The mock server's crm endpoints (issue 4 contract), in memory: customers with contacts,
// follow-ups and plans, credit ratings, transfers, the pool, leads and inquiries with samples,
// competitors, the inbox, and a CSV-only import. Enough to develop the crm pages and rehearse
// e2e/crm/customer.spec.ts without the C++ server; the real rules live there.
import {
  CRM_PERMISSIONS,
  CRM_REP_PERMISSIONS,
  crmText,
  mnemonic,
  seedCrm,
} from './mock-crm-data.mjs'

export { CRM_PERMISSIONS, CRM_REP_PERMISSIONS }

export function createCrmRoutes({ org, send, problem, page, now }) {
  let seq = 5000
  const today = () => new Date().toISOString().slice(0, 10)
  const daysFromToday = (n) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10)
  const staffBy = (code) => org.staff.find((s) => s.code === code)
  const staffName = (id) => org.staff.find((s) => s.id === id)?.name ?? ''
  const regionBy = (code) => org.regions.find((r) => r.code === code)
  const regionName = (id) => org.regions.find((r) => r.id === id)?.name ?? ''
  const customers = []
  const followUps = []
  const plans = []
  const ratings = []
  const transfers = []
  const leads = []
  const samples = []
  const competitors = []
  const notices = []
  const timeline = []
  let ctx

  const ok = (status, body) => send(ctx.res, status, body)
  /** A problem with the crm text, its {params} filled in, and extra members (rows). */
  const fail = (status, code, params = {}, extra = {}) => {
    const t = crmText[code]
    if (!t) return problem(ctx.res, ctx.req, status, code)
    const en = (ctx.req.headers['accept-language'] ?? '').startsWith('en')
    let detail = t[en ? 1 : 0]
    for (const [k, v] of Object.entries(params)) detail = detail.replaceAll(`{${k}}`, String(v))
    ctx.res.writeHead(status, { 'Content-Type': 'application/problem+json' })
    ctx.res.end(
      JSON.stringify({
        type: 'about:blank',
        title: String(status),
        status,
        code,
        detail,
        params,
        ...extra,
      }),
    )
  }
  const conflict = (x, body) => x.version !== Number(body.version)
  const log = (c, kind, action, actor, summary) =>
    timeline.unshift({
      customer_id: c.id,
      at: now(),
      type: kind,
      action,
      by: actor,
      summary,
      before: null,
      after: null,
    })

  function addCustomer(input, ownerId) {
    const c = {
      id: seq++,
      code: `C${String(customers.length + 1).padStart(4, '0')}`,
      short_name: '',
      credit_code: null,
      kind: 'end_user',
      class: 'prospect',
      industry: '',
      source: '',
      region_id: null,
      address: '',
      phone: '',
      support_staff_id: null,
      vat_title: '',
      tax_number: '',
      invoice_address: '',
      invoice_phone: '',
      bank_name: '',
      bank_account: '',
      settlement: 'cash',
      credit_days: 0,
      credit_limit: '0.00',
      credit_rating: null,
      price_level: '',
      dealer_level: '',
      dealer_region_id: null,
      agreement_from: null,
      agreement_to: null,
      notes: '',
      status: 'active',
      last_follow_up_at: null,
      next_follow_up_on: null,
      contacts: [],
      varieties: [],
      version: 1,
      created_at: now(),
      updated_at: now(),
      ...input,
      owner_staff_id: ownerId,
    }
    c.mnemonic = mnemonic(c.name)
    c.contacts = c.contacts.map((x) => ({ ...x, id: x.id ?? seq++ }))
    customers.push(c)
    return c
  }
  const chen = () => staffBy('E005')
  const seed = () =>
    seedCrm({
      addCustomer,
      chen,
      daysFromToday,
      now,
      regionBy,
      staffBy,
      today,
      competitors,
      customers,
      leads,
      notices,
      plans,
      samples,
      nextId: () => seq++,
    })

  const listOut = (c) => {
    const { contacts, varieties, ...rest } = c
    void varieties
    const p = contacts.find((x) => x.is_primary) ?? contacts[0]
    return {
      ...out(c),
      contacts: undefined,
      varieties: undefined,
      ...rest,
      ...extras(c),
      primary_contact: p ? { name: p.name, mobile: p.mobile } : null,
    }
  }
  const extras = (c) => ({
    region_name: regionName(c.region_id),
    owner_name: staffName(c.owner_staff_id),
    support_name: staffName(c.support_staff_id),
    follow_up_overdue: !!c.next_follow_up_on && c.next_follow_up_on < today(),
  })
  const out = (c) => ({
    ...c,
    ...extras(c),
    actions: ctx.me && mine(c) ? ['update', 'transfer', 'release', 'propose_credit'] : ['update'],
  })
  const staffOf = (u) => u.staff_id ?? null
  const mine = (c) => c.owner_staff_id === staffOf(ctx.me)
  const visible = (c) => c.owner_staff_id !== null && (ctx.me.login === 'admin' || mine(c))
  const leadOut = (l) => {
    const actions =
      {
        new: ['assign', 'discard'],
        assigned: ['assign', 'contact', 'discard'],
        contacted: ['qualify', 'discard'],
        qualified: ['convert', 'discard'],
      }[l.state] ?? []
    const o = {
      ...l,
      region_name: regionName(l.region_id),
      assignee_name: staffName(l.assignee_staff_id) || null,
      actions,
    }
    if (l.kind === 'inquiry') {
      o.buyer_local_time = now()
      o.utc_offset = '+00:00'
    }
    return o
  }
  const similar = (name) => {
    const key = (s) =>
      s.replace(/(有限责任公司|股份有限公司|有限公司|公司|集团)$/g, '').replace(/\s/g, '')
    const k = key(name)
    return customers.find((c) => {
      const o = key(c.name)
      return o === k || (k.length >= 4 && (o.includes(k) || k.includes(o)))
    })
  }

  function customersRoute(m, id, sub, body, q, need) {
    if (!id && m === 'GET') {
      if (need('customer.read')) return
      const text = (q.get('q') ?? '').toLowerCase()
      const list = customers.filter(
        (c) =>
          visible(c) &&
          (!text ||
            [
              c.name,
              c.short_name,
              c.mnemonic,
              c.phone,
              c.credit_code ?? '',
              ...c.contacts.map((x) => x.mobile),
            ].some((v) => v.toLowerCase().includes(text))) &&
          (!q.get('class') || c.class === q.get('class')) &&
          (!q.get('credit_rating') || c.credit_rating === q.get('credit_rating')) &&
          (!q.get('owner_staff_id') || String(c.owner_staff_id) === q.get('owner_staff_id')) &&
          (q.get('overdue') !== 'true' || extras(c).follow_up_overdue),
      )
      return ok(200, page(list.map(listOut), q))
    }
    if (!id && m === 'POST') {
      if (need('customer.create')) return
      if (!body.name?.trim())
        return problem(ctx.res, ctx.req, 400, 'common.validation_failed', [
          { field: 'name', code: 'common.field.required', message: '必填' },
        ])
      const dupe = body.credit_code && customers.find((c) => c.credit_code === body.credit_code)
      if (dupe)
        return fail(409, 'crm.customer.duplicate_credit_code', { code: dupe.code, name: dupe.name })
      const sim = !body.confirm_similar && similar(body.name)
      if (sim)
        return fail(409, 'crm.customer.similar_name', {
          code: sim.code,
          name: sim.name,
          owner: staffName(sim.owner_staff_id),
        })
      const { confirm_similar, ...input } = body
      void confirm_similar
      const c = addCustomer(input, input.owner_staff_id ?? staffOf(ctx.me))
      log(c, 'audit', 'customer create', ctx.me.display_name, c.name)
      return ok(201, out(c))
    }
    const c = customers.find((x) => x.id === id)
    if (!c || !visible(c)) return fail(404, 'common.not_found')
    if (!sub && m === 'GET') return ok(200, out(c))
    if (!sub && m === 'PATCH') {
      if (conflict(c, body)) return fail(409, 'common.version_conflict')
      const before = {}
      const after = {}
      for (const [k, v] of Object.entries(body)) {
        if (k === 'version' || k === 'confirm_similar') continue
        before[k] = c[k]
        after[k] = v
        c[k] = v
      }
      c.contacts = c.contacts.map((x) => ({ ...x, id: x.id ?? seq++ }))
      c.version++
      timeline.unshift({
        customer_id: c.id,
        at: now(),
        type: 'audit',
        action: 'update',
        by: ctx.me.login,
        summary: '',
        before,
        after,
      })
      return ok(200, out(c))
    }
    if (sub === 'timeline')
      return ok(200, { items: timeline.filter((x) => x.customer_id === c.id) })
    if (sub === 'follow-ups')
      return ok(200, {
        items: followUps
          .filter((f) => f.customer_id === c.id)
          .sort((a, b) => b.happened_on.localeCompare(a.happened_on)),
      })
    if (sub === 'credit-ratings' && m === 'GET')
      return ok(200, { items: ratings.filter((r) => r.customer_id === c.id) })
    if (sub === 'credit-ratings' && m === 'POST') {
      const r = {
        id: seq++,
        customer_id: c.id,
        ...body,
        state: 'proposed',
        proposed_by_name: ctx.me.display_name,
        proposed_by: ctx.me.id,
        proposed_at: now(),
        decided_by_name: '',
        decision_note: '',
        version: 1,
      }
      ratings.unshift(r)
      log(c, 'rating', 'credit propose', ctx.me.display_name, `${r.rating} ${r.credit_limit}`)
      return ok(201, r)
    }
    if (sub === 'transfer') {
      const direct = ctx.me.login === 'admin'
      const t = {
        id: seq++,
        customer_id: c.id,
        customer_name: c.name,
        from_staff_id: c.owner_staff_id,
        from_name: staffName(c.owner_staff_id),
        to_staff_id: body.to_staff_id,
        to_name: staffName(body.to_staff_id),
        reason: body.reason,
        state: direct ? 'approved' : 'requested',
        requested_by_name: ctx.me.display_name,
        requested_at: now(),
        version: 1,
      }
      transfers.push(t)
      if (direct) c.owner_staff_id = body.to_staff_id
      log(c, 'transfer', 'customer transfer', ctx.me.display_name, `${t.from_name} → ${t.to_name}`)
      return ok(201, t)
    }
    if (sub === 'release') {
      if (conflict(c, body)) return fail(409, 'common.version_conflict')
      c.owner_staff_id = null
      c.returned_at = now()
      c.version++
      return ok(200, out(c))
    }
    return fail(404, 'common.not_found')
  }

  function inbox() {
    const me = staffOf(ctx.me)
    const items = []
    for (const c of customers)
      if (c.owner_staff_id === me && c.next_follow_up_on && c.next_follow_up_on <= today())
        items.push({
          kind: 'follow_up_due',
          title_key: 'crm.inbox.follow_up_due',
          params: { code: c.code, name: c.name },
          due_on: c.next_follow_up_on,
          link: { type: 'customer', id: c.id },
        })
    for (const p of plans)
      if (p.staff_id === me && p.state === 'planned' && p.planned_on <= today())
        items.push({
          kind: 'follow_up_due',
          title_key: p.kind === 'visit' ? 'crm.inbox.visit_planned' : 'crm.inbox.call_planned',
          params: {
            name: customers.find((c) => c.id === p.customer_id)?.name ?? '',
            time: p.planned_time,
          },
          due_on: p.planned_on,
          link: { type: 'plan', id: p.id },
        })
    for (const l of leads)
      if (l.assignee_staff_id === me && l.state === 'assigned')
        items.push({
          kind: 'lead_to_contact',
          title_key: 'crm.inbox.lead_to_contact',
          params: { company: l.company, kind: l.kind },
          due_on: null,
          link: { type: l.kind, id: l.id },
        })
    for (const t of transfers)
      if (t.state === 'requested' && ctx.me.login === 'admin')
        items.push({
          kind: 'transfer_to_approve',
          title_key: 'crm.inbox.transfer_to_approve',
          params: { code: '', name: t.customer_name, from: t.from_name, to: t.to_name },
          due_on: null,
          link: { type: 'transfer', id: t.id },
        })
    for (const n of notices)
      if (n.staff_id === me && !n.read)
        items.push({
          kind: 'notice',
          title_key: `crm.notice.${n.kind}`,
          params: n.params,
          due_on: null,
          link: { type: 'customer', id: n.customer_id },
          notice_id: n.id,
        })
    const counts = {}
    for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1
    return { items, counts }
  }

  function route(req, res, url, body, me, need) {
    ctx = { req, res, me }
    if (customers.length === 0) seed()
    const path = url.pathname.slice('/api/v1'.length)
    const q = url.searchParams
    const m = req.method
    if (m === 'GET' && path === '/customers/export.xlsx') {
      if (need('customer.export')) return true
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="customers.xlsx"',
      })
      res.end('mock')
      return true
    }
    if (m === 'GET' && path === '/customers/import-template.xlsx') {
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="template.xlsx"',
      })
      res.end('mock')
      return true
    }
    if (m === 'POST' && path === '/customers/import') {
      if (need('customer.import')) return true
      const lines = String(body.raw ?? '')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
      const head = lines.shift()?.split(',') ?? []
      const rows = lines.map((l) =>
        Object.fromEntries(l.split(',').map((v, i) => [head[i] ?? `c${i}`, v])),
      )
      const errors = []
      rows.forEach((r, i) => {
        const name = r['客户名称'] ?? r.name
        if (!name)
          errors.push({
            row: i + 2,
            field: 'name',
            code: 'common.field.required',
            message: '客户名称必填',
          })
        else if (similar(name))
          errors.push({
            row: i + 2,
            field: 'name',
            code: 'crm.customer.similar_name',
            message: `与已有客户 ${similar(name).name} 相似`,
          })
      })
      if (errors.length) return (fail(422, 'crm.import.rows_invalid', {}, { rows: errors }), true)
      if (q.get('dry_run') === 'true')
        return (ok(200, { customers: rows.length, contacts: 0, preview: rows.slice(0, 20) }), true)
      for (const r of rows) addCustomer({ name: r['客户名称'] ?? r.name }, staffOf(me))
      return (ok(200, { imported: rows.length, contacts: 0 }), true)
    }
    const cm = /^\/customers(?:\/(\d+)(?:\/([a-z-]+))?)?$/.exec(path)
    if (cm) return (customersRoute(m, cm[1] ? Number(cm[1]) : null, cm[2], body, q, need), true)
    const dm = /^\/(credit-ratings|transfers)\/(\d+)\/(approve|reject)$/.exec(path)
    if (dm && m === 'POST') {
      const list = dm[1] === 'transfers' ? transfers : ratings
      const x = list.find((r) => r.id === Number(dm[2]))
      if (!x) return (fail(404, 'common.not_found'), true)
      if (conflict(x, body)) return (fail(409, 'common.version_conflict'), true)
      if (dm[1] === 'credit-ratings' && x.proposed_by === me.id)
        return (fail(422, 'crm.credit.self_approval'), true)
      x.state = dm[3] === 'approve' ? 'approved' : 'rejected'
      x.decided_by_name = me.display_name
      x.decision_note = body.note ?? ''
      x.version++
      const c = customers.find((y) => y.id === x.customer_id)
      if (x.state === 'approved' && dm[1] === 'transfers') c.owner_staff_id = x.to_staff_id
      if (x.state === 'approved' && dm[1] === 'credit-ratings')
        Object.assign(c, {
          credit_rating: x.rating,
          credit_limit: x.credit_limit,
          credit_days: x.credit_days,
        })
      return (ok(200, x), true)
    }
    if (m === 'GET' && path === '/transfers')
      return (
        ok(200, { items: transfers.filter((t) => !q.get('state') || t.state === q.get('state')) }),
        true
      )
    if (m === 'GET' && path === '/pool') {
      const text = (q.get('q') ?? '').toLowerCase()
      const list = customers.filter(
        (c) =>
          c.owner_staff_id === null &&
          (!text || c.name.includes(text) || c.mnemonic.includes(text)),
      )
      return (
        ok(
          200,
          page(
            list.map((c) => ({ ...listOut(c), returned_at: c.returned_at ?? null })),
            q,
          ),
        ),
        true
      )
    }
    const pm = /^\/pool\/(\d+)\/claim$/.exec(path)
    if (pm && m === 'POST') {
      if (need('customer.claim')) return true
      const c = customers.find((x) => x.id === Number(pm[1]))
      const owned = customers.filter((x) => x.owner_staff_id === staffOf(me)).length
      if (owned >= 3) return (fail(422, 'crm.pool.cap_reached', { cap: 3 }), true)
      c.owner_staff_id = staffOf(me)
      c.version++
      return (ok(200, out(c)), true)
    }
    if (m === 'GET' && path === '/crm/settings')
      return (ok(200, { cap_per_rep: 3, idle_days: { key: 90, regular: 60, prospect: 30 } }), true)
    if (path === '/follow-up-plans' && m === 'GET') {
      const f = (k) => q.get(k)
      const list = plans.filter(
        (p) =>
          (!f('staff_id') || String(p.staff_id) === f('staff_id')) &&
          (!f('from') || p.planned_on >= f('from')) &&
          (!f('to') || p.planned_on <= f('to')),
      )
      return (
        ok(200, {
          items: list.map((p) => ({
            ...p,
            customer_name: customers.find((c) => c.id === p.customer_id)?.name,
            staff_name: staffName(p.staff_id),
          })),
        }),
        true
      )
    }
    if (path === '/follow-up-plans' && m === 'POST') {
      const p = {
        id: seq++,
        contact_id: null,
        planned_time: '',
        state: 'planned',
        version: 1,
        ...body,
        staff_id: body.staff_id ?? staffOf(me),
      }
      plans.push(p)
      return (ok(201, p), true)
    }
    const planM = /^\/follow-up-plans\/(\d+)$/.exec(path)
    if (planM && m === 'PATCH') {
      const p = plans.find((x) => x.id === Number(planM[1]))
      if (conflict(p, body)) return (fail(409, 'common.version_conflict'), true)
      Object.assign(p, { state: body.state ?? p.state, version: p.version + 1 })
      return (ok(200, p), true)
    }
    if (path === '/follow-ups' && m === 'POST') {
      if (need('customer.follow_up')) return true
      const c = customers.find((x) => x.id === body.customer_id)
      if (!c || !visible(c)) return (fail(404, 'common.not_found'), true)
      if (!body.outcome)
        return (
          problem(res, req, 400, 'common.validation_failed', [
            { field: 'outcome', code: 'common.field.required', message: '必填' },
          ]),
          true
        )
      const f = {
        id: seq++,
        contact_id: null,
        plan_id: null,
        duration_min: 0,
        follow_up_on: null,
        ...body,
        staff_id: staffOf(me),
        staff_name: staffName(staffOf(me)),
        contact_name: c.contacts.find((x) => x.id === body.contact_id)?.name ?? null,
        created_at: now(),
      }
      followUps.push(f)
      c.last_follow_up_at = now()
      c.next_follow_up_on = body.follow_up_on ?? null
      c.version++
      const p = plans.find((x) => x.id === body.plan_id)
      if (p) p.state = 'done'
      log(c, 'follow_up', f.kind, me.display_name, f.outcome)
      return (ok(201, f), true)
    }
    const sm = /^\/inquiries\/(\d+)\/samples$/.exec(path)
    if (sm && m === 'GET')
      return (ok(200, { items: samples.filter((x) => x.inquiry_id === Number(sm[1])) }), true)
    if (m === 'GET' && path === '/samples')
      return (
        ok(200, { items: samples.filter((x) => !q.get('state') || x.state === q.get('state')) }),
        true
      )
    if (m === 'GET' && path === '/credit-ratings')
      return (ok(200, { items: ratings.filter((r) => r.state === 'proposed') }), true)
    if (sm && m === 'POST') {
      const s = {
        id: seq++,
        inquiry_id: Number(sm[1]),
        ...body,
        state: 'requested',
        requested_by_name: me.display_name,
        courier: '',
        tracking_no: '',
        shipped_on: null,
        feedback: '',
        version: 1,
      }
      samples.push(s)
      return (ok(201, s), true)
    }
    const lm = /^\/(leads|inquiries)(?:\/(\d+)(?:\/([a-z]+))?)?$/.exec(path)
    if (lm) {
      const kind = lm[1] === 'inquiries' ? 'inquiry' : q.get('kind') || 'lead'
      if (!lm[2] && m === 'GET') {
        const text = q.get('q') ?? ''
        const list = leads.filter(
          (l) =>
            l.kind === kind &&
            (!q.get('state') || l.state === q.get('state')) &&
            (!text || l.company.includes(text)),
        )
        return (ok(200, page(list.map(leadOut), new URLSearchParams({ size: '100' }))), true)
      }
      if (!lm[2] && m === 'POST') {
        const hn = regionBy('430000')?.id
        const assignee =
          lm[1] === 'inquiries' ? staffOf(me) : body.region_id === hn ? chen()?.id : null
        const l = {
          id: seq++,
          kind: lm[1] === 'inquiries' ? 'inquiry' : 'lead',
          state: assignee ? 'assigned' : 'new',
          source: '',
          contact_name: '',
          phone: '',
          email: '',
          wechat: '',
          region_id: null,
          country: '',
          time_zone: '',
          products: '',
          message: '',
          analysis: '',
          reply: '',
          customer_id: null,
          received_at: now(),
          assigned_at: assignee ? now() : null,
          contacted_at: null,
          response_minutes: null,
          version: 1,
          ...body,
          assignee_staff_id: assignee,
        }
        leads.push(l)
        return (ok(201, leadOut(l)), true)
      }
      const l = leads.find((x) => x.id === Number(lm[2]))
      if (!l) return (fail(404, 'common.not_found'), true)
      if (!lm[3] && m === 'GET') return (ok(200, leadOut(l)), true)
      if (conflict(l, body)) return (fail(409, 'common.version_conflict'), true)
      if (!lm[3] && m === 'PATCH')
        Object.assign(l, { analysis: body.analysis ?? l.analysis, reply: body.reply ?? l.reply })
      if (lm[3] === 'assign')
        Object.assign(l, {
          assignee_staff_id: body.staff_id,
          state: 'assigned',
          assigned_at: now(),
        })
      if (lm[3] === 'contact')
        Object.assign(l, {
          state: 'contacted',
          contacted_at: now(),
          response_minutes: Math.round((Date.now() - Date.parse(l.received_at)) / 60000),
        })
      if (lm[3] === 'qualify') l.state = 'qualified'
      if (lm[3] === 'discard') Object.assign(l, { state: 'discarded', discard_reason: body.reason })
      if (lm[3] === 'convert') {
        const sim = !body.customer.confirm_similar && similar(body.customer.name)
        if (sim)
          return (
            fail(409, 'crm.customer.similar_name', {
              code: sim.code,
              name: sim.name,
              owner: staffName(sim.owner_staff_id),
            }),
            true
          )
        const c = addCustomer({ ...body.customer, confirm_similar: undefined }, l.assignee_staff_id)
        Object.assign(l, { state: 'converted', customer_id: c.id })
      }
      l.version++
      return (ok(200, leadOut(l)), true)
    }
    const sa = /^\/samples\/(\d+)\/(approve|reject|ship|feedback)$/.exec(path)
    if (sa && m === 'POST') {
      const s = samples.find((x) => x.id === Number(sa[1]))
      const next = {
        approve: 'approved',
        reject: 'rejected',
        ship: 'shipped',
        feedback: 'feedback',
      }[sa[2]]
      Object.assign(
        s,
        { state: next, version: s.version + 1 },
        sa[2] === 'ship'
          ? { courier: body.courier, tracking_no: body.tracking_no, shipped_on: body.shipped_on }
          : {},
        sa[2] === 'feedback' ? { feedback: body.feedback } : {},
      )
      return (ok(200, s), true)
    }
    const co = /^\/competitors(?:\/(\d+)(?:\/(prices))?)?$/.exec(path)
    if (co) {
      const cOut = (c) => ({
        ...c,
        region_name: regionName(c.region_id),
        prices: c.prices.map((p) => ({
          ...p,
          region_name: regionName(p.region_id),
          customer_name: customers.find((x) => x.id === p.customer_id)?.name ?? null,
        })),
      })
      if (!co[1] && m === 'GET') return (ok(200, page(competitors.map(cOut), q)), true)
      if (!co[1] && m === 'POST') {
        const c = { id: seq++, ...body, version: 1, prices: [] }
        competitors.push(c)
        return (ok(201, cOut(c)), true)
      }
      const c = competitors.find((x) => x.id === Number(co[1]))
      if (!c) return (fail(404, 'common.not_found'), true)
      if (co[2]) {
        const p = { id: seq++, ...body }
        c.prices.push(p)
        return (ok(201, p), true)
      }
      if (m === 'PATCH') {
        if (conflict(c, body)) return (fail(409, 'common.version_conflict'), true)
        Object.assign(c, body, { version: c.version + 1 })
      }
      return (ok(200, cOut(c)), true)
    }
    if (m === 'GET' && path === '/inbox') return (ok(200, inbox()), true)
    const nm = /^\/inbox\/notices\/(\d+)\/read$/.exec(path)
    if (nm && m === 'POST') {
      const n = notices.find((x) => x.id === Number(nm[1]))
      if (n) n.read = true
      return (send(res, 204), true)
    }
    return false
  }

  return { route }
}
