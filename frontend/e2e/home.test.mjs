// The public home page: three languages, the language switch, quick exit (click, Escape, no
// JavaScript), no cookies, no third-party requests, and WCAG 2.1 AA as far as axe-core can tell.

import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  BASE_URL,
  foreignRequests,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'

const EXIT_URL = 'https://exit.example/'
const LANGUAGES = [
  { lang: 'nb', path: '/', heading: 'Snakk med noen – anonymt' },
  { lang: 'sv', path: '/?lang=sv', heading: 'Prata med någon – anonymt' },
  { lang: 'en', path: '/?lang=en', heading: 'Talk to someone – anonymously' },
]
const HOME_URL = `${BASE_URL}/`

const { withPage } = useBrowser()

/** The neutral site is not reachable from here; answer for it so navigation there completes. */
async function stubNeutralSite(context) {
  await context.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>neutral' }),
  )
}

function isCurrent(ariaCurrent) {
  return ariaCurrent !== null && ariaCurrent !== 'false'
}

async function headingText(page) {
  const text = await page.locator('h1').first().textContent()
  return text?.replace(/\s+/g, ' ').trim()
}

async function assertLeftForNeutralSite(page, how) {
  await page
    .waitForURL((url) => url.href.startsWith(EXIT_URL), { timeout: 5_000 })
    .catch(() => {
      throw new Error(
        `Quick exit by ${how} did not navigate to ${EXIT_URL}; still at ${page.url()}`,
      )
    })
  assert.equal(await page.title(), 'neutral')
}

async function assertHomeNotInHistory(page, how) {
  await page.goBack({ timeout: 3_000 }).catch(() => null)
  assert.ok(
    !page.url().startsWith(BASE_URL),
    `After quick exit by ${how}, Back returned to the Samtale page (${page.url()}): ` +
      'the exit must replace the history entry (location.replace), not push a new one',
  )
}

describe('home page', () => {
  for (const { lang, path, heading } of LANGUAGES) {
    test(`is served in ${lang} with its heading, language switch and service links`, async (t) => {
      await withPage(t, {}, async ({ page, requests }) => {
        const response = await page.goto(`${BASE_URL}${path}`)
        assert.equal(response?.status(), 200, `GET ${path} answered ${response?.status()}`)

        assert.equal(await page.locator('html').getAttribute('lang'), lang)
        assert.equal(await headingText(page), heading)

        const switchLinks = page.locator('nav.lang-switch a[hreflang]')
        const links = await switchLinks.evaluateAll((anchors) =>
          anchors.map((a) => ({
            hreflang: a.getAttribute('hreflang'),
            href: a.getAttribute('href'),
            current: a.getAttribute('aria-current'),
          })),
        )
        assert.deepEqual(
          links.map((l) => l.hreflang).sort(),
          ['en', 'nb', 'sv'],
          `nav.lang-switch links: ${JSON.stringify(links)}`,
        )
        for (const link of links) {
          const target = new URL(link.href ?? '', HOME_URL)
          assert.ok(
            target.pathname === '/' && target.searchParams.get('lang') === link.hreflang,
            `switch link should go to /?lang=${link.hreflang}: ${JSON.stringify(link)}`,
          )
          assert.equal(
            isCurrent(link.current),
            link.hreflang === lang,
            `exactly the ${lang} switch link should carry aria-current: ${JSON.stringify(links)}`,
          )
        }

        const servicePaths = await page
          .locator('main a[href]')
          .evaluateAll((anchors) => anchors.map((a) => new URL(a.href).pathname))
        for (const service of ['/chat', '/qa', '/booking']) {
          assert.ok(
            servicePaths.includes(service),
            `main has no link to ${service}; it links to ${servicePaths.join(', ')}`,
          )
        }

        const exitHref = await page.locator('a#quick-exit').getAttribute('href')
        assert.equal(exitHref, EXIT_URL, 'a#quick-exit must point at the configured neutral site')

        assert.deepEqual(foreignRequests(requests), [], 'the page made third-party requests')
      })
    })
  }

  test('switches from Norwegian to Swedish through the language switch', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await page.goto(HOME_URL)
      await Promise.all([
        page.waitForURL(/[?&]lang=sv\b/),
        page.locator('nav.lang-switch a[hreflang=sv]').click(),
      ])

      assert.equal(await page.locator('html').getAttribute('lang'), 'sv')
      assert.equal(await headingText(page), 'Prata med någon – anonymt')
      assert.ok(
        isCurrent(
          await page.locator('nav.lang-switch a[hreflang=sv]').getAttribute('aria-current'),
        ),
      )
    })
  })

  test('sets no cookie in any language', async (t) => {
    await withPage(t, {}, async ({ page, context }) => {
      for (const { path } of LANGUAGES) {
        await page.goto(`${BASE_URL}${path}`)
      }
      await page.locator('nav.lang-switch a[hreflang=en]').click()
      await page.waitForLoadState()

      assert.deepEqual(await context.cookies(), [], 'visiting the home page set cookies')
    })
  })

  test('quick exit by click replaces the page with the neutral site', async (t) => {
    await withPage(t, {}, async ({ page, context }) => {
      await stubNeutralSite(context)
      await page.goto(HOME_URL)

      await page.locator('a#quick-exit').click()

      await assertLeftForNeutralSite(page, 'click')
      await assertHomeNotInHistory(page, 'click')
    })
  })

  test('quick exit by Escape replaces the page with the neutral site', async (t) => {
    await withPage(t, {}, async ({ page, context }) => {
      await stubNeutralSite(context)
      await page.goto(HOME_URL)
      await page.waitForLoadState('load')

      await page.keyboard.press('Escape')

      await assertLeftForNeutralSite(page, 'Escape')
      await assertHomeNotInHistory(page, 'Escape')
    })
  })

  test('quick exit works as a plain link without JavaScript', async (t) => {
    await withPage(t, { javaScriptEnabled: false }, async ({ page, context }) => {
      await stubNeutralSite(context)
      await page.goto(HOME_URL)

      assert.equal(await page.locator('a#quick-exit').getAttribute('href'), EXIT_URL)
      await page.locator('a#quick-exit').click()

      await assertLeftForNeutralSite(page, 'click without JavaScript')
    })
  })

  for (const { lang, path } of LANGUAGES) {
    test(`has no serious or critical WCAG 2.1 AA violations in ${lang}`, async (t) => {
      await withPage(t, {}, async ({ page }) => {
        await page.goto(`${BASE_URL}${path}`)

        const violations = await seriousAccessibilityViolations(page)

        assert.ok(
          violations === '',
          `axe-core found serious or critical violations on ${path}:\n${violations}`,
        )
      })
    })
  }
})
