// The chat's opening hours as the admin edits them: periods kept in the server's order (weekday,
// then opening time), closed days by date, and the checks the server makes, done before saving so
// that the admin hears about a mistake where it was made.

import { ApiError, WEEKDAYS, type ClosedDay, type OpeningPeriod } from './api'
import { isDate } from './time'

/** HH:MM from 00:00 to 23:59, or 24:00 (midnight at the end of the day). */
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/

export function isClock(value: string): boolean {
  return CLOCK.test(value)
}

/** A typed time tidied up: surrounding space dropped and a one-digit hour padded ("9:30" → "09:30"). */
export function normalizeClock(value: string): string {
  const trimmed = value.trim()
  return /^\d:\d\d$/.test(trimmed) ? `0${trimmed}` : trimmed
}

/** Minutes from midnight of an HH:MM time (24:00 is 1440). */
function minutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

/** Monday first, then by opening time: the order the server stores and returns. */
export function sortPeriods(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  return [...periods].sort(
    (a, b) =>
      WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutes(a.opens) - minutes(b.opens),
  )
}

export function sortClosedDays(days: readonly ClosedDay[]): ClosedDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export type PeriodProblem = 'invalid-time' | 'closes-before-opens' | 'overlap'

/** Why `candidate` cannot join `periods`, or null when it can. */
export function periodProblem(
  periods: readonly OpeningPeriod[],
  candidate: OpeningPeriod,
): PeriodProblem | null {
  if (!isClock(candidate.opens) || !isClock(candidate.closes)) return 'invalid-time'
  const opens = minutes(candidate.opens)
  const closes = minutes(candidate.closes)
  if (opens >= closes) return 'closes-before-opens'
  const overlaps = periods.some(
    (other) =>
      other.day === candidate.day && minutes(other.opens) < closes && opens < minutes(other.closes),
  )
  return overlaps ? 'overlap' : null
}

export type ClosedDayProblem = 'invalid-date' | 'duplicate'

/** Why `date` cannot be added as a closed day, or null when it can. */
export function closedDayProblem(
  days: readonly ClosedDay[],
  date: string,
): ClosedDayProblem | null {
  if (!isDate(date)) return 'invalid-date'
  return days.some((day) => day.date === date) ? 'duplicate' : null
}

/**
 * What the server said about a request it refused (400/422): the problem's `detail` and each
 * field error, in its own words. Empty for every other failure.
 */
export function serverDetails(failure: unknown): string[] {
  if (!(failure instanceof ApiError) || (failure.status !== 400 && failure.status !== 422)) {
    return []
  }
  const details: string[] = []
  if (failure.problem.detail !== undefined) details.push(failure.problem.detail)
  for (const { field, message } of failure.problem.errors ?? []) {
    details.push(`${field}: ${message}`)
  }
  return details
}
