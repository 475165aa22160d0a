// The visitor's question-and-answer pages (server-rendered, no JavaScript needed), driven the way
// a visitor would: search and read the archive, ask a question, keep the receipt, look it up,
// withdraw it. Every step fails with what the page showed instead of a bare timeout.

import assert from 'node:assert/strict'
import { BASE_URL } from './browser.mjs'
import { CODE_PATTERN, submitAndLoad } from './booking-pages.mjs'

/** A receipt reads like a booking code: Crockford base32 in four groups of four. */
export const RECEIPT_PATTERN = CODE_PATTERN

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * A made-up word that no entry contains, so that searches for it are unambiguous: letters only
 * (one word to the full-text parser and to pg_trgm), long enough that one wrong letter still
 * leaves it similar.
 */
export function markerWord(prefix = 'qa') {
  let word = prefix
  while (word.length < 14) word += LETTERS[Math.floor(Math.random() * LETTERS.length)]
  return word
}

/** `word` with one letter in the middle changed, the way a visitor might mistype it. */
export function misspell(word) {
  const at = Math.floor(word.length / 2)
  const wrong = word[at] === 'x' ? 'y' : 'x'
  return word.slice(0, at) + wrong + word.slice(at + 1)
}

export function squash(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** The text of the first visible `[role=alert]`, or null. */
export async function alertText(page) {
  const alerts = page.locator('[role=alert]')
  for (let i = 0; i < (await alerts.count()); i++) {
    if (await alerts.nth(i).isVisible()) return squash(await alerts.nth(i).textContent())
  }
  return null
}

async function expectForm(form, { method, action }, page) {
  const id = await form.getAttribute('id')
  assert.equal(
    (await form.getAttribute('method'))?.toLowerCase(),
    method,
    `form#${id} should use method ${method}`,
  )
  assert.equal(
    new URL((await form.getAttribute('action')) ?? '', page.url()).pathname,
    action,
    `form#${id} should post to ${action}`,
  )
}

/** The path of a link's target, resolved against the page. */
export async function linkTarget(page, link) {
  return new URL((await link.getAttribute('href')) ?? '', page.url())
}

// --- The archive: /qa and /qa/<slug> -----------------------------------------------------------

/** Opens /qa with the given query parameters (lang defaults to nb). */
export async function openArchive(page, params = {}) {
  const query = new URLSearchParams({ lang: 'nb', ...params })
  const response = await page.goto(`${BASE_URL}/qa?${query}`)
  assert.equal(response?.status(), 200, `GET /qa?${query} answered ${response?.status()}`)
  assert.equal(await page.locator('h1').count(), 1, '/qa should have one <h1>')
  const form = page.locator('form#qa-search')
  assert.equal(await form.count(), 1, `no form#qa-search on ${page.url()}`)
  await expectForm(form, { method: 'get', action: '/qa' }, page)
  assert.equal(await form.locator('input#q').getAttribute('name'), 'q', 'input#q name')
  const category = form.locator('select#category')
  assert.equal(await category.getAttribute('name'), 'category', 'select#category name')
  assert.equal(
    await category.locator('option').first().getAttribute('value'),
    '',
    'the first option of select#category ("all") should have the value ""',
  )
  assert.equal(
    await form.locator('input[type=hidden][name=lang]').inputValue(),
    query.get('lang'),
    'form#qa-search should carry the language in a hidden lang field',
  )
}

/** Searches with form#qa-search on the current /qa page (a plain GET form). */
export async function searchWithForm(page, words) {
  const form = page.locator('form#qa-search')
  await form.locator('input#q').fill(words)
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit]').first())
  const url = new URL(page.url())
  assert.equal(url.pathname, '/qa', 'searching should stay on /qa')
  assert.equal(url.searchParams.get('q'), words, 'the search words should be in ?q=')
}

/** The results on a /qa page: [{ href, path, title, snippetHtml, marks, meta }]. */
export async function readResults(page) {
  const items = page.locator('ol#qa-results > li.qa-item')
  const results = []
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i)
    const title = item.locator('a.qa-title')
    assert.equal(await title.count(), 1, `result ${i} has no a.qa-title`)
    const href = (await title.getAttribute('href')) ?? ''
    const snippet = item.locator('p.qa-snippet')
    results.push({
      href,
      path: new URL(href, page.url()).pathname,
      lang: new URL(href, page.url()).searchParams.get('lang'),
      title: squash(await title.textContent()),
      marks: (await snippet.count())
        ? (await snippet.locator('mark').allTextContents()).map(squash)
        : [],
      hasMeta: (await item.locator('.qa-meta').count()) > 0,
    })
  }
  return results
}

/** The result linking to /qa/<slug>, or a failure listing what the page found instead. */
export async function findResult(page, slug, what) {
  const results = await readResults(page)
  const found = results.find((result) => result.path === `/qa/${slug}`)
  if (!found) {
    const noResults = (await page.locator('#no-results').count()) > 0
    throw new Error(
      `${what}: ${page.url()} does not list /qa/${slug}; ` +
        (noResults
          ? 'it shows #no-results'
          : `it lists ${JSON.stringify(results.map((r) => r.path))}`),
    )
  }
  return found
}

/** The facts on a /qa/<slug> page. */
export async function readItem(page) {
  const title = page.locator('h1.qa-question-title')
  if ((await title.count()) === 0) {
    throw new Error(`No h1.qa-question-title on ${page.url()}; alert: ${await alertText(page)}`)
  }
  const time = page.locator('section#answer time[datetime], time[datetime]').first()
  return {
    title: squash(await title.textContent()),
    body: squash(await page.locator('.qa-question-body').first().textContent()),
    answerHtml: (await page.locator('section#answer .answer-body').count())
      ? await page.locator('section#answer .answer-body').innerHTML()
      : null,
    answeredAt: (await time.count()) ? await time.getAttribute('datetime') : null,
    stale: (await page.locator('#stale-notice').count()) > 0,
    documentTitle: await page.title(),
    description: await page.locator('meta[name=description]').getAttribute('content'),
    related: await page.locator('ul#related a').count(),
  }
}

// --- Asking: /qa/ask -----------------------------------------------------------------------------

/** Opens /qa/ask in `lang` and checks the form's markup contract. */
export async function openAskForm(page, lang = 'nb') {
  const response = await page.goto(`${BASE_URL}/qa/ask?lang=${lang}`)
  assert.equal(response?.status(), 200, `GET /qa/ask?lang=${lang} answered ${response?.status()}`)
  assert.equal(await page.locator('html').getAttribute('lang'), lang, '<html lang> on /qa/ask')
  assert.equal(await page.locator('h1').count(), 1, '/qa/ask should have one <h1>')
  const form = page.locator('form#ask')
  assert.equal(await form.count(), 1, `no form#ask on ${page.url()}`)
  await expectForm(form, { method: 'post', action: '/qa/ask' }, page)
  for (const [selector, name] of [
    ['input#title', 'title'],
    ['textarea#body', 'body'],
    ['select#category', 'category'],
    ['select#language', 'language'],
    ['input#publishConsent', 'publishConsent'],
  ]) {
    const field = form.locator(selector)
    assert.equal(await field.count(), 1, `form#ask has no ${selector}`)
    assert.equal(await field.getAttribute('name'), name, `${selector} name`)
    const id = selector.split('#')[1]
    assert.ok(
      (await page.locator(`label[for="${id}"]`).count()) > 0,
      `${selector} has no <label for="${id}">`,
    )
  }
  const consent = form.locator('input#publishConsent')
  assert.equal(await consent.getAttribute('type'), 'checkbox', '#publishConsent type')
  assert.equal(await consent.getAttribute('value'), 'true', '#publishConsent value')
  assert.equal(
    await form.locator('select#language').inputValue(),
    lang,
    'select#language should default to the page language',
  )
  assert.equal(await form.locator('button[type=submit]').count(), 1, 'form#ask submit button')
  return form
}

/** The value of the first category with a value in select#category on the ask form. */
export async function firstCategory(page) {
  const values = await page
    .locator('form#ask select#category option')
    .evaluateAll((options) => options.map((option) => option.value).filter((value) => value))
  assert.ok(values.length > 0, 'select#category on /qa/ask offers no category')
  return values[0]
}

/** Fills form#ask; fields left undefined are not touched. */
export async function fillAskForm(page, { title, body, category, language, consent }) {
  const form = page.locator('form#ask')
  if (title !== undefined) await form.locator('input#title').fill(title)
  if (body !== undefined) await form.locator('textarea#body').fill(body)
  if (category !== undefined) await form.locator('select#category').selectOption(category)
  if (language !== undefined) await form.locator('select#language').selectOption(language)
  if (consent !== undefined) await form.locator('input#publishConsent').setChecked(consent)
}

/**
 * Submits form#ask. With `skipBrowserValidation`, the browser's own checks (required, minlength)
 * are switched off first, so that the server's validation answers (as for a browser without
 * them).
 */
export async function submitAskForm(page, { skipBrowserValidation = false } = {}) {
  const form = page.locator('form#ask')
  if (skipBrowserValidation) {
    await form.evaluate((element) => {
      element.noValidate = true
    })
  }
  await submitAndLoad(page, form.locator('button[type=submit]'))
}

/** The receipt page after asking: the receipt and the link to look it up. */
export async function readReceipt(page, lang = 'nb') {
  const code = page.locator('#receipt-code')
  if ((await code.count()) === 0) {
    throw new Error(
      `No #receipt-code on ${page.url()} after asking; alert: ${await alertText(page)}; ` +
        `field errors: ${JSON.stringify((await page.locator('.field-error').allTextContents()).map(squash))}`,
    )
  }
  const receipt = squash(await code.textContent())
  assert.match(receipt, RECEIPT_PATTERN, '#receipt-code should read XXXX-XXXX-XXXX-XXXX')
  const link = page.locator('a#to-receipt')
  assert.equal(await link.count(), 1, 'the receipt page has no a#to-receipt')
  const target = await linkTarget(page, link)
  assert.equal(target.pathname, '/qa/receipt', 'a#to-receipt path')
  assert.equal(target.searchParams.get('lang'), lang, 'a#to-receipt keeps the language')
  return receipt
}

/** Asks a question through form#ask and returns the receipt. */
export async function askQuestion(page, question) {
  await openAskForm(page, question.lang ?? 'nb')
  await fillAskForm(page, {
    ...question,
    category: question.category ?? (await firstCategory(page)),
  })
  await submitAskForm(page)
  return readReceipt(page, question.lang ?? 'nb')
}

// --- The receipt: /qa/receipt ------------------------------------------------------------------

/** On /qa/receipt: types `receipt` into form#receipt-lookup and submits it. */
export async function submitReceipt(page, receipt) {
  const form = page.locator('form#receipt-lookup')
  assert.equal(await form.count(), 1, `no form#receipt-lookup on ${page.url()}`)
  await expectForm(form, { method: 'post', action: '/qa/receipt' }, page)
  await form.locator('input#receipt[name=receipt]').fill(receipt)
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit]').first())
}

/** Opens /qa/receipt in `lang` and looks `receipt` up. */
export async function lookUpReceipt(page, receipt, lang = 'nb') {
  const response = await page.goto(`${BASE_URL}/qa/receipt?lang=${lang}`)
  assert.equal(response?.status(), 200, `GET /qa/receipt answered ${response?.status()}`)
  await submitReceipt(page, receipt)
  return readQuestion(page)
}

/** The question as the receipt page shows it to the asker. */
export async function readQuestion(page) {
  const status = page.locator('#question-status')
  if ((await status.count()) === 0) {
    throw new Error(`No #question-status on ${page.url()}; alert: ${await alertText(page)}`)
  }
  const answer = page.locator('#answer .answer-body')
  return {
    status: await status.getAttribute('data-status'),
    title: squash(await page.locator('.qa-question-title').first().textContent()),
    body: squash(await page.locator('.qa-question-body').first().textContent()),
    answerHtml: (await answer.count()) ? await answer.innerHTML() : null,
    rejectReason: (await page.locator('#reject-reason').count())
      ? squash(await page.locator('#reject-reason').textContent())
      : null,
    notice: (await page.locator('#notice').count())
      ? squash(await page.locator('#notice').textContent())
      : null,
    canWithdraw: (await page.locator('form#withdraw').count()) > 0,
  }
}

/** On a receipt result page: withdraws the question through form#withdraw. */
export async function withdrawQuestion(page, receipt) {
  const form = page.locator('form#withdraw')
  assert.equal(await form.count(), 1, `no form#withdraw on ${page.url()}`)
  await expectForm(form, { method: 'post', action: '/qa/withdraw' }, page)
  const hidden = await form.locator('input[type=hidden][name=receipt]').inputValue()
  assert.equal(
    hidden.toUpperCase().replace(/-/g, ''),
    receipt.replace(/-/g, ''),
    'form#withdraw should carry the receipt in a hidden field',
  )
  await submitAndLoad(page, form.locator('button[type=submit], input[type=submit], button').first())
  return readQuestion(page)
}

// --- Privacy ---------------------------------------------------------------------------------

/** Every URL the page has shown or the context has requested so far, read when called. */
export function trackUrls(page, requests) {
  const shown = []
  page.on('framenavigated', (frame) => shown.push(frame.url()))
  return () => [...requests, ...shown, page.url()]
}

/** Whether `text` carries the receipt in any spelling (case, dashes, URL encoding). */
function containsReceipt(text, receipt) {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // Not URL-encoded: compare as it is.
  }
  return decoded
    .toUpperCase()
    .replace(/[-\s+]/g, '')
    .includes(receipt.replace(/-/g, ''))
}

/** Fails when any of `urls` carries the receipt. */
export function assertReceiptNotInUrls(receipt, urls, where) {
  const leaking = urls.filter((url) => containsReceipt(url, receipt))
  assert.deepEqual(leaking, [], `the receipt appeared in a URL (${where})`)
}
