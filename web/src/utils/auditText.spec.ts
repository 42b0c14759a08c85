import { describe, expect, it } from 'vitest'
import { auditSentence, changeLine, changeLines } from './auditText'

describe('auditText', () => {
  it('reads a set value and a change', () => {
    expect(
      changeLine({ field: 'kind', label: '客户类型', before: '', after: '终端用户' }, '：'),
    ).toBe('客户类型：终端用户')
    expect(
      changeLine({ field: 'owner', label: 'owner', before: 'E005 陈磊', after: 'E007 吴婷' }, ': '),
    ).toBe('owner: E005 陈磊 → E007 吴婷')
    expect(changeLine({ field: 'notes', label: 'notes', before: 'x', after: '' }, ': ')).toBe(
      'notes: x → —',
    )
  })

  it('uses the colon of the language and tolerates records without text', () => {
    const e = { changes: [{ field: 'region_id', label: '片区', before: '', after: '长沙' }] }
    expect(changeLines(e, 'zh-CN')).toEqual(['片区：长沙'])
    expect(changeLines({}, 'en-US')).toEqual([])
  })

  it('builds the sentence head from what is known', () => {
    expect(auditSentence('admin', { action_label: 'changed', entity_label: 'customer' })).toBe(
      'admin changed customer',
    )
    expect(auditSentence('zhou', { action_label: '移交', subject: 'C0001 某公司' })).toBe(
      'zhou 移交 C0001 某公司',
    )
  })
})
