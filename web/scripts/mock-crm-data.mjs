// The mock crm's fixed data: the permissions, the problem texts, the pinyin initials of the
// demo names (助记码) and the demo customers, follow-ups, leads and notices (seedCrm).
export const CRM_PERMISSIONS = [
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.export',
  'customer.import',
  'customer.claim',
  'customer.transfer',
  'customer.transfer_approve',
  'customer.credit_propose',
  'customer.credit_approve',
  'customer.follow_up',
  'crm.settings',
  'lead.create',
  'lead.assign',
  'inquiry.manage',
  'sample.approve',
  'competitor.manage',
]
export const CRM_REP_PERMISSIONS = [
  'org.read',
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.claim',
  'customer.transfer',
  'customer.credit_propose',
  'customer.follow_up',
]
export const crmText = {
  'crm.customer.similar_name': [
    '已有相似客户：{code} {name}（负责人 {owner}）',
    'A similar customer exists: {code} {name} (owner {owner})',
  ],
  'crm.customer.duplicate_credit_code': [
    '统一社会信用代码已被客户 {code} {name} 使用',
    'Credit code already used by {code} {name}',
  ],
  'crm.pool.cap_reached': ['每人最多持有 {cap} 个客户', 'At most {cap} customers per rep'],
  'crm.import.rows_invalid': [
    '导入文件有错误，未写入任何数据',
    'The file has errors; nothing was written',
  ],
  'crm.credit.self_approval': ['不能审批自己的提议', 'You cannot approve your own proposal'],
}

const PINYIN = {
  巴: 'b',
  陵: 'l',
  石: 's',
  化: 'h',
  湖: 'h',
  南: 'n',
  路: 'l',
  桥: 'q',
  长: 'c',
  沙: 's',
  市: 's',
  政: 'z',
  岳: 'y',
  阳: 'y',
  公: 'g',
  建: 'j',
  设: 's',
  广: 'g',
  州: 'z',
  交: 'j',
  通: 't',
  株: 'z',
  洲: 'z',
  沥: 'l',
  青: 'q',
  集: 'j',
  团: 't',
}
export const mnemonic = (name) => [...name].map((c) => PINYIN[c] ?? '').join('')

/** Fills the empty crm store `s` (its lists, addCustomer, nextId and the date helpers). */
export function seedCrm(s) {
  const {
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
    nextId,
  } = s
  const hn = regionBy('430000')?.id ?? null
  const c = addCustomer(
    {
      name: '巴陵石化有限责任公司',
      short_name: '巴陵石化',
      class: 'key',
      industry: '石油化工',
      region_id: hn,
      address: '湖南省岳阳市云溪区',
      phone: '0730-8450000',
      settlement: 'credit',
      credit_days: 30,
      credit_limit: '800000.00',
      credit_rating: 'A',
      contacts: [
        {
          name: '王建军',
          title: '采购部经理',
          role: 'purchasing',
          phone: '',
          mobile: '13907300001',
          wechat: '',
          qq: '',
          email: '',
          is_primary: true,
          notes: '',
        },
      ],
      next_follow_up_on: daysFromToday(5),
    },
    chen()?.id ?? null,
  )
  c.mnemonic = 'blsh'
  addCustomer(
    {
      name: '湖南路桥建设集团有限责任公司',
      short_name: '湖南路桥',
      class: 'regular',
      region_id: hn,
      next_follow_up_on: daysFromToday(-3),
    },
    chen()?.id ?? null,
  )
  addCustomer(
    {
      name: '长沙市政工程有限公司',
      short_name: '长沙市政',
      region_id: regionBy('430100')?.id ?? null,
    },
    staffBy('E003')?.id ?? null,
  )
  addCustomer(
    {
      name: '株洲公路建设有限公司',
      short_name: '株洲公路',
      region_id: regionBy('430200')?.id ?? null,
    },
    null,
  ).returned_at = now()
  addCustomer(
    {
      name: '广州交通沥青集团',
      short_name: '广州交通',
      class: 'regular',
      region_id: regionBy('440100')?.id ?? null,
    },
    null,
  ).returned_at = now()
  const lead = (state, company, assignee, hoursAgo, extra = {}) => {
    const l = {
      id: nextId(),
      kind: 'lead',
      state,
      source: '阿里巴巴',
      company,
      contact_name: '刘经理',
      phone: '13700000000',
      email: '',
      wechat: '',
      region_id: hn,
      country: '',
      time_zone: '',
      products: 'SBS改性沥青',
      message: '请报价',
      analysis: '',
      reply: '',
      assignee_staff_id: assignee,
      customer_id: null,
      received_at: new Date(Date.now() - hoursAgo * 3600e3).toISOString(),
      assigned_at: assignee ? now() : null,
      contacted_at: null,
      response_minutes: null,
      version: 1,
      ...extra,
    }
    leads.push(l)
    return l
  }
  lead('new', '岳阳县公路局', null, 1)
  lead('assigned', '湘潭城建', chen()?.id, 5)
  lead('contacted', '衡阳交投', chen()?.id, 30, { response_minutes: 42 })
  lead('qualified', '常德路桥', chen()?.id, 70, { response_minutes: 15 })
  const inq = lead('assigned', 'Al Noor Road Contracting', chen()?.id, 3, {
    kind: 'inquiry',
    country: '阿联酋',
    time_zone: 'Asia/Dubai',
    products: 'Bitumen 60/70',
    region_id: null,
  })
  lead('contacted', 'Lagos Asphalt Ltd', chen()?.id, 50, {
    kind: 'inquiry',
    country: '尼日利亚',
    time_zone: 'Africa/Lagos',
    products: 'PMB',
    region_id: null,
  })
  samples.push({
    id: nextId(),
    inquiry_id: inq.id,
    product: 'SBS I-D',
    qty: '2 kg',
    cost: '350.00',
    state: 'requested',
    requested_by_name: '李强',
    courier: '',
    tracking_no: '',
    shipped_on: null,
    feedback: '',
    version: 1,
  })
  competitors.push({
    id: nextId(),
    name: '壳牌沥青',
    brands: 'Shell Cariphalte',
    region_id: hn,
    strengths: '品牌强',
    weaknesses: '价格高',
    notes: '',
    version: 1,
    prices: [
      {
        id: nextId(),
        product: 'SBS改性沥青',
        brand: 'Cariphalte',
        price: '5200.0000',
        unit: '吨',
        seen_on: daysFromToday(-10),
        region_id: hn,
        customer_id: c.id,
        notes: '',
      },
    ],
  })
  plans.push({
    id: nextId(),
    kind: 'visit',
    customer_id: c.id,
    contact_id: null,
    staff_id: chen()?.id,
    planned_on: daysFromToday(2),
    planned_time: '09:30',
    purpose: '回访',
    state: 'planned',
    version: 1,
  })
  plans.push({
    id: nextId(),
    kind: 'call',
    customer_id: customers[1].id,
    contact_id: null,
    staff_id: chen()?.id,
    planned_on: today(),
    planned_time: '',
    purpose: '催款',
    state: 'planned',
    version: 1,
  })
  notices.push({
    id: nextId(),
    staff_id: chen()?.id,
    kind: 'pool_returned',
    customer_id: customers[3].id,
    params: { code: 'C0004', name: '株洲公路建设有限公司', days: 30 },
    read: false,
  })
}
