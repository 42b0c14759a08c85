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

// Price policy (issue 11 §2): seasons, price lists with lines, customer prices, floors, change
// requests, history and the pricing function's answer. Prices are strings with four places.
export type Season = Schemas['Season']
export type NewSeason = Schemas['NewSeason']
export type SeasonUpdate = Schemas['SeasonUpdate']
export type PriceList = Schemas['PriceList']
export type PriceListDetail = Schemas['PriceListDetail']
export type PriceLine = Schemas['PriceLine']
export type NewPriceList = Schemas['NewPriceList']
export type PriceListUpdate = Schemas['PriceListUpdate']
export type CustomerPrice = Schemas['CustomerPrice']
export type NewCustomerPrice = Schemas['NewCustomerPrice']
export type PriceFloor = Schemas['PriceFloor']
export type NewPriceFloor = Schemas['NewPriceFloor']
export type PriceChange = Schemas['PriceChange']
export type PriceRequest = Schemas['PriceRequest']
export type NewPriceRequest = Schemas['NewPriceRequest']
export type PriceAnswer = Schemas['PriceAnswer']
export type CustomerKind = PriceList['customer_kind']
export type PriceListStatus = PriceList['status']
export type PriceRequestStatus = PriceRequest['status']

export const CUSTOMER_KINDS: readonly CustomerKind[] = ['end_user', 'dealer', 'agent']
export const LIST_STATUSES: readonly PriceListStatus[] = ['draft', 'active', 'closed']
export const REQUEST_STATUSES: readonly PriceRequestStatus[] = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
]
/** A price as the server reads it: digits with at most four decimals. */
export const PRICE_PATTERN = /^\d{1,10}(\.\d{1,4})?$/
