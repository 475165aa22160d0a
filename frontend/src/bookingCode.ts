// Booking codes as visitors read them out or type them: Crockford base32 in groups of four
// (7KQ2-M9XD-4RTP-WB3H), case-insensitive, dashes optional (DESIGN.md §3).

const GROUP = 4

/**
 * The code in its canonical form: upper case, grouped by four with dashes, with the letters that
 * Crockford base32 reads as digits (O → 0, I and L → 1) already mapped. Spaces and dashes in the
 * input are ignored. Codes never contain O, I or L, so the mapping only ever repairs a misreading.
 */
export function normaliseCode(input: string): string {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  const groups: string[] = []
  for (let start = 0; start < symbols.length; start += GROUP) {
    groups.push(symbols.slice(start, start + GROUP))
  }
  return groups.join('-')
}

/** Whether a normalised code uses only Crockford base32 symbols (it may still be unknown). */
export function isPlausibleCode(normalised: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]+(-[0-9A-HJKMNP-TV-Z]+)*$/.test(normalised)
}
