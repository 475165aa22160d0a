// The staff console under /console/: sign in, stay signed in across a reload, sign out. The token
// lives in sessionStorage only: never in a URL or a cookie.

import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import {
  foreignRequests,
  requiredEnv,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'
import {
  CONSOLE_URL,
  TOKEN_KEY,
  cspViolations,
  expectSignedIn,
  openLoginForm,
  signIn,
  storedToken,
  submitLogin,
} from './console.mjs'

const { withPage } = useBrowser()
let staff

before(() => {
  staff = {
    username: requiredEnv('STAFF_USERNAME'),
    password: requiredEnv('STAFF_PASSWORD'),
    displayName: requiredEnv('STAFF_DISPLAY_NAME'),
  }
})

describe('staff console login', () => {
  test('login screen has labelled fields, obeys the CSP and has no serious accessibility violations', async (t) => {
    await withPage(t, {}, async ({ page, requests, consoleErrors }) => {
      await openLoginForm(page)

      assert.equal(await page.locator('html').getAttribute('lang'), 'nb')
      assert.equal(
        await page.locator('main h1').count(),
        1,
        'the login screen needs one <h1> inside <main>',
      )
      for (const id of ['username', 'password']) {
        const label = ((await page.locator(`label[for=${id}]`).textContent()) ?? '').trim()
        assert.ok(label.length > 0, `#${id} has no visible label`)
      }
      const violations = await seriousAccessibilityViolations(page)
      assert.ok(
        violations === '',
        `axe-core found serious or critical violations on the login screen:\n${violations}`,
      )
      assert.deepEqual(
        cspViolations(consoleErrors),
        [],
        'the console broke the Content-Security-Policy',
      )
      assert.deepEqual(foreignRequests(requests), [], 'the console made third-party requests')
    })
  })

  test('wrong password shows an alert and stores no token', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await openLoginForm(page)

      await submitLogin(page, staff.username, `${staff.password}-wrong`)

      const alert = page.locator('[role=alert]')
      await alert.waitFor({ state: 'visible' })
      assert.notEqual(((await alert.textContent()) ?? '').trim(), '', 'the alert is empty')
      assert.equal(await page.locator('#signed-in').count(), 0, 'a wrong password must not sign in')
      assert.equal(await storedToken(page), null, 'a failed login stored a token')
      assert.ok(await page.locator('form#login').isVisible(), 'the login form should stay')
    })
  })

  test('correct credentials show the display name and keep the token out of URLs and cookies', async (t) => {
    await withPage(t, {}, async ({ page, context, requests, consoleErrors }) => {
      await signIn(page, staff)

      const token = await storedToken(page)
      assert.ok(token, `no token in sessionStorage under ${TOKEN_KEY} after signing in`)
      assert.ok(page.url().startsWith(CONSOLE_URL), `unexpected URL after sign-in: ${page.url()}`)
      assert.ok(!page.url().includes(token), 'the token is in the page URL')
      const leaking = requests.filter((url) => url.includes(token))
      assert.deepEqual(leaking, [], 'the token appeared in a request URL')
      const cookies = await context.cookies()
      assert.deepEqual(
        cookies.filter((cookie) => cookie.value.includes(token)),
        [],
        'the token was stored in a cookie',
      )
      assert.deepEqual(
        cspViolations(consoleErrors),
        [],
        'the console broke the Content-Security-Policy',
      )
      assert.deepEqual(foreignRequests(requests), [], 'the console made third-party requests')
    })
  })

  test('reload keeps the staff member signed in', async (t) => {
    await withPage(t, {}, async ({ page, requests }) => {
      await signIn(page, staff)
      const token = await storedToken(page)

      await page.reload()
      await expectSignedIn(page, staff)

      assert.equal(await storedToken(page), token, 'the token changed across a reload')
      assert.ok(
        (await page.locator('form#login').count()) === 0,
        'the login form is shown while signed in',
      )
      assert.deepEqual(
        requests.filter((url) => url.includes(token)),
        [],
        'the token appeared in a request URL',
      )
    })
  })

  test('logout clears the session and returns to the login form', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await signIn(page, staff)

      await page.locator('#logout').click()

      await page.locator('form#login').waitFor({ state: 'visible' })
      assert.equal(
        await page.locator('#signed-in').count(),
        0,
        '#signed-in is still shown after logout',
      )
      assert.equal(await storedToken(page), null, 'logout left the token in sessionStorage')

      await page.reload()
      await page.locator('form#login').waitFor({ state: 'visible' })
      assert.equal(
        await page.locator('#signed-in').count(),
        0,
        'a reload after logout signed in again',
      )
    })
  })

  test('an invalid stored token is dropped and the login form shown', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await openLoginForm(page)
      await page.evaluate((key) => sessionStorage.setItem(key, 'not-a-valid-token'), TOKEN_KEY)

      await page.reload()

      await page.locator('form#login').waitFor({ state: 'visible' })
      assert.equal(await storedToken(page), null, 'the rejected token was kept')
      assert.equal(
        await page.locator('[role=alert]').count(),
        0,
        'an expired session is not an error to show',
      )
    })
  })

  test('signed-in console has no serious accessibility violations', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await signIn(page, staff)

      const violations = await seriousAccessibilityViolations(page)

      assert.ok(
        violations === '',
        `axe-core found serious or critical violations when signed in:\n${violations}`,
      )
    })
  })
})
