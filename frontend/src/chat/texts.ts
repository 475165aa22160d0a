// The page's texts for the script come from the server, in the page's language, as a JSON data
// block (<script type="application/json" id="chat-texts">): the CSP allows no inline script.

import type { Language } from './visitor'

export const TEXT_KEYS = [
  'checking',
  'statusOpen',
  'statusWaiting',
  'statusOpens',
  'statusNoCounsellor',
  'statusFailed',
  'connecting',
  'resuming',
  'queued',
  'queuedNext',
  'joined',
  'you',
  'counsellor',
  'typing',
  'sending',
  'notSent',
  'retry',
  'reconnecting',
  'endedByVisitor',
  'endedByCounsellor',
  'endedByTimeout',
  'endedNote',
  'erased',
  'eraseFailed',
  'errorTooLong',
  'errorRateLimited',
  'errorUnavailable',
  'errorClosed',
  'errorEnded',
  'errorOther',
] as const

export type TextKey = (typeof TEXT_KEYS)[number]
export type Texts = Record<TextKey, string>

/** The texts from the data block; a missing one shows as its key rather than breaking the page. */
export function readTexts(json: string | null | undefined): Texts {
  let parsed: unknown
  try {
    parsed = JSON.parse(json ?? '{}')
  } catch {
    parsed = null
  }
  const given =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  const texts = {} as Texts
  for (const key of TEXT_KEYS) {
    const value = given[key]
    texts[key] = typeof value === 'string' ? value : key
  }
  return texts
}

/** Fills {name} placeholders; an unknown placeholder stays as it is. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

export const CHAT_TIME_ZONE = 'Europe/Oslo'

const LOCALES: Record<Language, string> = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' }

export function isLanguage(value: string | null | undefined): value is Language {
  return value === 'nb' || value === 'sv' || value === 'en'
}

export function localeOf(language: Language): string {
  return LOCALES[language]
}

/** When the chat opens next, for people: e.g. "mandag 24. november kl. 10:00" (Norwegian time). */
export function formatOpening(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CHAT_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso))
}

/** A message's clock time, e.g. "14:05" (Norwegian time: Tor Browser reports UTC). */
export function formatClock(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: CHAT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso))
}

const ERROR_TEXTS: Record<string, TextKey> = {
  'too-long': 'errorTooLong',
  'rate-limited': 'errorRateLimited',
  unavailable: 'errorUnavailable',
  closed: 'errorClosed',
  ended: 'errorEnded',
  'erase-failed': 'eraseFailed',
  'token-failed': 'statusFailed',
  offline: 'reconnecting',
}

/** What to tell the visitor about an error code. */
export function errorText(code: string, texts: Texts): string {
  return texts[ERROR_TEXTS[code] ?? 'errorOther']
}

const ENDED_TEXTS: Record<string, TextKey> = {
  visitor: 'endedByVisitor',
  counsellor: 'endedByCounsellor',
  timeout: 'endedByTimeout',
}

/** Who ended the conversation, said kindly; nothing for a reason this page does not know. */
export function endedText(by: string | null, texts: Texts): string {
  const key = ENDED_TEXTS[by ?? '']
  return key === undefined ? '' : texts[key]
}
