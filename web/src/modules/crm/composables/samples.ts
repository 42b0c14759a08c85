// 样品 What can be done with a sample: the server's `actions` when it sends them, otherwise
// by state and permission (approve/reject for sample.approve; ship, then feedback, for the
// inquiry's owner with inquiry.manage).
import type { Sample } from '../types'

export type SampleAction = 'approve' | 'reject' | 'ship' | 'feedback'

export function sampleActions(s: Sample, can: (permission: string) => boolean): SampleAction[] {
  if (s.actions)
    return s.actions.filter((a): a is SampleAction =>
      ['approve', 'reject', 'ship', 'feedback'].includes(a),
    )
  switch (s.state) {
    case 'requested':
      return can('sample.approve') ? ['approve', 'reject'] : []
    case 'approved':
      return can('inquiry.manage') ? ['ship'] : []
    case 'shipped':
      return can('inquiry.manage') ? ['feedback'] : []
    default:
      return []
  }
}
