import { describe, expect, it } from 'vitest'
import type { Finding } from './api'
import { REDACTED, locate, locateAll, redactSpan, removeFinding, segmentsOf } from './findings'

const BODY = 'Ring meg på 912 34 567 eller skriv til navn@example.no'
const phone: Finding = { kind: 'phone', start: 12, end: 22, match: '912 34 567' }
const email: Finding = { kind: 'email', start: 39, end: 54, match: 'navn@example.no' }

describe('segmentsOf', () => {
  it('splits a text into plain and highlighted segments that add up to the text', () => {
    const segments = segmentsOf(BODY, [phone, email])

    expect(segments).toEqual([
      { start: 0, text: 'Ring meg på ', finding: null },
      { start: 12, text: '912 34 567', finding: phone },
      { start: 22, text: ' eller skriv til ', finding: null },
      { start: 39, text: 'navn@example.no', finding: email },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(BODY)
  })

  it('is one plain segment without findings, and nothing for an empty text', () => {
    expect(segmentsOf('Hei', [])).toEqual([{ start: 0, text: 'Hei', finding: null }])
    expect(segmentsOf('', [])).toEqual([])
  })

  it('accepts findings in any order and at the very start and end', () => {
    const text = 'a@b.no og c@d.no'
    const first: Finding = { kind: 'email', start: 0, end: 6, match: 'a@b.no' }
    const last: Finding = { kind: 'email', start: 10, end: 16, match: 'c@d.no' }

    expect(segmentsOf(text, [last, first]).map((s) => [s.text, s.finding?.kind ?? null])).toEqual([
      ['a@b.no', 'email'],
      [' og ', null],
      ['c@d.no', 'email'],
    ])
  })

  it('leaves out findings that overlap, fall outside the text or no longer match it', () => {
    const inside: Finding = { kind: 'url', start: 44, end: 54, match: 'example.no' }
    const outside: Finding = { kind: 'phone', start: 50, end: 70, match: 'x'.repeat(20) }
    const stale: Finding = { ...phone, match: '999 99 999' }

    const segments = segmentsOf(BODY, [email, inside, outside, stale])

    expect(segments.filter((s) => s.finding !== null).map((s) => s.finding)).toEqual([email])
    expect(segments.map((s) => s.text).join('')).toBe(BODY)
  })

  it('counts in UTF-16 code units, as the server does', () => {
    const text = '😀 ring 912 34 567'
    const finding: Finding = { kind: 'phone', start: 8, end: 18, match: '912 34 567' }

    expect(segmentsOf(text, [finding])).toEqual([
      { start: 0, text: '😀 ring ', finding: null },
      { start: 8, text: '912 34 567', finding },
    ])
  })
})

describe('redactSpan', () => {
  it('replaces exactly the span with [fjernet]', () => {
    expect(redactSpan(BODY, 12, 22)).toBe('Ring meg på [fjernet] eller skriv til navn@example.no')
    expect(redactSpan(BODY, 39, 54)).toBe(`Ring meg på 912 34 567 eller skriv til ${REDACTED}`)
    expect(redactSpan('abc', 0, 3, '')).toBe('')
  })

  it('refuses a span that is not inside the text', () => {
    expect(() => redactSpan('abc', -1, 2)).toThrow(RangeError)
    expect(() => redactSpan('abc', 2, 1)).toThrow(RangeError)
    expect(() => redactSpan('abc', 1, 4)).toThrow(RangeError)
    expect(() => redactSpan('abc', 0.5, 2)).toThrow(RangeError)
  })
})

describe('locate', () => {
  it('keeps the server’s offsets while the text still reads the match there', () => {
    expect(locate(BODY, phone)).toBe(phone)
  })

  it('follows a finding that moved because the text before it changed', () => {
    const shorter = redactSpan(BODY, 12, 22)

    expect(locate(shorter, email)).toEqual({ ...email, start: 38, end: 53 })
    expect(locate(shorter, phone)).toBeNull()
  })

  it('picks the nearest free occurrence when the same data appears twice', () => {
    const text = 'a@b.no, a@b.no'
    const first: Finding = { kind: 'email', start: 0, end: 6, match: 'a@b.no' }
    const second: Finding = { kind: 'email', start: 8, end: 14, match: 'a@b.no' }

    expect(locate(text, second)).toBe(second)
    expect(locate(text, { ...second, start: 7, end: 13 })).toEqual(second)
    expect(locate(text, second, [second])).toEqual(first)
    expect(locate(text, second, [first, second])).toBeNull()
  })
})

describe('locateAll', () => {
  it('keeps findings still in the text, at their current offsets, in order', () => {
    const text = redactSpan(BODY, 12, 22)

    expect(locateAll(text, [email, phone])).toEqual([{ ...email, start: 38, end: 53 }])
    expect(locateAll(BODY, [email, phone])).toEqual([phone, email])
  })

  it('gives two findings of the same data one occurrence each', () => {
    const text = 'a@b.no, a@b.no'
    const first: Finding = { kind: 'email', start: 0, end: 6, match: 'a@b.no' }
    const second: Finding = { kind: 'email', start: 8, end: 14, match: 'a@b.no' }

    expect(locateAll(text, [second, first])).toEqual([first, second])
    // One of them removed: the other keeps the occurrence that is left.
    expect(locateAll(redactSpan(text, 0, 6), [first, second])).toEqual([
      { ...first, start: 11, end: 17 },
    ])
  })
})

describe('removeFinding', () => {
  it('removes every finding in turn, whatever the order, leaving only [fjernet]', () => {
    const afterEmail = removeFinding(BODY, email)
    expect(afterEmail).toBe('Ring meg på 912 34 567 eller skriv til [fjernet]')
    const afterBoth = removeFinding(afterEmail ?? '', phone)
    expect(afterBoth).toBe('Ring meg på [fjernet] eller skriv til [fjernet]')

    const phoneFirst = removeFinding(BODY, phone) ?? ''
    expect(removeFinding(phoneFirst, email)).toBe(afterBoth)
  })

  it('is null when the text no longer contains the finding', () => {
    expect(removeFinding('Ring meg på [fjernet]', phone)).toBeNull()
  })

  it('takes another replacement', () => {
    expect(removeFinding(BODY, phone, '…')).toBe('Ring meg på … eller skriv til navn@example.no')
  })
})
