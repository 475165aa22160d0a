import { describe, expect, it } from 'vitest'
import { ApiError, type OpeningPeriod } from './api'
import {
  closedDayProblem,
  isClock,
  normalizeClock,
  periodProblem,
  serverDetails,
  sortClosedDays,
  sortPeriods,
} from './openingHours'

const monday: OpeningPeriod = { day: 'MONDAY', opens: '10:00', closes: '16:00' }

describe('isClock and normalizeClock', () => {
  it('takes HH:MM from 00:00 to 24:00', () => {
    for (const ok of ['00:00', '09:30', '23:59', '24:00']) expect(isClock(ok), ok).toBe(true)
    for (const bad of ['24:01', '25:00', '9:30', '12:60', '12.00', '', ' 10:00'])
      expect(isClock(bad), bad).toBe(false)
  })

  it('trims and pads a one-digit hour', () => {
    expect(normalizeClock(' 9:30 ')).toBe('09:30')
    expect(normalizeClock('24:00')).toBe('24:00')
    expect(normalizeClock('930')).toBe('930')
  })
})

describe('sorting', () => {
  it('puts periods Monday first, then by opening time', () => {
    const sunday: OpeningPeriod = { day: 'SUNDAY', opens: '08:00', closes: '09:00' }
    const mondayEarly: OpeningPeriod = { day: 'MONDAY', opens: '08:00', closes: '09:00' }
    const input = [sunday, monday, mondayEarly]
    expect(sortPeriods(input)).toEqual([mondayEarly, monday, sunday])
    expect(input).toEqual([sunday, monday, mondayEarly])
  })

  it('puts closed days by date', () => {
    expect(
      sortClosedDays([
        { date: '2026-12-31', note: null },
        { date: '2026-12-24', note: 'Julaften' },
      ]).map((day) => day.date),
    ).toEqual(['2026-12-24', '2026-12-31'])
  })
})

describe('periodProblem', () => {
  it('accepts a period that closes at midnight, and one that touches another', () => {
    expect(periodProblem([], { day: 'FRIDAY', opens: '18:00', closes: '24:00' })).toBeNull()
    expect(periodProblem([monday], { day: 'MONDAY', opens: '16:00', closes: '18:00' })).toBeNull()
    expect(periodProblem([monday], { day: 'TUESDAY', opens: '12:00', closes: '13:00' })).toBeNull()
  })

  it('refuses bad times, a period that does not open before it closes, and overlaps', () => {
    expect(periodProblem([], { day: 'MONDAY', opens: '10', closes: '16:00' })).toBe('invalid-time')
    expect(periodProblem([], { day: 'MONDAY', opens: '16:00', closes: '16:00' })).toBe(
      'closes-before-opens',
    )
    expect(periodProblem([], { day: 'MONDAY', opens: '24:00', closes: '24:00' })).toBe(
      'closes-before-opens',
    )
    expect(periodProblem([monday], { day: 'MONDAY', opens: '15:00', closes: '17:00' })).toBe(
      'overlap',
    )
    expect(periodProblem([monday], { day: 'MONDAY', opens: '11:00', closes: '12:00' })).toBe(
      'overlap',
    )
  })
})

describe('closedDayProblem', () => {
  it('needs a real date that is not listed yet', () => {
    const days = [{ date: '2026-12-24', note: null }]
    expect(closedDayProblem(days, '2026-12-25')).toBeNull()
    expect(closedDayProblem(days, '2026-12-24')).toBe('duplicate')
    expect(closedDayProblem(days, '')).toBe('invalid-date')
    expect(closedDayProblem(days, '2026-02-30')).toBe('invalid-date')
  })
})

describe('serverDetails', () => {
  it("gives the server's detail and field errors for a refused request", () => {
    const failure = new ApiError({
      status: 400,
      detail: 'Periods on MONDAY overlap.',
      errors: [{ field: 'replace.body.weekly[0].closes', message: 'is a time HH:MM' }],
    })
    expect(serverDetails(failure)).toEqual([
      'Periods on MONDAY overlap.',
      'replace.body.weekly[0].closes: is a time HH:MM',
    ])
  })

  it('gives nothing for other failures', () => {
    expect(serverDetails(new ApiError({ status: 500, detail: 'boom' }))).toEqual([])
    expect(serverDetails(new Error('bug'))).toEqual([])
  })
})
