// The clinic desk in the staff console: a visitor books through the public pages, the clinic
// checks them in by the code they show, records a result status, and the visitor sees it when
// looking the code up. The desk never keeps the code on screen or puts it in a URL.

import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import {
  foreignRequests,
  requiredEnv,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'
import {
  assertCodeNotInUrls,
  bookSlot,
  lookUp,
  offeredSlots,
  openSlotForm,
  randomCode,
  readBooking,
  todayInOslo,
} from './booking-pages.mjs'
import { cspViolations, signIn } from './console.mjs'

const { withPage } = useBrowser()
let clinicAccount
let clinicName

before(() => {
  clinicAccount = {
    username: requiredEnv('CLINIC_USERNAME'),
    password: requiredEnv('CLINIC_PASSWORD'),
  }
  clinicName = requiredEnv('BOOKING_CLINIC_NAME')
})

/** Signs in as the clinic account and opens the desk for BOOKING_CLINIC_NAME today. */
async function openDesk(page) {
  await signIn(page, clinicAccount)
  const deskLink = page.locator('#nav-desk')
  assert.equal(
    await deskLink.count(),
    1,
    `the console offers no #nav-desk to ${clinicAccount.username}: does it have the role clinic?`,
  )
  assert.equal(
    await page.locator('#nav-admin').count(),
    0,
    'a clinic account must not be offered the admin view',
  )
  await deskLink.click()
  assert.equal(await deskLink.getAttribute('aria-current'), 'page', '#nav-desk aria-current')
  await page.locator('form#check-in').waitFor({ state: 'visible' })

  const clinicSelect = page.locator('select#desk-clinic')
  const options = page.locator('select#desk-clinic option')
  await options.filter({ hasText: clinicName }).first().waitFor({ state: 'attached' })
  await clinicSelect.selectOption({ label: clinicName })
  await page.locator('input#desk-date').fill(todayInOslo())
  await page.locator('table#desk-bookings[aria-busy=false]').waitFor({ state: 'visible' })
}

/** Types `typed` into the check-in form; returns the checked-in booking's id, or fails with the alert. */
async function checkIn(page, typed) {
  await page.locator('#check-in-code').fill(typed)
  await page.locator('form#check-in button[type=submit]').click()
  const outcome = page.locator('#check-in-result:not(:empty), #check-in-error').first()
  await outcome.waitFor({ state: 'visible' })
  if ((await outcome.getAttribute('role')) === 'alert') {
    throw new Error(
      `Check-in was refused: "${(await outcome.textContent())?.trim()}". The desk test books the ` +
        `earliest slot offered at ${clinicName}; only a booking for today (Europe/Oslo) can be ` +
        'checked in, so BOOKING_CLINIC_NAME needs a bookable slot later today.',
    )
  }
  return outcome.getAttribute('data-booking-id')
}

/** Waits until the booking's row shows `attribute` = `value`, or fails with what the row shows. */
async function expectRow(page, bookingId, attribute, value) {
  const row = page.locator(`table#desk-bookings tr[data-booking-id="${bookingId}"]`)
  try {
    await page
      .locator(`table#desk-bookings tr[data-booking-id="${bookingId}"][${attribute}="${value}"]`)
      .waitFor({ state: 'visible' })
  } catch (error) {
    const shown = (await row.count()) ? await row.getAttribute(attribute) : 'no such row'
    throw new Error(`row ${bookingId}: expected ${attribute}="${value}", found ${shown}`, {
      cause: error,
    })
  }
  return row
}

describe('clinic desk', () => {
  test('checks a visitor in by code and records a result the visitor can look up', async (t) => {
    let code
    await withPage(t, {}, async ({ page }) => {
      await openSlotForm(page, clinicName, 'nb')
      const [earliest] = await offeredSlots(page)
      assert.ok(earliest, `no slot offered at ${clinicName}`)
      ;({ code } = await bookSlot(page, earliest.id))
    })

    await withPage(t, {}, async ({ page, requests, consoleErrors }) => {
      await openDesk(page)

      // Typed the way a visitor might read it out: lower case, no dashes.
      const bookingId = await checkIn(page, code.toLowerCase().replace(/-/g, ''))

      assert.ok(bookingId, '#check-in-result should carry the booking id in data-booking-id')
      const row = await expectRow(page, bookingId, 'data-status', 'attended')
      assert.equal(
        await page.locator('#check-in-code').inputValue(),
        '',
        'the code stayed in the input',
      )
      const screen = ((await page.locator('body').innerText()) ?? '')
        .toUpperCase()
        .replace(/-/g, '')
      assert.ok(!screen.includes(code.replace(/-/g, '')), 'the desk shows the visitor’s code')

      await row.locator('select[name=resultStatus]').selectOption('contact-clinic')
      await expectRow(page, bookingId, 'data-result', 'contact-clinic')
      assert.notEqual(
        ((await page.locator('#desk-notice').textContent()) ?? '').trim(),
        '',
        'saving the result should be confirmed in #desk-notice',
      )

      // The result is stored, not just shown: a fresh desk (reload) lists it the same way.
      await page.reload()
      await page.locator('#nav-desk').click()
      await page.locator('select#desk-clinic').selectOption({ label: clinicName })
      await page.locator('input#desk-date').fill(todayInOslo())
      await expectRow(page, bookingId, 'data-result', 'contact-clinic')
      await expectRow(page, bookingId, 'data-status', 'attended')

      assertCodeNotInUrls(code, requests, 'at the desk')
      assert.deepEqual(cspViolations(consoleErrors), [], 'the console broke the CSP')
      assert.deepEqual(foreignRequests(requests), [], 'the console made third-party requests')

      const violations = await seriousAccessibilityViolations(page)
      assert.ok(
        violations === '',
        `axe-core found serious or critical violations at the desk:\n${violations}`,
      )
    })

    await withPage(t, {}, async ({ page }) => {
      await lookUp(page, code, 'nb')
      const shown = await readBooking(page)
      assert.equal(shown.status, 'attended', 'the visitor should see the check-in')
      assert.equal(shown.result, 'contact-clinic', 'the visitor should see the result status')
    })
  })

  test('an unknown code is refused with an alert and checks nobody in', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await openDesk(page)
      const rowsBefore = await page.locator('tr[data-status=attended]').count()

      await page.locator('#check-in-code').fill(randomCode())
      await page.locator('form#check-in button[type=submit]').click()

      const alert = page.locator('#check-in-error[role=alert]')
      await alert.waitFor({ state: 'visible' })
      assert.notEqual((await alert.textContent())?.trim(), '', 'the alert is empty')
      assert.equal(
        ((await page.locator('#check-in-result').textContent()) ?? '').trim(),
        '',
        'an unknown code must not show a check-in confirmation',
      )
      assert.equal(await page.locator('tr[data-status=attended]').count(), rowsBefore)
    })
  })
})
