// Clinic time. Slots are kept as instants with an offset, but clinics, the desk and the weekly
// template all think in Norwegian wall-clock time, whatever time zone the staff member's computer
// is set to. These helpers convert between the two without a date library.

export const CLINIC_TIME_ZONE = 'Europe/Oslo'

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_PATTERN = /^(\d{2}):(\d{2})$/

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>()

function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(zone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    wallClockFormats.set(zone, format)
  }
  return format
}

function wallClock(instant: number, zone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const part of wallClockFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  }
}

/** How far the zone's wall clock is ahead of UTC at an instant, in minutes (Oslo: 60 or 120). */
export function offsetMinutes(instant: number, zone: string): number {
  const wall = wallClock(instant, zone)
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  )
  const wholeSeconds = Math.floor(instant / 1000) * 1000
  return Math.round((wallAsUtc - wholeSeconds) / MINUTE_MS)
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

function formatDate(wall: { year: number; month: number; day: number }): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

function parseDate(date: string): [number, number, number] {
  const match = DATE_PATTERN.exec(date)
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${date}`)
  }
  return [year, month, day]
}

function parseTime(time: string): [number, number] {
  const match = TIME_PATTERN.exec(time)
  const [hour, minute] = [Number(match?.[1]), Number(match?.[2])]
  if (match === null || hour > 23 || minute > 59) throw new RangeError(`not an HH:mm time: ${time}`)
  return [hour, minute]
}

export function isDate(value: string): boolean {
  try {
    parseDate(value)
    return true
  } catch {
    return false
  }
}

/** The instant as ISO-8601 with the zone's offset at that instant, e.g. 2030-01-15T16:00:00+01:00. */
export function toZonedIso(instant: number, zone: string = CLINIC_TIME_ZONE): string {
  const wall = wallClock(instant, zone)
  return (
    `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    formatOffset(offsetMinutes(instant, zone))
  )
}

/**
 * A wall-clock date and time in the zone as ISO-8601 with offset. Resolved the way java.time's
 * ZonedDateTime.of does, so the console and the server agree: in the autumn overlap the earlier
 * (summer-time) reading; in the spring gap the time moves forward by the gap (02:30 → 03:30).
 */
export function zonedDateTimeToIso(
  date: string,
  time: string,
  zone: string = CLINIC_TIME_ZONE,
): string {
  const [year, month, day] = parseDate(date)
  const [hour, minute] = parseTime(time)
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute)
  const offsetBefore = offsetMinutes(wallAsUtc - DAY_MS, zone)
  const offsetAfter = offsetMinutes(wallAsUtc + DAY_MS, zone)
  const readings = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => wallAsUtc - offsetMinutes(instant, zone) * MINUTE_MS === instant)
  const instant = readings.length > 0 ? Math.min(...readings) : wallAsUtc - offsetBefore * MINUTE_MS
  return toZonedIso(instant, zone)
}

/** The zone's calendar date (YYYY-MM-DD) at an instant: "today" is `dateInZone(Date.now())`. */
export function dateInZone(instant: number | string, zone: string = CLINIC_TIME_ZONE): string {
  const millis = typeof instant === 'string' ? Date.parse(instant) : instant
  if (Number.isNaN(millis)) throw new RangeError(`not a time: ${String(instant)}`)
  return formatDate(wallClock(millis, zone))
}

export function todayInClinicZone(now: number = Date.now()): string {
  return dateInZone(now, CLINIC_TIME_ZONE)
}

/** Calendar arithmetic on YYYY-MM-DD dates (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date)
  const result = new Date(Date.UTC(year, month - 1, day + days))
  return formatDate({
    year: result.getUTCFullYear(),
    month: result.getUTCMonth() + 1,
    day: result.getUTCDate(),
  })
}

/** Clock time of an instant in clinic time, e.g. "16:20". */
export function formatClock(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: CLINIC_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso))
}

/** A calendar date for people, e.g. "mandag 4. mars 2030". */
export function formatDay(date: string, locale: string): string {
  const [year, month, day] = parseDate(date)
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(Date.UTC(year, month - 1, day, 12))
}

/** An instant as a date and a clock time in Norwegian time, e.g. "4. mars 2030, 16:20". */
export function formatWhen(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: CLINIC_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(Date.parse(iso))
}
