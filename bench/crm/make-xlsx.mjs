// bench/crm/make-xlsx.mjs FILE COUNT: writes an .xlsx of COUNT new customers (one contact
// each) under the import template's Chinese headers, for POST /api/v1/customers/import. The
// names ("第000001号导入测试路面材料有限公司"), credit codes (organization serials from
// 50,000,000) and mobiles (15…) are unlike anything `salesdesk demo --customers` generates,
// so the import's duplicate checks pass. A minimal zip writer (deflate, CRC-32) in plain
// node: one sheet of inline strings.
import { writeFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'

const [file, countArg] = process.argv.slice(2)
const count = Number(countArg)

const CRC = new Int32Array(256).map((_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c
})
function crc32(buf) {
  let c = -1
  for (let i = 0; i < buf.length; i++) c = CRC[(c ^ buf[i]) & 0xff] ^ (c >>> 8)
  return (c ^ -1) >>> 0
}

function zip(files) {
  const parts = []
  const central = []
  let offset = 0
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8')
    const packed = deflateRawSync(data, { level: 6 })
    const nameBuf = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    parts.push(local, nameBuf, packed)
    const c = Buffer.alloc(46)
    c.writeUInt32LE(0x02014b50, 0)
    c.writeUInt16LE(20, 4)
    c.writeUInt16LE(20, 6)
    c.writeUInt16LE(0x0800, 8)
    c.writeUInt16LE(8, 10)
    c.writeUInt32LE(crc, 16)
    c.writeUInt32LE(packed.length, 20)
    c.writeUInt32LE(data.length, 24)
    c.writeUInt16LE(nameBuf.length, 28)
    c.writeUInt32LE(offset, 42)
    central.push(c, nameBuf)
    offset += local.length + nameBuf.length + packed.length
  }
  const dir = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, dir, end])
}

// GB 32100 unified social credit code: 91 + division + GB 11714 organization code + check.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
function creditCode(serial) {
  const s = String(serial).padStart(8, '0')
  const ow = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let k = 0; k < 8; k++) sum += Number(s[k]) * ow[k]
  const check = 11 - (sum % 11)
  const org = s + (check === 10 ? 'X' : String(check % 11))
  const first = '91430600' + org
  let total = 0
  for (let k = 0; k < 17; k++) total += ALPHABET.indexOf(first[k]) * WEIGHTS[k]
  return first + ALPHABET[(31 - (total % 31)) % 31]
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const cell = (s) => `<c t="inlineStr"><is><t>${esc(s)}</t></is></c>`
const header = ['客户名称', '简称', '统一社会信用代码', '客户类型', '客户分类', '行业', '片区',
  '地址', '负责人(工号)', '联系人', '联系人手机', '联系人职务', '结算方式', '账期天数', '信用额度', '备注']
const owners = [['E004', '130000'], ['E005', '430600'], ['E006', '410000'], ['E007', '440000'],
  ['E008', '210000'], ['E009', '510000']]
const classes = ['重点客户', '普通客户', '潜在客户']
const rows = [`<row r="1">${header.map(cell).join('')}</row>`]
for (let i = 1; i <= count; i++) {
  const n = String(i).padStart(6, '0')
  const [owner, region] = owners[i % owners.length]
  const values = [`第${n}号导入测试路面材料有限公司`, `导入${n}`, creditCode(50_000_000 + i),
    i % 9 === 0 ? '经销商' : '终端用户', classes[i % 3], '路面材料', region, `导入测试地址${n}号`,
    owner, `联系人${n}`, `15${String(i).padStart(9, '0')}`, '采购经理', i % 2 ? '现款' : '赊销',
    String((i % 4) * 30), String((i % 10) * 10000), '']
  rows.push(`<row r="${i + 1}">${values.map((v) => (v === '' ? '' : cell(v))).join('')}</row>`)
}
const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
const files = [
  ['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`],
  ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
  ['xl/worksheets/sheet1.xml', sheet],
]
writeFileSync(file, zip(files))
