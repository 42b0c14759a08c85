import { describe, expect, it } from 'vitest'
import { isEmail, isMobile } from '@/modules/crm/composables/customerForm'

describe('contact rules (as the server checks them)', () => {
  it('accepts Chinese and international mobile numbers', () => {
    expect(isMobile('13800138000')).toBe(true)
    expect(isMobile('138-0013-8000')).toBe(true)
    expect(isMobile('+49 30 1234567')).toBe(true)
  })

  it('refuses short, foreign-looking or lettered numbers', () => {
    expect(isMobile('2380013800')).toBe(false)
    expect(isMobile('23800138000')).toBe(false)
    expect(isMobile('1380013800a')).toBe(false)
    expect(isMobile('+12345')).toBe(false)
  })

  it('wants an @ in an e-mail address', () => {
    expect(isEmail('li@example.com')).toBe(true)
    expect(isEmail('li.example.com')).toBe(false)
  })
})
