import { describe, expect, it } from 'vitest'
import { endedText, errorText, fill, formatClock, formatOpening, readTexts } from './texts'

describe('chat texts', () => {
  it('reads the data block and shows a missing text as its key', () => {
    const texts = readTexts('{"you":"Du","queued":"Du er nummer {position} i køen."}')
    expect(texts.you).toBe('Du')
    expect(texts.sending).toBe('sending')
    expect(readTexts('not json').you).toBe('you')
    expect(readTexts(null).you).toBe('you')
  })

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Du er nummer {position} i køen.', { position: 3 })).toBe('Du er nummer 3 i køen.')
    expect(fill('{name} skriver … {other}', { name: 'Kari' })).toBe('Kari skriver … {other}')
  })

  it('formats the next opening in Norwegian time in the page language', () => {
    const monday = '2030-01-14T09:00:00Z'
    expect(formatOpening(monday, 'nb')).toMatch(/mandag 14\. januar.*10:00/)
    expect(formatOpening(monday, 'sv')).toMatch(/måndag 14 januari.*10:00/)
    expect(formatOpening(monday, 'en')).toMatch(/Monday 14 January.*10:00/)
    expect(formatClock('2030-07-01T12:30:00Z', 'nb')).toBe('14:30')
  })

  it('maps error codes and who ended to texts, with a general fallback', () => {
    const texts = readTexts(
      '{"errorRateLimited":"sakte","errorOther":"feil","endedByVisitor":"du"}',
    )
    expect(errorText('rate-limited', texts)).toBe('sakte')
    expect(errorText('bad-frame', texts)).toBe('feil')
    expect(endedText('visitor', texts)).toBe('du')
    expect(endedText('something-new', texts)).toBe('')
  })
})
