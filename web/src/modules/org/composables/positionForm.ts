// The editable position document: an empty one, a copy of a loaded one without its read-only
// fields, new rows, the indicator weight rule and the duties grouped for the printed JD.
import type {
  Authority,
  Duty,
  DutyCategory,
  Indicator,
  Position,
  PositionInput,
  Qualifications,
} from '../types'
import { DUTY_CATEGORIES } from '../types'

export const newDuty = (category: DutyCategory = 'main'): Duty => ({
  category,
  description: '',
  standard: '',
  permissions: [],
})

export const newAuthority = (): Authority => ({ description: '', permissions: [] })

export const newIndicator = (): Indicator => ({
  metric: '',
  metric_code: null,
  target: '',
  weight: 0,
  period: 'monthly',
  assessor_position_id: null,
  assessor_note: '',
})

/** Deep copy of JSON data; works on Vue's reactive proxies, which structuredClone refuses. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function emptyPosition(): PositionInput {
  return {
    code: '',
    name: '',
    department_id: null,
    headcount: 1,
    superior_position_id: null,
    superior_note: '',
    summary: '',
    data_scope: 'own',
    duties: [],
    authorities: [],
    internal_coordination: '',
    external_coordination: '',
    tools: '',
    work_environment: '',
    working_hours: '',
    records: '',
    indicators: [],
    qualifications: { education: '', experience: '', abilities: '', other: '' },
    notes: '',
    source: '',
    template_code: null,
  }
}

/** The writable part of a loaded position, deep-copied so edits do not touch the original. */
export function toInput(p: Position): PositionInput {
  const base = emptyPosition()
  const out = {} as Record<string, unknown>
  for (const key of Object.keys(base) as (keyof PositionInput)[]) {
    out[key] = clone(p[key] ?? base[key])
  }
  const input = out as unknown as PositionInput
  input.duties = input.duties.map((d) => ({ ...newDuty(), ...d, permissions: [...d.permissions] }))
  input.authorities = input.authorities.map((a) => ({ ...newAuthority(), ...a }))
  input.indicators = input.indicators.map((i) => {
    const row = { ...newIndicator(), ...i }
    delete row.assessor_position_name
    return row
  })
  return input
}

/** The body sent to the server: trimmed texts, whole-number weights. */
export function toBody(input: PositionInput): PositionInput {
  const body = clone(input)
  body.code = body.code.trim()
  body.name = body.name.trim()
  body.indicators = body.indicators.map((i) => ({
    ...i,
    metric_code: i.metric_code || null,
    weight: Math.round(Number(i.weight) || 0),
  }))
  return body
}

export function weightSum(indicators: readonly Pick<Indicator, 'weight'>[]): number {
  return indicators.reduce((sum, i) => sum + (Number(i.weight) || 0), 0)
}

/**
 * The server's rule: weights are optional, but once any indicator has a weight the weights
 * add up to 100. 'none' = no weights given; 'ok' = 100; 'bad' = anything else.
 */
export function weightState(
  indicators: readonly Pick<Indicator, 'weight'>[],
): 'none' | 'ok' | 'bad' {
  if (!indicators.some((i) => (Number(i.weight) || 0) > 0)) return 'none'
  return weightSum(indicators) === 100 ? 'ok' : 'bad'
}

export interface DutyGroup {
  category: DutyCategory
  duties: Duty[]
}

/** Duties by category in the JD order (main, daily, coordination, other); empty groups left out. */
export function groupDuties(duties: readonly Duty[]): DutyGroup[] {
  return DUTY_CATEGORIES.map((category) => ({
    category,
    duties: duties.filter((d) => d.category === category),
  })).filter((g) => g.duties.length > 0)
}

/** The document's free-text fields (textareas of the editor). */
export type TextKey =
  | 'summary'
  | 'superior_note'
  | 'internal_coordination'
  | 'external_coordination'
  | 'tools'
  | 'work_environment'
  | 'working_hours'
  | 'records'
  | 'notes'
  | 'source'

export interface TextField {
  path: TextKey | `qualifications.${keyof Qualifications}`
  /** Label key under org.position. */
  label: string
  rows?: number
}
