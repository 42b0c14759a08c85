// An audit record as the server renders it in the reader's language (entity_label,
// action_label, subject, changes), turned into the lines a person reads: "负责人：E005 陈磊 →
// E007 吴婷". Shared by the audit log and every timeline.

export interface ChangeText {
  field: string
  label: string
  before: string
  after: string
}

export interface AuditText {
  entity_label?: string
  action_label?: string
  subject?: string
  changes?: ChangeText[]
}

/** One change as a line: "label: value" when it was set, "label: before → after" otherwise. */
export function changeLine(c: ChangeText, colon: string): string {
  if (c.before === '') return `${c.label}${colon}${c.after}`
  return `${c.label}${colon}${c.before} → ${c.after || '—'}`
}

/** The record's changes as lines; the colon of the reader's language (zh "：", en ": "). */
export function changeLines(e: AuditText, locale: string): string[] {
  const colon = locale.startsWith('zh') ? '：' : ': '
  return (e.changes ?? []).map((c) => changeLine(c, colon))
}

/** The sentence head: "deputy.zhou 移交 客户 C0001 …" without the changes. */
export function auditSentence(by: string, e: AuditText): string {
  return [by, e.action_label, e.entity_label, e.subject].filter((s) => !!s).join(' ')
}
