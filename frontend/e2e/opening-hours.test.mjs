// The chat's opening hours in the console: an admin signs in, opens the admin view, removes a
// period, adds Monday 10:00–16:00 (an overlapping period is refused) and a closed day, saves, and
// sees the schedule again after a reload. The hours are set to a known schedule first and the
// previous ones are put back afterwards through the API (chat.test.mjs needs its own).

import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { requiredEnv, seriousAccessibilityViolations, useBrowser } from './browser.mjs'
import { adminApi, cspViolations, expectSignedIn, signIn, useOpeningHours } from './console.mjs'

const { withPage } = useBrowser()
let adminAccount

const marker = `hours${Date.now().toString(36)}`
const closedDate = `${new Date().getUTCFullYear() + 1}-12-24`

before(async () => {
  adminAccount = {
    username: requiredEnv('ADMIN_USERNAME'),
    password: requiredEnv('ADMIN_PASSWORD'),
  }
})

useOpeningHours({
  weekly: [{ day: 'WEDNESDAY', opens: '09:00', closes: '11:00' }],
  closedDays: [],
})

async function openPanel(page) {
  await page.locator('#nav-admin').click()
  await page.locator('#opening-hours #hours-weekly').waitFor({ state: 'visible' })
}

const mondayRow = '#hours-weekly tr[data-day=MONDAY][data-opens="10:00"][data-closes="16:00"]'
const closedRow = `#hours-closed tr[data-date="${closedDate}"]`

describe('chat opening hours in the console', () => {
  test('an admin adds a period and a closed day, saves, and sees them after a reload', async (t) => {
    await withPage(t, {}, async ({ page, consoleErrors }) => {
      await signIn(page, adminAccount)
      await openPanel(page)
      assert.ok(
        ((await page.locator('#opening-hours').textContent()) ?? '').includes('Europe/Oslo'),
        'the panel should name the zone',
      )
      const wednesday = page.locator('#hours-weekly tr[data-day=WEDNESDAY]')
      await wednesday.waitFor({ state: 'visible' })

      await wednesday.getByRole('button', { name: /Fjern onsdag 09:00–11:00/ }).click()
      await wednesday.waitFor({ state: 'detached' })

      await page.locator('#hours-day').selectOption('MONDAY')
      await page.getByLabel('Åpner klokken').fill('10:00')
      await page.getByLabel('Stenger klokken').fill('16:00')
      await page.getByRole('button', { name: 'Legg til åpningstid' }).click()
      await page.locator(mondayRow).waitFor({ state: 'visible' })

      await page.getByLabel('Åpner klokken').fill('15:00')
      await page.getByLabel('Stenger klokken').fill('24:00')
      await page.getByRole('button', { name: 'Legg til åpningstid' }).click()
      const overlap = page.locator('#hours-period-error')
      await overlap.waitFor({ state: 'visible' })
      assert.match((await overlap.textContent()) ?? '', /overlapper/)
      assert.equal(await page.locator('#hours-weekly tr[data-day=MONDAY]').count(), 1)

      await page.getByLabel('Dato', { exact: true }).fill(closedDate)
      await page.getByLabel('Merknad (valgfri)').fill(marker)
      await page.getByRole('button', { name: 'Legg til stengt dag' }).click()
      await page.locator(closedRow).waitFor({ state: 'visible' })

      const violations = await seriousAccessibilityViolations(page)
      assert.ok(
        violations === '',
        `axe-core found serious or critical violations in the opening hours panel:\n${violations}`,
      )

      await page.locator('#hours-save').click()
      await page
        .locator('#hours-notice', { hasText: 'Åpningstidene er lagret.' })
        .waitFor({ state: 'visible' })

      const stored = await adminApi('GET', '/api/admin/opening-hours')
      assert.deepEqual(stored.weekly, [{ day: 'MONDAY', opens: '10:00', closes: '16:00' }])
      assert.deepEqual(stored.closedDays, [{ date: closedDate, note: marker }])

      await page.reload()
      await expectSignedIn(page, adminAccount)
      await openPanel(page)
      await page.locator(mondayRow).waitFor({ state: 'visible' })
      assert.equal(await page.locator('#hours-weekly tr[data-day=WEDNESDAY]').count(), 0)
      assert.equal(
        ((await page.locator(`${closedRow} td`).first().textContent()) ?? '').trim(),
        marker,
      )
      assert.deepEqual(
        cspViolations(consoleErrors),
        [],
        'the console broke the Content-Security-Policy',
      )
    })
  })
})
