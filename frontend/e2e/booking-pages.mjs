// The visitor's booking pages (server-rendered, no JavaScript needed), driven the way a visitor
// would: choose a clinic and a slot, keep the code, look the booking up, move or cancel it.
// Every step fails with what the page showed instead of a bare timeout.

import assert from 'node:assert/strict'
import { BASE_URL } from './browser.mjs'

/** Crockford base32 in four groups of four, as the confirmation page shows a code. */
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A well-formed code that (with 80 random bits) belongs to no booking. */
export function randomCode() {
  const symbols = Array.from(
    { length: 16 },
    () => CROCKFORD[Math.floor(Math.random() * CROCKFORD.length)],
  )
  return [0, 4, 8, 12].map((start) => symbols.slice(start, start + 4).join('')).join('-')
}

/** Today's date in Norway (YYYY-MM-DD), whatever zone the test machine is in. */
export function todayInOslo() {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}

function squash(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Submits a form by clicking `button` and waits until the answer page has loaded (a plain form
 * POST, with or without JavaScript).
 */
export async function submitAndLoad(page, button) {
  await Promise.all([page.waitForEvent('load'), button.click()])
}

/** The text of the first visible `[role=alert]`, or null. */
async function alertText(page) {
  const alerts = page.locator('[role=alert]')
  for (let i = 0; i < (await alerts.count()); i++) {
    if (await alerts.nth(i).isVisible()) return squash(await alerts.nth(i).textContent())
  }
  return null
}

/** Opens /booking in `lang` and returns the clinic choices ({ name, href }). */
export async function openBookingStart(page, lang) {
  const response = await page.goto(`${BASE_URL}/booking?lang=${lang}`)
  assert.equal(response?.status(), 200, `GET /booking?lang=${lang} answered ${response?.status()}`)
  assert.equal(await page.locator('html').getAttribute('lang'), lang, '<html lang> on /booking')
  assert.equal(await page.locator('h1').count(), 1, '/booking should have one <h1>')
  return page.locator('a.clinic-choice').evaluateAll((anchors) =>
    anchors.map((a) => ({
      name: a.textContent.replace(/\s+/g, ' ').trim(),
      href: a.getAttribute('href'),
    })),
  )
}

/**
 * Goes from /booking to the slot form of the clinic called `clinicName` by its link; returns the
 * clinic's id from the link.
 */
export async function openSlotForm(page, clinicName, lang) {
  const choices = await openBookingStart(page, lang)
  const choice = choices.find((c) => c.name === clinicName)
  assert.ok(
    choice,
    `/booking?lang=${lang} has no a.clinic-choice named "${clinicName}" (BOOKING_CLINIC_NAME); ` +
      `it offers ${JSON.stringify(choices.map((c) => c.name))}`,
  )
  const target = new URL(choice.href, `${BASE_URL}/booking`)
  const clinicId = target.searchParams.get('clinic')
  assert.ok(
    target.pathname === '/booking' && clinicId && target.searchParams.get('lang') === lang,
    `a.clinic-choice should link to /booking?clinic=<id>&lang=${lang}; it links to ${choice.href}`,
  )
  await page
    .locator('a.clinic-choice')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(clinicName)}\\s*$`) })
    .first()
    .click()
  await page.waitForURL((url) => url.searchParams.get('clinic') === clinicId)
  await expectSlotForm(page, clinicId, lang)
  return clinicId
}

/** Checks the booking form's markup contract (or fails with what the page shows instead). */
export async function expectSlotForm(page, clinicId, lang) {
  const form = page.locator('form#book')
  if ((await form.count()) === 0) {
    const noSlots = page.locator('#no-slots')
    if ((await noSlots.count()) > 0) {
      throw new Error(
        `The clinic has no bookable slots (#no-slots: "${squash(await noSlots.textContent())}"); ` +
          'the JUnit test must create at least 6 slots of capacity >= 2 for BOOKING_CLINIC_NAME',
      )
    }
    throw new Error(`No form#book on ${page.url()}; alert: ${await alertText(page)}`)
  }
  assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post', 'form#book method')
  assert.equal(
    new URL(await form.getAttribute('action'), page.url()).pathname,
    '/booking',
    'form#book action',
  )
  assert.equal(await form.locator('input[type=hidden][name=clinicId]').inputValue(), clinicId)
  assert.equal(await form.locator('input[type=hidden][name=lang]').inputValue(), lang)
  assert.ok(
    (await form.locator('button#book-submit').count()) === 1,
    'form#book needs button#book-submit',
  )
}

/**
 * The slots the form offers, in page order: { id, dayIndex, day, label }. dayIndex counts the
 * fieldset.day groups from 0 (the earliest day).
 */
export async function offeredSlots(page, formSelector = 'form#book') {
  const slots = await page.locator(`${formSelector} input[name=slotId]`).evaluateAll((inputs) =>
    inputs.map((input) => {
      const day = input.closest('fieldset.day')
      const days = [...input.form.querySelectorAll('fieldset.day')]
      return {
        id: input.value,
        type: input.type,
        dayIndex: days.indexOf(day),
        day: day?.querySelector('legend')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        label: [...(input.labels ?? [])]
          .map((label) => label.textContent)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      }
    }),
  )
  for (const slot of slots) {
    assert.equal(slot.type, 'radio', `${formSelector} input[name=slotId] must be radio buttons`)
    assert.ok(slot.label, `${formSelector}: slot ${slot.id} has no <label>`)
  }
  return slots
}

/**
 * Slots the booking tests may use: those after the earliest day, which the desk test needs for a
 * booking today, unless the clinic offers too few of them.
 */
export function slotsAfterFirstDay(slots) {
  const later = slots.filter((slot) => slot.dayIndex > 0)
  return later.length >= 3 ? later : slots
}

/** Chooses `slotId` in form#book and books it; returns the confirmation ({ code, when, clinic }). */
export async function bookSlot(page, slotId) {
  await page.locator(`form#book input[name=slotId][value="${slotId}"]`).check()
  await submitAndLoad(page, page.locator('button#book-submit'))
  return readConfirmation(page)
}

/** The confirmation page's facts, or a failure quoting the page's alert. */
export async function readConfirmation(page) {
  const code = page.locator('#booking-code')
  if ((await code.count()) === 0) {
    throw new Error(
      `Booking was not confirmed (no #booking-code on ${page.url()}); alert: ${await alertText(page)}`,
    )
  }
  const confirmation = {
    code: squash(await code.textContent()),
    when: squash(await page.locator('#booking-when').textContent()),
    clinic: squash(await page.locator('#booking-clinic').textContent()),
  }
  assert.match(confirmation.code, CODE_PATTERN, '#booking-code should read XXXX-XXXX-XXXX-XXXX')
  assert.ok(confirmation.when, '#booking-when is empty')
  return confirmation
}

/** The booking shown on a lookup result page. */
export async function readBooking(page) {
  const status = page.locator('#booking-status')
  if ((await status.count()) === 0) {
    throw new Error(`No #booking-status on ${page.url()}; alert: ${await alertText(page)}`)
  }
  return {
    status: await status.getAttribute('data-status'),
    result: (await page.locator('#booking-result').count())
      ? await page.locator('#booking-result').getAttribute('data-result')
      : null,
    when: squash(await page.locator('#booking-when').textContent()),
    notice: (await page.locator('#notice').count())
      ? squash(await page.locator('#notice').textContent())
      : null,
    canCancel: (await page.locator('form#cancel').count()) > 0,
    canMove: (await page.locator('form#move').count()) > 0,
  }
}

/** Opens the lookup page in `lang`, types `typed` as the code and submits it. */
export async function lookUp(page, typed, lang) {
  const response = await page.goto(`${BASE_URL}/booking/lookup?lang=${lang}`)
  assert.equal(response?.status(), 200, `GET /booking/lookup answered ${response?.status()}`)
  await submitLookup(page, typed)
}

/** On the lookup page: types `typed` into #code and submits form#lookup. */
export async function submitLookup(page, typed) {
  const form = page.locator('form#lookup')
  assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post', 'form#lookup method')
  await form.locator('#code[name=code]').fill(typed)
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit]').first())
}

/** On a lookup result page: cancels the booking through form#cancel. */
export async function cancelBooking(page) {
  const form = page.locator('form#cancel')
  assert.ok((await form.count()) === 1, `no form#cancel on ${page.url()}`)
  assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post', 'form#cancel method')
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit], button').first())
  return readBooking(page)
}

/** On a lookup result page: moves the booking to `slotId` through form#move. */
export async function moveBooking(page, slotId) {
  const form = page.locator('form#move')
  await form.locator(`input[name=slotId][value="${slotId}"]`).check()
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit], button').first())
  return readBooking(page)
}

/** Every spelling of `code` that a leak could take (case, dashes, URL encoding). */
function containsCode(text, code) {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // Not URL-encoded: compare as it is.
  }
  return decoded
    .toUpperCase()
    .replace(/[-\s+]/g, '')
    .includes(code.replace(/-/g, ''))
}

/** Fails when any of `urls` carries the code in any spelling. */
export function assertCodeNotInUrls(code, urls, where) {
  const leaking = urls.filter((url) => containsCode(url, code))
  assert.deepEqual(leaking, [], `the booking code appeared in a URL (${where})`)
}

/** Cancels a booking by its code straight through the form endpoint (clean-up between tests). */
export async function cancelByCode(context, code, lang = 'nb') {
  const response = await context.request.post(`${BASE_URL}/booking/cancel`, {
    form: { code, lang },
    maxRedirects: 5,
  })
  assert.ok(response.ok(), `clean-up: POST /booking/cancel answered ${response.status()}`)
}
