// Types of the catalog API (issue 11 §1): products with their base unit, secondary units and
// conversion factors, tax rate, standard cost and status. Shapes are the server's OpenAPI
// schemas (schema.gen.ts), so a drift fails vue-tsc. Money and factors are strings.
import type { Schemas } from '@/api/types'

export type Product = Schemas['Product']
export type ProductUnit = Schemas['ProductUnit']
export type ProductPage = Schemas['ProductPage']
export type NewProduct = Schemas['NewProduct']
export type ProductPatch = Schemas['ProductPatch']
export type ProductImportResult = Schemas['ProductImportResult']

export type UnitCode = Product['base_unit']
export type ProductSource = Product['source']
export type ProductStatus = Product['status']
export type ProductAction = NonNullable<Product['actions']>[number]

export const UNITS: readonly UnitCode[] = [
  't',
  'kg',
  'set',
  'unit',
  'drum',
  'bag',
  'piece',
  'box',
  'roll',
  'm',
  'm2',
  'l',
]
export const SOURCES: readonly ProductSource[] = ['made', 'bought']
export const STATUSES: readonly ProductStatus[] = ['active', 'discontinued']
/** The VAT rates the server allows, as it writes them. */
export const TAX_RATES: readonly string[] = [
  '0.1300',
  '0.0900',
  '0.0600',
  '0.0300',
  '0.0100',
  '0.0000',
]

export type ProductSort = 'code' | 'name' | '-updated_at'

export interface ProductQuery {
  q?: string
  product_line_id?: number
  source?: ProductSource
  status?: ProductStatus
  sort?: ProductSort
  page?: number
  size?: number
}
