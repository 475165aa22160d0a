// The visitor's booking pages: choose a clinic and a slot, get a code, take a neutral calendar
// file, look the booking up (however the code is typed), move it, cancel it. With JavaScript on
// and off. The code never appears in a URL and no cookie is set; a full slot cannot be booked.

import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { before, describe, test } from 'node:test'
import {
  BASE_URL,
  foreignRequests,
  requiredEnv,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'
import {
  assertCodeNotInUrls,
  bookSlot,
  cancelBooking,
  cancelByCode,
  lookUp,
  moveBooking,
  offeredSlots,
  openBookingStart,
  openSlotForm,
  randomCode,
  readBooking,
  slotsAfterFirstDay,
  submitAndLoad,
  submitLookup,
} from './booking-pages.mjs'

/** Words a calendar entry must not show on a lock screen or a shared calendar. */
const NOT_NEUTRAL = /test|sti|sex|samtale|hiv|klamydia/i
/** The most bookings the full-slot test makes to fill one slot. */
const MAX_FILL = 20

const { withPage } = useBrowser()
let clinicName

before(() => {
  clinicName = requiredEnv('BOOKING_CLINIC_NAME')
})

/** Every URL the page has shown or the context has requested so far, read when called. */
function trackUrls(page, requests) {
  const shown = []
  page.on('framenavigated', (frame) => shown.push(frame.url()))
  return () => [...requests, ...shown, page.url()]
}

/** The values of an iCalendar property, lines unfolded (RFC 5545 §3.1). */
function icsValues(ics, name) {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1))
}

function assertNeutralCalendar(ics, where) {
  assert.match(ics, /^BEGIN:VCALENDAR\r?\n/, `${where}: not an iCalendar file:\n${ics}`)
  assert.match(ics, /END:VCALENDAR\s*$/, `${where}: the calendar is not closed`)
  assert.match(ics, /\nBEGIN:VEVENT\r?\n/, `${where}: no VEVENT`)
  assert.equal(icsValues(ics, 'DTSTART').length, 1, `${where}: the event needs one DTSTART`)
  const summaries = icsValues(ics, 'SUMMARY')
  assert.equal(summaries.length, 1, `${where}: the event needs one SUMMARY:\n${ics}`)
  assert.doesNotMatch(
    summaries[0],
    NOT_NEUTRAL,
    `${where}: the SUMMARY "${summaries[0]}" is not neutral`,
  )
}

/** The confirmation page's form#ics gives a neutral text/calendar attachment for the code. */
async function expectNeutralCalendarFile(page, context, code) {
  const form = page.locator('form#ics')
  assert.equal(await form.count(), 1, 'the confirmation page has no form#ics')
  assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'post', 'form#ics method')
  assert.equal(
    new URL(await form.getAttribute('action'), page.url()).pathname,
    '/booking/calendar',
    'form#ics action',
  )
  const hiddenCode = await form.locator('input[type=hidden][name=code]').inputValue()
  assert.equal(hiddenCode.toUpperCase().replace(/-/g, ''), code.replace(/-/g, ''), 'form#ics code')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.locator('button, input[type=submit]').first().click(),
  ])
  const path = await download.path()
  assertNeutralCalendar(await readFile(path, 'utf8'), 'the downloaded .ics')

  const response = await context.request.post(`${BASE_URL}/booking/calendar`, { form: { code } })
  assert.equal(response.status(), 200, `POST /booking/calendar answered ${response.status()}`)
  const headers = response.headers()
  assert.match(headers['content-type'] ?? '', /^text\/calendar/, 'the .ics Content-Type')
  assert.match(
    headers['content-disposition'] ?? '',
    /^attachment/,
    'the .ics must be an attachment (Content-Disposition)',
  )
  assertNeutralCalendar(await response.text(), 'POST /booking/calendar')
}

async function expectAccessible(page, what) {
  const violations = await seriousAccessibilityViolations(page)
  assert.ok(
    violations === '',
    `axe-core found serious or critical violations on ${what} (${page.url()}):\n${violations}`,
  )
}

describe('visitor booking', () => {
  for (const javaScriptEnabled of [true, false]) {
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'

    test(`books, looks up, moves and cancels ${how}, with the code in no URL and no cookie`, async (t) => {
      await withPage(t, { javaScriptEnabled }, async ({ page, context, requests }) => {
        const urls = trackUrls(page, requests)
        await openSlotForm(page, clinicName, 'nb')
        const slots = slotsAfterFirstDay(await offeredSlots(page))
        assert.ok(slots.length >= 2, `only ${slots.length} slot(s) offered at ${clinicName}`)
        const first = (javaScriptEnabled ? slots.at(-2) : slots.at(-3)) ?? slots[0]

        const booked = await bookSlot(page, first.id)

        assert.equal(booked.clinic, clinicName, '#booking-clinic')
        assert.ok(
          await page.locator('#what-to-bring').isVisible(),
          'the confirmation page needs a visible #what-to-bring section',
        )
        assertCodeNotInUrls(booked.code, urls(), 'after booking')
        await expectNeutralCalendarFile(page, context, booked.code)

        const toLookup = page.locator('a#to-lookup')
        const lookupTarget = new URL(await toLookup.getAttribute('href'), page.url())
        assert.equal(lookupTarget.pathname, '/booking/lookup', 'a#to-lookup path')
        assert.equal(lookupTarget.searchParams.get('lang'), 'nb', 'a#to-lookup keeps the language')
        await toLookup.click()
        await page.waitForURL((url) => url.pathname === '/booking/lookup')

        // Typed the sloppy way: lower case, no dashes.
        await submitLookup(page, booked.code.toLowerCase().replace(/-/g, ''))
        let shown = await readBooking(page)
        assert.equal(shown.status, 'booked', '#booking-status[data-status] after booking')
        assert.equal(shown.result, 'pending', '#booking-result[data-result] after booking')
        assert.ok(shown.canCancel, 'a booked booking should offer form#cancel')
        assert.ok(shown.canMove, 'a booked booking should offer form#move')
        assertCodeNotInUrls(booked.code, urls(), 'after the lookup')

        const targets = (await offeredSlots(page, 'form#move')).filter((s) => s.id !== first.id)
        assert.ok(targets.length > 0, 'form#move offers no other slot to move to')
        const before = shown.when
        shown = await moveBooking(page, targets.at(-1).id)
        assert.equal(shown.status, 'booked', 'status after moving')
        assert.notEqual(shown.when, before, '#booking-when did not change after moving')
        assert.ok(shown.notice, 'moving should say so in #notice')
        assertCodeNotInUrls(booked.code, urls(), 'after moving')

        shown = await cancelBooking(page)
        assert.equal(shown.status, 'cancelled', 'status after cancelling')
        assert.ok(shown.notice, 'cancelling should say so in #notice')
        assert.ok(!shown.canCancel, 'a cancelled booking still offers form#cancel')
        assert.ok(!shown.canMove, 'a cancelled booking still offers form#move')

        await lookUp(page, booked.code, 'nb')
        assert.equal((await readBooking(page)).status, 'cancelled', 'status on a later lookup')

        assertCodeNotInUrls(booked.code, urls(), 'through the whole journey')
        assert.deepEqual(await context.cookies(), [], 'the booking pages set cookies')
        assert.deepEqual(
          foreignRequests(requests),
          [],
          'the booking pages made third-party requests',
        )
      })
    })
  }

  test('a slot that filled up while the form was open is refused with an alert', async (t) => {
    await withPage(t, {}, async ({ page, context }) => {
      const clinicId = await openSlotForm(page, clinicName, 'nb')
      const slot = slotsAfterFirstDay(await offeredSlots(page)).at(-1)
      const formUrl = `${BASE_URL}/booking?clinic=${encodeURIComponent(clinicId)}&lang=nb`
      const other = await context.newPage()
      const codes = []
      try {
        // Another visitor takes every remaining place in the slot.
        for (;;) {
          assert.ok(
            codes.length < MAX_FILL,
            `slot ${slot.id} was still offered after ${MAX_FILL} bookings: either capacity is ` +
              'not enforced or BOOKING_CLINIC_NAME has slots too large for this test',
          )
          await other.goto(formUrl)
          if ((await other.locator(`input[name=slotId][value="${slot.id}"]`).count()) === 0) break
          codes.push((await bookSlot(other, slot.id)).code)
        }

        await page.locator(`form#book input[name=slotId][value="${slot.id}"]`).check()
        await submitAndLoad(page, page.locator('button#book-submit'))

        assert.equal(
          await page.locator('#booking-code').count(),
          0,
          `a full slot was booked beyond its capacity of ${codes.length}`,
        )
        const alert = page.locator('[role=alert]').first()
        await alert.waitFor({ state: 'visible' })
        assert.notEqual((await alert.textContent())?.trim(), '', 'the alert is empty')
        assert.ok(
          await page.locator('form#book').isVisible(),
          'the booking form should be shown again',
        )
        assert.equal(
          await page.locator(`form#book input[name=slotId][value="${slot.id}"]`).count(),
          0,
          'the full slot is still offered',
        )
      } finally {
        for (const code of codes) await cancelByCode(context, code)
      }
    })
  })

  test('an unknown code shows an alert on the lookup page', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await lookUp(page, randomCode(), 'nb')

      const alert = page.locator('[role=alert]').first()
      await alert.waitFor({ state: 'visible' })
      assert.notEqual((await alert.textContent())?.trim(), '', 'the alert is empty')
      assert.equal(
        await page.locator('#booking-status').count(),
        0,
        'an unknown code showed a booking',
      )
      assert.equal(await page.locator('form#lookup').count(), 1, 'the lookup form should stay')
    })
  })

  for (const lang of ['nb', 'sv', 'en']) {
    test(`booking pages have no serious or critical WCAG 2.1 AA violations in ${lang}`, async (t) => {
      await withPage(t, {}, async ({ page, context }) => {
        await openBookingStart(page, lang)
        await expectAccessible(page, `/booking?lang=${lang}`)

        await openSlotForm(page, clinicName, lang)
        await expectAccessible(page, 'the slot form')

        const slots = slotsAfterFirstDay(await offeredSlots(page))
        const booked = await bookSlot(page, (slots.at(-2) ?? slots[0]).id)
        try {
          assert.equal(await page.locator('html').getAttribute('lang'), lang, 'confirmation lang')
          await expectAccessible(page, 'the confirmation page')

          await lookUp(page, booked.code, lang)
          assert.equal((await readBooking(page)).status, 'booked')
          assert.equal(await page.locator('html').getAttribute('lang'), lang, 'lookup lang')
          await expectAccessible(page, 'the lookup result page')
        } finally {
          await cancelByCode(context, booked.code, lang)
        }
      })
    })
  }
})
