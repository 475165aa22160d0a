// Shared set-up for the browser tests: one Chromium per test file, a fresh context per test.
//
// Targets come from the environment (set by the JUnit test that starts the application):
//   BASE_URL             where the application listens, e.g. http://localhost:8081
//   STAFF_USERNAME       a staff account that can sign in to the console (console-login.test.mjs)
//   STAFF_PASSWORD
//   STAFF_DISPLAY_NAME   that account's display name
//   CLINIC_USERNAME      a staff account with the role `clinic` (desk.test.mjs)
//   CLINIC_PASSWORD
//   MODERATOR_USERNAME   a staff account with the roles `moderator` AND `counsellor` (qa.test.mjs:
//   MODERATOR_PASSWORD   it redacts, accepts, answers and publishes a question)
//   CHAT_COUNSELLOR_USERNAME      a staff account with the role `counsellor` that nothing else
//   CHAT_COUNSELLOR_PASSWORD      uses (chat.test.mjs: it becomes available and takes the chat)
//   CHAT_COUNSELLOR_DISPLAY_NAME  its display name (the visitor sees it)
//   ADMIN_TOKEN          an admin's bearer token (chat.test.mjs opens the chat around the clock
//                        and restores the opening hours afterwards)
//   ADMIN_USERNAME       an admin account that signs in to the console (opening-hours.test.mjs
//   ADMIN_PASSWORD       edits the chat's opening hours and restores them afterwards)
//   BOOKING_CLINIC_NAME  a clinic with at least 6 bookable slots of capacity >= 2 over the next
//                        days (booking.test.mjs, desk.test.mjs). The desk test books the earliest
//                        slot the booking page offers and checks it in, which only works for a
//                        booking today (Europe/Oslo): that earliest slot must be later today.
//   CHROMIUM_PATH        the browser to drive (default /usr/bin/chromium; never a downloaded one)

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before } from 'node:test'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8081').replace(/\/+$/, '')
export const BASE_ORIGIN = new URL(BASE_URL).origin

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]
const ACTION_TIMEOUT_MS = 10_000
const RESULTS_DIR = new URL('../test-results/', import.meta.url)

/** The value of a required environment variable, or a failure that says which one is missing. */
export function requiredEnv(name) {
  const value = process.env[name]
  if (!value) {
    throw new Error(
      `Environment variable ${name} is not set. The browser tests need BASE_URL, STAFF_USERNAME, ` +
        'STAFF_PASSWORD, STAFF_DISPLAY_NAME, CLINIC_USERNAME, CLINIC_PASSWORD, ' +
        'MODERATOR_USERNAME, MODERATOR_PASSWORD, CHAT_COUNSELLOR_USERNAME, CHAT_COUNSELLOR_PASSWORD, ' +
        'CHAT_COUNSELLOR_DISPLAY_NAME, ADMIN_TOKEN, ADMIN_USERNAME, ADMIN_PASSWORD and ' +
        'BOOKING_CLINIC_NAME (see e2e/browser.mjs).',
    )
  }
  return value
}

/**
 * Registers before/after hooks that launch Chromium once for the calling test file and close it,
 * and returns `withPage`, which runs a test body in a fresh browser context.
 */
export function useBrowser() {
  let browser

  before(async () => {
    await assertReachable(BASE_URL)
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      })
    } catch (error) {
      throw new Error(
        `Could not launch Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium): ` +
          error.message,
        { cause: error },
      )
    }
  })

  after(async () => {
    await browser?.close()
  })

  /**
   * Runs `body({ page, context, requests, consoleErrors })` in a new context and closes it
   * afterwards. `requests` lists every URL the context asked for; `consoleErrors` the page's
   * console errors and uncaught exceptions. On failure the error message gets the page's URL, its
   * console errors and a screenshot path under test-results/.
   */
  async function withPage(testContext, contextOptions, body) {
    if (!browser) throw new Error('Chromium was not launched (see the error from the before hook)')
    const context = await browser.newContext({ locale: 'nb-NO', ...contextOptions })
    context.setDefaultTimeout(ACTION_TIMEOUT_MS)
    context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS)
    const requests = []
    const consoleErrors = []
    context.on('request', (request) => requests.push(request.url()))
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`))
    try {
      await body({ page, context, requests, consoleErrors })
    } catch (error) {
      const screenshot = await saveScreenshot(page, testContext.name)
      error.message +=
        `\n  page URL: ${page.url()}` +
        (consoleErrors.length
          ? `\n  browser console errors:\n    ${consoleErrors.join('\n    ')}`
          : '') +
        (screenshot ? `\n  screenshot: ${screenshot}` : '')
      throw error
    } finally {
      await context.close()
    }
  }

  return { withPage }
}

async function assertReachable(url) {
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
  } catch (error) {
    throw new Error(
      `The application is not reachable at BASE_URL=${url}: ${error.cause?.message ?? error.message}`,
      {
        cause: error,
      },
    )
  }
}

async function saveScreenshot(page, testName) {
  try {
    await mkdir(RESULTS_DIR, { recursive: true })
    const file = join(RESULTS_DIR.pathname, `${testName.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`)
    await writeFile(file, await page.screenshot({ fullPage: true, timeout: 5_000 }))
    return file
  } catch {
    return null
  }
}

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules and returns the serious and critical violations,
 * formatted for a readable failure message (empty string when there are none).
 */
export async function seriousAccessibilityViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  return serious
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map(
            (node) =>
              `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n')
}

/** Requests that left the application's origin (the pages must make no third-party requests). */
export function foreignRequests(requests) {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('about:')) return false
    return new URL(url).origin !== BASE_ORIGIN
  })
}
