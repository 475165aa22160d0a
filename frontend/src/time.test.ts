import { describe, expect, it } from 'vitest'
import {
  addDays,
  dateInZone,
  formatClock,
  formatDay,
  formatWhen,
  isDate,
  offsetMinutes,
  toZonedIso,
  todayInClinicZone,
  zonedDateTimeToIso,
} from './time'

describe('zonedDateTimeToIso', () => {
  it('gives Norwegian winter and summer time their own offsets', () => {
    expect(zonedDateTimeToIso('2030-01-15', '16:00')).toBe('2030-01-15T16:00:00+01:00')
    expect(zonedDateTimeToIso('2030-06-15', '16:00')).toBe('2030-06-15T16:00:00+02:00')
  })

  it('takes the summer-time reading of an hour that happens twice in October, like java.time', () => {
    // 27 October 2030: clocks go back from 03:00 to 02:00.
    expect(zonedDateTimeToIso('2030-10-27', '02:30')).toBe('2030-10-27T02:30:00+02:00')
    expect(zonedDateTimeToIso('2030-10-27', '03:30')).toBe('2030-10-27T03:30:00+01:00')
  })

  it('moves a time in the March gap forward by the gap, like java.time', () => {
    // 31 March 2030: clocks go forward from 02:00 to 03:00.
    expect(zonedDateTimeToIso('2030-03-31', '02:30')).toBe('2030-03-31T03:30:00+02:00')
    expect(zonedDateTimeToIso('2030-03-31', '01:59')).toBe('2030-03-31T01:59:00+01:00')
  })

  it('uses Oslo time whatever zone the computer is in, and any zone when asked', () => {
    expect(zonedDateTimeToIso('2030-01-15', '09:05', 'America/New_York')).toBe(
      '2030-01-15T09:05:00-05:00',
    )
    expect(zonedDateTimeToIso('2030-01-15', '09:05', 'UTC')).toBe('2030-01-15T09:05:00+00:00')
  })

  it('refuses dates and times that do not exist', () => {
    expect(() => zonedDateTimeToIso('2030-02-30', '10:00')).toThrow(RangeError)
    expect(() => zonedDateTimeToIso('2030-02-01', '24:00')).toThrow(RangeError)
    expect(() => zonedDateTimeToIso('1.2.2030', '10:00')).toThrow(RangeError)
  })
})

describe('dateInZone and today', () => {
  it('reads the Oslo calendar date, not the UTC one, around midnight', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(dateInZone('2029-12-31T23:30:00Z')).toBe('2030-01-01')
    expect(dateInZone('2030-01-01T00:30:00+01:00')).toBe('2030-01-01')
    expect(todayInClinicZone(Date.parse('2030-06-30T22:15:00Z'))).toBe('2030-07-01')
  })

  it('rejects something that is not a time', () => {
    expect(() => dateInZone('tomorrow')).toThrow(RangeError)
  })
})

describe('offsetMinutes and toZonedIso', () => {
  it('follow the switch to summer time at 01:00 UTC', () => {
    const before = Date.parse('2030-03-31T00:59:00Z')
    const after = Date.parse('2030-03-31T01:00:00Z')
    expect(offsetMinutes(before, 'Europe/Oslo')).toBe(60)
    expect(offsetMinutes(after, 'Europe/Oslo')).toBe(120)
    expect(toZonedIso(before)).toBe('2030-03-31T01:59:00+01:00')
    expect(toZonedIso(after)).toBe('2030-03-31T03:00:00+02:00')
  })
})

describe('addDays', () => {
  it('crosses month, year and leap days on the calendar', () => {
    expect(addDays('2030-01-31', 1)).toBe('2030-02-01')
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2030-03-30', 28)).toBe('2030-04-27')
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28')
  })
})

describe('isDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isDate('2030-02-28')).toBe(true)
    expect(isDate('2030-02-29')).toBe(false)
    expect(isDate('')).toBe(false)
    expect(isDate('2030-2-1')).toBe(false)
  })
})

describe('formatting for people', () => {
  it('shows clock times in Oslo time on a 24-hour clock', () => {
    expect(formatClock('2030-01-15T15:00:00Z', 'nb-NO')).toBe('16:00')
    expect(formatClock('2030-06-15T15:00:00Z', 'en-GB')).toBe('17:00')
  })

  it('names the day in the staff member’s language, whatever the computer’s zone', () => {
    // Punctuation varies between ICU versions; the words must not.
    expect(formatDay('2030-03-04', 'nb-NO')).toMatch(/^mandag,? 4\. mars 2030$/)
    expect(formatDay('2030-03-04', 'en-GB')).toMatch(/^Monday,? 4 March 2030$/)
  })

  it('gives an instant as a date and an Oslo clock time', () => {
    expect(formatWhen('2030-03-04T15:20:00Z', 'nb-NO')).toMatch(/^4\. mars 2030,? (kl\. )?16:20$/)
    expect(formatWhen('2030-07-01T23:30:00+00:00', 'en-GB')).toMatch(/^2 Jul 2030,? 01:30$/)
  })
})
