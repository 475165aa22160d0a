// Questions and answers, the whole story in a real browser: a visitor asks a question with a phone
// number and an e-mail address in it and keeps the receipt; a moderator sees both flagged in the
// console, removes them, accepts the question, answers it in Markdown (previewed), and publishes
// it; visitors find it by search (also misspelt) and read it without the personal data; the asker
// sees the answer with the receipt. A second question, asked without JavaScript, is withdrawn.
// No cookies, the receipt in no URL, and axe-core scans of every page on the way.
//
// The steps run in order and share what they learn (receipt, question id, slug); a step whose
// prerequisite failed is skipped rather than failing for the same reason again.

import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import {
  BASE_URL,
  foreignRequests,
  requiredEnv,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'
import { cspViolations, signIn } from './console.mjs'
import { randomCode } from './booking-pages.mjs'
import {
  askQuestion,
  assertReceiptNotInUrls,
  fillAskForm,
  findResult,
  firstCategory,
  linkTarget,
  lookUpReceipt,
  markerWord,
  misspell,
  openArchive,
  openAskForm,
  readItem,
  readQuestion,
  readReceipt,
  searchWithForm,
  squash,
  submitAskForm,
  submitReceipt,
  trackUrls,
  withdrawQuestion,
} from './qa-pages.mjs'

const PHONE = '912 34 567'
const EMAIL = 'navn@example.no'
/** Every spelling of the personal data that must never reach a public page. */
const PERSONAL_DATA = [PHONE, PHONE.replace(/\s/g, ''), EMAIL, 'navn@']
const REDACTED = '[fjernet]'

const { withPage } = useBrowser()
let moderator

/** One made-up word in the title and the body makes every search in this file unambiguous. */
const marker = markerWord('qamerke')
const title = `Hvordan fungerer ${marker} egentlig`
const body =
  `Jeg lurer på hvordan ${marker} fungerer og om det er trygt. ` +
  `Ring meg på ${PHONE} eller skriv til ${EMAIL}`
const redactedBody =
  `Jeg lurer på hvordan ${marker} fungerer og om det er trygt. ` +
  `Ring meg på ${REDACTED} eller skriv til ${REDACTED}`
const boldWord = 'anonymt'
const answerMarkdown =
  `Takk for spørsmålet. Du kan teste deg **${boldWord}**, og ${marker} er trygt.\n\n` +
  '- Bestill time på nettsidene\n- Ta med deg koden'

/** What the steps learn and later steps use. */
const story = { receipt: null, questionId: null, slug: null, published: false }

before(() => {
  moderator = {
    username: requiredEnv('MODERATOR_USERNAME'),
    password: requiredEnv('MODERATOR_PASSWORD'),
  }
})

async function expectAccessible(page, what) {
  const violations = await seriousAccessibilityViolations(page)
  assert.ok(
    violations === '',
    `axe-core found serious or critical violations on ${what} (${page.url()}):\n${violations}`,
  )
}

/** Skips the calling test when an earlier step did not get as far as `what`. */
function needs(t, ready, what) {
  if (ready) return false
  t.skip(`an earlier step failed before ${what}`)
  return true
}

function assertNoPersonalData(html, where) {
  for (const data of PERSONAL_DATA) {
    assert.ok(!html.includes(data), `${where} shows "${data}"`)
  }
}

/** The console's alerts about the open question, for failure messages. */
async function consoleAlerts(page) {
  const alerts = await page.locator('#question-detail [role=alert]').allTextContents()
  return alerts.length ? alerts.map(squash).join(' | ') : 'none'
}

/** Waits for the console's question detail to show `status`, or fails with what it shows. */
async function expectConsoleStatus(page, status) {
  const shown = page.locator('#question-detail #question-status')
  try {
    await page.locator(`#question-detail #question-status[data-status=${status}]`).waitFor()
  } catch (error) {
    throw new Error(
      `expected the question to become ${status}; it is ${await shown.getAttribute('data-status')}` +
        `; alerts: ${await consoleAlerts(page)}`,
      { cause: error },
    )
  }
}

describe('questions and answers', () => {
  test('a visitor asks a question with personal data and gets a receipt that shows it received', async (t) => {
    await withPage(t, {}, async ({ page, context, requests }) => {
      const urls = trackUrls(page, requests)

      const receipt = await askQuestion(page, { title, body, consent: true })

      story.receipt = receipt
      assertReceiptNotInUrls(receipt, urls(), 'after asking')
      await page.locator('a#to-receipt').click()
      await page.waitForURL((url) => url.pathname === '/qa/receipt')
      await submitReceipt(page, receipt.toLowerCase())
      const shown = await readQuestion(page)
      assert.equal(shown.status, 'received', '#question-status[data-status] after asking')
      assert.equal(shown.title, title, '.qa-question-title on the receipt page')
      assert.equal(shown.answerHtml, null, 'a question just asked has no answer')
      assert.ok(shown.canWithdraw, 'a received question should offer form#withdraw')
      await expectAccessible(page, 'the receipt page of a received question')

      assertReceiptNotInUrls(receipt, urls(), 'after looking the receipt up')
      assert.deepEqual(await context.cookies(), [], 'the question pages set cookies')
      assert.deepEqual(
        foreignRequests(requests),
        [],
        'the question pages made third-party requests',
      )
    })
  })

  test('the moderator sees the personal data, removes it, accepts, answers with a preview and publishes', async (t) => {
    if (needs(t, story.receipt, 'the question was asked')) return
    await withPage(t, {}, async ({ page, requests, consoleErrors }) => {
      await signIn(page, moderator)
      const nav = page.locator('#nav-questions')
      assert.equal(
        await nav.count(),
        1,
        `the console offers no #nav-questions to ${moderator.username}: does it have the role moderator?`,
      )
      await nav.click()
      assert.equal(await nav.getAttribute('aria-current'), 'page', '#nav-questions aria-current')
      await page.locator('select#question-status-filter').selectOption('received')

      const item = page
        .locator('ul#question-list li[data-question-id]')
        .filter({ hasText: marker })
        .first()
      await item.waitFor().catch((error) => {
        throw new Error(`the list of received questions does not show "${title}"`, {
          cause: error,
        })
      })
      story.questionId = await item.getAttribute('data-question-id')
      await item.locator('button').click()

      const detail = page.locator(`#question-detail[data-question-id="${story.questionId}"]`)
      await detail.waitFor()
      await expectConsoleStatus(page, 'received')
      assert.match(
        squash(await detail.locator('#question-consent').textContent()),
        /Samtykker til publisering: ja/,
        '#question-consent should say that the asker consents',
      )

      const phone = detail.locator('mark.finding[data-kind=phone]')
      const email = detail.locator('mark.finding[data-kind=email]')
      assert.equal(await phone.count(), 1, 'the phone number should be highlighted')
      assert.equal(await email.count(), 1, 'the e-mail address should be highlighted')
      assert.equal(squash(await phone.textContent()), PHONE, 'the highlighted phone number')
      assert.equal(squash(await email.textContent()), EMAIL, 'the highlighted e-mail address')
      for (const kind of ['phone', 'email']) {
        const finding = detail.locator(`ul#findings li[data-kind=${kind}]`)
        assert.equal(await finding.count(), 1, `ul#findings should list the ${kind}`)
      }
      await expectAccessible(page, 'the console questions view with findings')

      await detail.locator('ul#findings li[data-kind=phone] button', { hasText: 'Fjern' }).click()
      await detail.locator('ul#findings li[data-kind=email] button', { hasText: 'Fjern' }).click()
      assert.equal(
        await detail.locator('#edit-body').inputValue(),
        redactedBody,
        '"Fjern" should replace each finding with [fjernet] in #edit-body',
      )
      assert.equal(await detail.locator('mark.finding').count(), 0, 'a finding is still marked')

      await detail.locator('form#question-edit button[type=submit]').click()
      // data-findings counts what the server found in its answer to the save.
      await page
        .locator(`#question-detail[data-question-id="${story.questionId}"][data-findings="0"]`)
        .waitFor()
        .catch(async (error) => {
          throw new Error(
            `after saving, the server still reports findings (data-findings=` +
              `${await detail.getAttribute('data-findings')}); alerts: ${await consoleAlerts(page)}`,
            { cause: error },
          )
        })
      assert.ok(await detail.locator('#no-findings').isVisible(), '#no-findings after saving')
      assert.ok(await detail.locator('#question-redacted').isVisible(), 'redacted: true expected')
      assert.equal(await detail.locator('#edit-body').inputValue(), redactedBody)

      await detail.locator('#accept').click()
      await expectConsoleStatus(page, 'accepted')

      await detail.locator('#answer-body').fill(answerMarkdown)
      await detail.locator('#preview-answer').click()
      const previewBold = detail.locator('#answer-preview strong')
      await previewBold.waitFor()
      assert.equal(squash(await previewBold.textContent()), boldWord, 'the preview shows bold text')
      await detail.locator('form#answer-form button[type=submit]').click()
      await expectConsoleStatus(page, 'answered')

      await detail.locator('#publish').click()
      await expectConsoleStatus(page, 'published')
      const link = detail.locator('a#public-link')
      await link.waitFor()
      const target = await linkTarget(page, link)
      const slug = target.pathname.match(/^\/qa\/([^/]+)$/)?.[1]
      assert.ok(slug, `a#public-link should point to /qa/<slug>; it points to ${target.href}`)
      story.slug = decodeURIComponent(slug)
      story.published = true
      assert.ok(await detail.locator('#unpublish').isVisible(), 'a published question: #unpublish')

      assert.deepEqual(cspViolations(consoleErrors), [], 'the console broke the CSP')
      assert.deepEqual(foreignRequests(requests), [], 'the console made third-party requests')
    })
  })

  test('visitors find the answer by search, also misspelt, and read it without the personal data', async (t) => {
    if (needs(t, story.published, 'the answer was published')) return
    await withPage(t, {}, async ({ page, context, requests }) => {
      await openArchive(page)
      assert.ok((await page.locator('a.category-link').count()) > 0, '/qa has no a.category-link')
      const ask = await linkTarget(page, page.locator('a#ask-link'))
      assert.equal(ask.pathname, '/qa/ask', 'a#ask-link path')
      assert.equal(ask.searchParams.get('lang'), 'nb', 'a#ask-link keeps the language')

      await searchWithForm(page, marker)
      assert.equal(await page.locator('input#q').inputValue(), marker, 'the search words are kept')
      const hit = await findResult(page, story.slug, `searching for ${marker}`)
      assert.equal(hit.title, title, 'the result’s a.qa-title')
      assert.equal(hit.lang, 'nb', 'a.qa-title keeps the language')
      assert.ok(hit.hasMeta, 'the result has no .qa-meta')
      assert.ok(
        hit.marks.some((mark) => mark.toLowerCase().includes(marker)),
        `p.qa-snippet should wrap the search word in <mark>; marks: ${JSON.stringify(hit.marks)}`,
      )
      assert.equal(await page.locator('#no-results').count(), 0, '#no-results with a hit')
      assert.equal(await page.locator('#approximate-notice').count(), 0, 'an exact hit is exact')
      assertNoPersonalData(await page.content(), 'the search results')
      await expectAccessible(page, '/qa with search results')

      await page.locator(`ol#qa-results a.qa-title[href*="/qa/${story.slug}"]`).first().click()
      await page.waitForURL((url) => url.pathname === `/qa/${story.slug}`)
      const item = await readItem(page)
      assert.equal(item.title, title, 'h1.qa-question-title')
      assert.equal(item.body, redactedBody, '.qa-question-body should be the redacted text')
      assert.ok(item.answerHtml, 'no section#answer .answer-body')
      assert.equal(
        squash(await page.locator('section#answer .answer-body strong').first().textContent()),
        boldWord,
        'the answer’s **bold** should be rendered as <strong>',
      )
      assert.equal(
        await page.locator('section#answer .answer-body li').count(),
        2,
        'the answer’s list should be rendered',
      )
      assert.ok(
        item.answeredAt && !Number.isNaN(Date.parse(item.answeredAt)),
        `time[datetime] should hold the answer date; it holds ${item.answeredAt}`,
      )
      assert.equal(item.stale, false, 'a fresh answer has no #stale-notice')
      assert.equal(item.documentTitle, `${title} – Samtale`, '<title> of the answer page')
      assert.ok(item.description?.trim(), '<meta name="description"> is missing or empty')
      assertNoPersonalData(await page.content(), `/qa/${story.slug}`)
      await expectAccessible(page, `/qa/${story.slug}`)

      await openArchive(page, { q: misspell(marker) })
      await findResult(page, story.slug, `searching for the misspelt ${misspell(marker)}`)
      assert.ok(
        await page.locator('#approximate-notice').isVisible(),
        'results from the misspelling fallback should say so in #approximate-notice',
      )

      await openArchive(page, { q: markerWord('qaingen') })
      assert.ok(await page.locator('#no-results').isVisible(), 'no hit should show #no-results')
      assert.equal(await page.locator('ol#qa-results > li.qa-item').count(), 0)

      assert.deepEqual(await context.cookies(), [], 'the archive set cookies')
      assert.deepEqual(foreignRequests(requests), [], 'the archive made third-party requests')
    })
  })

  test('the asker reads the answer with the receipt', async (t) => {
    if (needs(t, story.published, 'the answer was published')) return
    await withPage(t, {}, async ({ page, context, requests }) => {
      const urls = trackUrls(page, requests)

      const shown = await lookUpReceipt(page, story.receipt)

      assert.equal(shown.status, 'published', '#question-status[data-status]')
      assert.equal(shown.body, redactedBody, 'the asker sees the redacted text')
      assert.ok(shown.answerHtml, 'the receipt page should show #answer .answer-body')
      assert.equal(
        squash(await page.locator('#answer .answer-body strong').first().textContent()),
        boldWord,
        'the answer on the receipt page',
      )
      await expectAccessible(page, 'the receipt page with an answer')
      assertReceiptNotInUrls(story.receipt, urls(), 'on the receipt page')
      assert.deepEqual(await context.cookies(), [], 'the receipt page set cookies')
    })
  })

  test('typing a title on the ask form suggests the published answer', async (t) => {
    if (needs(t, story.published, 'the answer was published')) return
    await withPage(t, {}, async ({ page }) => {
      await openAskForm(page)
      await page.locator('input#title').pressSequentially(`Fungerer ${marker}`, { delay: 15 })

      const suggestion = page.locator(`#suggestions a[href*="/qa/${story.slug}"]`).first()
      await suggestion.waitFor().catch((error) => {
        throw new Error(
          `#suggestions does not offer /qa/${story.slug} for a title with ${marker}`,
          {
            cause: error,
          },
        )
      })
      const target = await linkTarget(page, suggestion)
      assert.equal(target.pathname, `/qa/${story.slug}`, 'the suggestion’s link')
    })
  })

  test('without JavaScript, the ask form keeps the values on an error, and a question can be withdrawn', async (t) => {
    await withPage(t, { javaScriptEnabled: false }, async ({ page, context, requests }) => {
      const urls = trackUrls(page, requests)
      const secondTitle = `Trekker tilbake ${markerWord('qatrekk')}`
      await openAskForm(page)
      const category = await firstCategory(page)
      await fillAskForm(page, { title: secondTitle, body: '', category, consent: false })

      await submitAskForm(page, { skipBrowserValidation: true })

      assert.equal(await page.locator('#receipt-code').count(), 0, 'an empty body was accepted')
      const alert = page.locator('[role=alert]').first()
      assert.ok(await alert.isVisible(), 'a validation error needs a visible [role=alert] summary')
      assert.notEqual(squash(await alert.textContent()), '', 'the [role=alert] summary is empty')
      assert.ok(
        (await page.locator('.field-error').count()) > 0,
        'a validation error needs a .field-error next to the field',
      )
      assert.equal(await page.locator('input#title').inputValue(), secondTitle, 'title kept')
      assert.equal(await page.locator('select#category').inputValue(), category, 'category kept')
      assert.equal(await page.locator('select#language').inputValue(), 'nb', 'language kept')

      await fillAskForm(page, { body: 'Et spørsmål jeg vil trekke tilbake igjen.' })
      await submitAskForm(page)
      const receipt = await readReceipt(page)

      let shown = await lookUpReceipt(page, receipt)
      assert.equal(shown.status, 'received')
      assert.equal(shown.title, secondTitle)
      shown = await withdrawQuestion(page, receipt)
      assert.equal(shown.status, 'withdrawn', 'status after withdrawing')
      assert.ok(shown.notice, 'withdrawing should say so in #notice')
      assert.ok(!shown.canWithdraw, 'a withdrawn question still offers form#withdraw')

      shown = await lookUpReceipt(page, receipt)
      assert.equal(shown.status, 'withdrawn', 'status on a later lookup')

      assertReceiptNotInUrls(receipt, urls(), 'through asking and withdrawing')
      assert.deepEqual(await context.cookies(), [], 'the question pages set cookies')
    })
  })

  test('the ask form shows a validation error accessibly', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await openAskForm(page)
      await fillAskForm(page, { title: `Tom tekst ${markerWord('qatom')}`, body: '' })
      await submitAskForm(page, { skipBrowserValidation: true })
      assert.ok(
        await page.locator('[role=alert]').first().isVisible(),
        'a validation error needs a visible [role=alert] summary',
      )
      await expectAccessible(page, '/qa/ask with a validation error')
    })
  })

  test('an unknown receipt shows an alert', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      const response = await page.goto(`${BASE_URL}/qa/receipt?lang=nb`)
      assert.equal(response?.status(), 200, `GET /qa/receipt answered ${response?.status()}`)
      await submitReceipt(page, randomCode())

      const alert = page.locator('[role=alert]').first()
      await alert.waitFor()
      assert.notEqual(squash(await alert.textContent()), '', 'the alert is empty')
      assert.equal(
        await page.locator('#question-status').count(),
        0,
        'an unknown receipt showed a question',
      )
      assert.equal(
        await page.locator('form#receipt-lookup').count(),
        1,
        'the lookup form should stay',
      )
    })
  })

  test('the archive and the ask form have no serious accessibility violations', async (t) => {
    await withPage(t, {}, async ({ page }) => {
      await openArchive(page)
      await expectAccessible(page, '/qa')
      await openAskForm(page)
      await expectAccessible(page, '/qa/ask')
    })
  })
})
