// 产品表单 The product dialog's form: what it edits, filled from a product or blank, the body it
// sends (a PATCH sends only what changed), and the rules the inputs check before the server
// does (decimal text, never a float).
import type {
  NewProduct,
  Product,
  ProductPatch,
  ProductSource,
  ProductUnit,
  UnitCode,
} from '../types'

export interface ProductForm {
  code: string
  name: string
  spec: string
  product_line_id: number | null
  base_unit: UnitCode | ''
  units: ProductUnit[]
  tax_rate: string
  standard_cost: string
  source: ProductSource
  package: string
  notes: string
}

export function productForm(p: Product | null): ProductForm {
  return {
    code: p?.code ?? '',
    name: p?.name ?? '',
    spec: p?.spec ?? '',
    product_line_id: p?.product_line_id ?? null,
    base_unit: p?.base_unit ?? 't',
    units: (p?.units ?? []).map((u) => ({ ...u })),
    tax_rate: p?.tax_rate ?? '0.1300',
    standard_cost: p?.standard_cost ?? '0.00',
    source: p?.source ?? 'made',
    package: p?.package ?? '',
    notes: p?.notes ?? '',
  }
}

/** A conversion factor: a positive decimal with at most four places ("0.001", "200"). */
export function isFactor(text: string): boolean {
  return /^\d{1,11}(\.\d{1,4})?$/.test(text.trim()) && /[1-9]/.test(text)
}

/** Money as the server takes it: not negative, at most two decimals. */
export function isCost(text: string): boolean {
  return /^\d{1,11}(\.\d{1,2})?$/.test(text.trim())
}

/** The body of POST /products: the code left out when blank (the server numbers it). */
export function newProductBody(f: ProductForm): NewProduct {
  const body: NewProduct = {
    name: f.name.trim(),
    spec: f.spec.trim(),
    product_line_id: f.product_line_id ?? 0,
    base_unit: (f.base_unit || 't') as UnitCode,
    units: f.units.map((u) => ({ unit: u.unit, factor: u.factor.trim() })),
    tax_rate: f.tax_rate,
    standard_cost: f.standard_cost.trim(),
    source: f.source,
    package: f.package.trim(),
    notes: f.notes,
  }
  if (f.code.trim()) body.code = f.code.trim()
  return body
}

/** "0.0010" and "0.001" alike: a decimal's text without trailing zeros. */
export function decimalKey(text: string): string {
  const t = text.trim()
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t
}

const sameUnits = (a: readonly ProductUnit[], b: readonly ProductUnit[]) =>
  a.length === b.length &&
  a.every(
    (u, i) => u.unit === b[i]?.unit && decimalKey(u.factor) === decimalKey(b[i]?.factor ?? ''),
  )

/** The PATCH body: the version and the fields whose value differs from the product's. */
export function productPatch(p: Product, f: ProductForm): ProductPatch {
  const next = newProductBody(f)
  const patch: ProductPatch = { version: p.version }
  if ((next.code ?? p.code) !== p.code) patch.code = next.code
  if (next.name !== p.name) patch.name = next.name
  if (next.spec !== p.spec) patch.spec = next.spec
  if (next.product_line_id !== p.product_line_id) patch.product_line_id = next.product_line_id
  if (next.base_unit !== p.base_unit) patch.base_unit = next.base_unit
  if (!sameUnits(next.units ?? [], p.units)) patch.units = next.units
  if (next.tax_rate !== p.tax_rate) patch.tax_rate = next.tax_rate
  if (next.standard_cost !== p.standard_cost) patch.standard_cost = next.standard_cost
  if (next.source !== p.source) patch.source = next.source
  if (next.package !== p.package) patch.package = next.package
  if (next.notes !== p.notes) patch.notes = next.notes
  return patch
}

/** "13%" for "0.1300": the rate as a percentage, without trailing zeros. */
export function ratePercent(rate: string): string {
  const [whole = '0', frac = ''] = rate.split('.')
  const digits = (whole + frac.padEnd(4, '0')).replace(/^0+(?=\d)/, '')
  const padded = digits.padStart(3, '0')
  const int = padded.slice(0, -2).replace(/^0+(?=\d)/, '')
  const dec = padded.slice(-2).replace(/0+$/, '')
  return `${int}${dec ? `.${dec}` : ''}%`
}
