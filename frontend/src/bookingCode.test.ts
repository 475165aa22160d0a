import { describe, expect, it } from 'vitest'
import { isPlausibleCode, normaliseCode } from './bookingCode'

describe('normaliseCode', () => {
  it('groups a code typed in lower case without dashes', () => {
    expect(normaliseCode('7kq2m9xd4rtpwb3h')).toBe('7KQ2-M9XD-4RTP-WB3H')
  })

  it('keeps a code typed the way it is shown', () => {
    expect(normaliseCode('7KQ2-M9XD-4RTP-WB3H')).toBe('7KQ2-M9XD-4RTP-WB3H')
  })

  it('ignores spaces, stray dashes and surrounding blanks', () => {
    expect(normaliseCode('  7KQ2 M9XD--4RTP - wb3h \n')).toBe('7KQ2-M9XD-4RTP-WB3H')
  })

  it('reads O as zero and I and L as one, as Crockford base32 does', () => {
    expect(normaliseCode('OIL0-ilo1')).toBe('0110-1101')
  })

  it('leaves an incomplete code incomplete for the server to refuse', () => {
    expect(normaliseCode('7kq2m9')).toBe('7KQ2-M9')
    expect(normaliseCode('')).toBe('')
  })
})

describe('isPlausibleCode', () => {
  it('accepts Crockford symbols in groups', () => {
    expect(isPlausibleCode('7KQ2-M9XD-4RTP-WB3H')).toBe(true)
    expect(isPlausibleCode('7KQ2M9XD')).toBe(true)
  })

  it('refuses what no code can contain', () => {
    expect(isPlausibleCode('')).toBe(false)
    expect(isPlausibleCode('7KQ2-M9XD-4RTP-WB3U')).toBe(false)
    expect(isPlausibleCode(normaliseCode('7KQ2/M9XD'))).toBe(false)
    expect(isPlausibleCode(normaliseCode('ÆØÅ1'))).toBe(false)
  })
})
