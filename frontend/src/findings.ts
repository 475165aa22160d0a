// Personal data the server found in a question: highlighting it, and removing it from the
// moderator's draft. Offsets are UTF-16 code units, as in JavaScript strings and Java's String.

import type { Finding } from './api'

/** What a removed piece of personal data is replaced with (the server's own word for it). */
export const REDACTED = '[fjernet]'

/** A piece of text, highlighted when it is a finding. */
export interface Segment {
  /** Where the segment starts in the text. */
  start: number
  text: string
  finding: Finding | null
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Splits `text` into plain and highlighted segments. A finding is highlighted only where the text
 * still reads its `match`; one that does not, or that overlaps an earlier one, is left out.
 * Adjacent plain text is one segment, and empty segments are never produced.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const kept: Finding[] = []
  for (const finding of [...findings].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (finding.start < 0 || finding.end <= finding.start || finding.end > text.length) continue
    if (text.slice(finding.start, finding.end) !== finding.match) continue
    if (kept.some((other) => overlaps(other, finding))) continue
    kept.push(finding)
  }
  const segments: Segment[] = []
  let at = 0
  for (const finding of kept) {
    if (finding.start > at) {
      segments.push({ start: at, text: text.slice(at, finding.start), finding: null })
    }
    segments.push({ start: finding.start, text: finding.match, finding })
    at = finding.end
  }
  if (at < text.length) segments.push({ start: at, text: text.slice(at), finding: null })
  return segments
}

/** `text` with the span [start, end) replaced by `replacement`. */
export function redactSpan(
  text: string,
  start: number,
  end: number,
  replacement: string = REDACTED,
): string {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`not a span: [${start}, ${end})`)
  }
  if (start < 0 || end < start || end > text.length) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${text.length}`)
  }
  return text.slice(0, start) + replacement + text.slice(end)
}

/**
 * Where `finding` is in `text` now. The server's offsets hold for the text it saw; the draft may
 * have changed since (another finding removed before it, or the moderator typing), so when the
 * text at the old offsets no longer reads the match, the nearest occurrence of the match counts.
 * Spans in `taken` are skipped, so that two findings of the same e-mail address find one
 * occurrence each. Null when the match is gone from the text.
 */
export function locate(
  text: string,
  finding: Finding,
  taken: readonly Finding[] = [],
): Finding | null {
  const length = finding.match.length
  if (length === 0) return null
  const free = (start: number) =>
    !taken.some((other) => overlaps(other, { start, end: start + length }))
  if (text.slice(finding.start, finding.end) === finding.match && free(finding.start)) {
    return finding
  }
  let best: number | null = null
  for (let at = text.indexOf(finding.match); at !== -1; at = text.indexOf(finding.match, at + 1)) {
    if (!free(at)) continue
    if (best === null || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at
  }
  return best === null ? null : { ...finding, start: best, end: best + length }
}

/**
 * The findings that are still in `text`, at their current offsets, ordered by position and never
 * overlapping. Findings whose match is gone (removed or edited away) are left out.
 */
export function locateAll(text: string, findings: readonly Finding[]): Finding[] {
  const located: Finding[] = []
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const found = locate(text, finding, located)
    if (found !== null) located.push(found)
  }
  return located.sort((a, b) => a.start - b.start)
}

/**
 * `text` with `finding` replaced by `replacement`, wherever the finding is now (see `locate`), or
 * null when the text no longer contains it.
 */
export function removeFinding(
  text: string,
  finding: Finding,
  replacement: string = REDACTED,
): string | null {
  const found = locate(text, finding)
  return found === null ? null : redactSpan(text, found.start, found.end, replacement)
}
