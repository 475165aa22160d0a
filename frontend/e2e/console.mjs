// Signing in to the staff console under /console/, and the admin API calls that set tests up,
// shared by the console tests.

import assert from 'node:assert/strict'
import { after, before } from 'node:test'
import { BASE_URL, requiredEnv } from './browser.mjs'

export const CONSOLE_URL = `${BASE_URL}/console/`
export const TOKEN_KEY = 'samtale.staff.token'

export async function openLoginForm(page) {
  const response = await page.goto(CONSOLE_URL)
  assert.equal(response?.status(), 200, `GET /console/ answered ${response?.status()}`)
  await page.locator('form#login').waitFor({ state: 'visible' })
}

export async function submitLogin(page, username, password) {
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(password)
  await page.locator('form#login button[type=submit]').click()
}

/**
 * Waits for the outcome of a login: the signed-in header, or the alert (which fails the caller).
 * With `displayName`, checks that the header shows it.
 */
export async function expectSignedIn(page, { username, displayName }) {
  const outcome = page.locator('#signed-in, [role=alert]').first()
  await outcome.waitFor({ state: 'visible' })
  if ((await outcome.getAttribute('role')) === 'alert') {
    throw new Error(
      `Expected to be signed in as ${username}, but the console says: ${await outcome.textContent()}`,
    )
  }
  if (displayName === undefined) return
  const header = (await page.locator('#signed-in').textContent()) ?? ''
  assert.ok(
    header.includes(displayName),
    `#signed-in should show the display name "${displayName}"; it reads "${header.trim()}"`,
  )
}

/** Opens the console and signs in with `account` ({ username, password, displayName? }). */
export async function signIn(page, account) {
  await openLoginForm(page)
  await submitLogin(page, account.username, account.password)
  await expectSignedIn(page, account)
}

export function storedToken(page) {
  return page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)
}

export function cspViolations(consoleErrors) {
  return consoleErrors.filter((message) => /content security policy/i.test(message))
}

/** Calls the staff API with the admin's bearer token (ADMIN_TOKEN): the JSON answer, or null. */
export async function adminApi(method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${requiredEnv('ADMIN_TOKEN')}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`)
  return text === '' ? null : JSON.parse(text)
}

const OPENING_HOURS_PATH = '/api/admin/opening-hours'

/**
 * Registers before/after hooks that give the chat the opening hours `hours` for the calling test
 * file and put the previous ones back afterwards.
 */
export function useOpeningHours(hours) {
  let saved = null
  before(async () => {
    saved = await adminApi('GET', OPENING_HOURS_PATH)
    await adminApi('PUT', OPENING_HOURS_PATH, hours)
  })
  after(async () => {
    if (saved !== null) await adminApi('PUT', OPENING_HOURS_PATH, saved)
  })
}
