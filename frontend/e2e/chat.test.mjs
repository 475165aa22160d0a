// Chat, the whole story in a real browser: a visitor (on a 320 px wide screen) and a counsellor in
// two browser contexts. The admin opens the chat around the clock; the counsellor signs in to the
// console and makes themself available; the visitor starts a chat and writes while queued; the
// counsellor claims it from the queue; both write and see each other typing; the visitor reloads
// and sees the whole history; the counsellor keeps a note and sends a canned reply; the visitor
// ends the chat and erases it. No cookies, no token in any URL (pages, requests or WebSockets), no
// third-party requests, and axe-core scans of /chat (nb, sv) and of the console's chat view.

import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import {
  BASE_URL,
  foreignRequests,
  requiredEnv,
  seriousAccessibilityViolations,
  useBrowser,
} from './browser.mjs'
import { cspViolations, signIn, storedToken, useOpeningHours } from './console.mjs'

const CHAT_TOKEN_KEY = 'samtale.chat.token'
const PHONE = { width: 320, height: 640 }
const WAIT_MS = 10_000

const { withPage } = useBrowser()
let counsellor

/** A word no other test uses, so that the texts of this run are unmistakable. */
const marker = `chat${Date.now().toString(36)}`
const texts = {
  whileQueued: `Hei. Jeg har noen spørsmål (${marker}).`,
  visitor: `Jeg har kjøpt sex og vil slutte (${marker}).`,
  reply: `Takk for at du skriver. Fortell gjerne mer (${marker}).`,
  canned: `Du kan teste deg anonymt hos oss (${marker}).`,
  afterReload: `Takk, det hjelper (${marker}).`,
  note: `Vil slutte, spør om testing (${marker}).`,
}

async function chatStatus() {
  const response = await fetch(`${BASE_URL}/api/chat/status`, {
    headers: { Accept: 'application/json' },
  })
  assert.equal(response.status, 200, 'GET /api/chat/status')
  return response.json()
}

/** Waits until the public status says the chat is open (presence is stored asynchronously). */
async function untilOpen() {
  const deadline = Date.now() + WAIT_MS
  let status
  do {
    status = await chatStatus()
    if (status.open) return status
    await new Promise((resolve) => setTimeout(resolve, 200))
  } while (Date.now() < deadline)
  throw new Error(
    `the chat did not open after the counsellor became available: ${JSON.stringify(status)}`,
  )
}

before(async () => {
  counsellor = {
    username: requiredEnv('CHAT_COUNSELLOR_USERNAME'),
    password: requiredEnv('CHAT_COUNSELLOR_PASSWORD'),
    displayName: requiredEnv('CHAT_COUNSELLOR_DISPLAY_NAME'),
  }
})

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']
useOpeningHours({
  zone: 'Europe/Oslo',
  weekly: EVERY_DAY.map((day) => ({ day, opens: '00:00', closes: '24:00' })),
  closedDays: [],
})

function squash(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

async function expectAccessible(page, what) {
  const violations = await seriousAccessibilityViolations(page)
  assert.ok(
    violations === '',
    `axe-core found serious or critical violations on ${what} (${page.url()}):\n${violations}`,
  )
}

/** Every URL a page asked for or opened a WebSocket to, and the frames its sockets received. */
function trackSockets(page) {
  const sockets = []
  const received = []
  page.on('websocket', (socket) => {
    sockets.push(socket.url())
    socket.on('framereceived', (frame) => {
      if (typeof frame.payload === 'string') received.push(frame.payload)
    })
  })
  return { sockets, received }
}

/** Waits for a received frame of `type` and returns it parsed. */
async function frameOfType(received, type) {
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    for (const payload of received) {
      const frame = JSON.parse(payload)
      if (frame.type === type) return frame
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no "${type}" frame arrived; frames: ${received.join(' | ')}`)
}

function assertNoTokenInUrls(urls, tokens, where) {
  for (const url of urls) {
    for (const token of tokens.filter(Boolean)) {
      assert.ok(!url.includes(token), `${where}: a token travelled in the URL ${url}`)
    }
    assert.ok(
      !/bearer|token=|authorization/i.test(url),
      `${where}: ${url} looks like it carries a token`,
    )
  }
}

function focusedId(page) {
  return page.locator(':focus').getAttribute('id')
}

async function assertFitsWidth(page, what) {
  const overflow = await page.evaluate(() => {
    const root = globalThis.document.documentElement
    return root.scrollWidth - root.clientWidth
  })
  assert.ok(overflow <= 0, `${what} scrolls sideways at ${PHONE.width} px (by ${overflow} px)`)
}

/** The visitor's message list as [from, text] in the order shown, with the seq of each. */
async function visitorLog(page) {
  return page.locator('#chat-log > li').evaluateAll((items) =>
    items.map((item) => ({
      from: item.dataset.from,
      seq: item.dataset.seq === undefined ? null : Number(item.dataset.seq),
      text: item.querySelector('.chat-text')?.textContent ?? '',
    })),
  )
}

async function openChatView(page) {
  await signIn(page, counsellor)
  const nav = page.locator('#nav-chat')
  assert.equal(
    await nav.count(),
    1,
    `the console offers no #nav-chat to ${counsellor.username}: does it have the role counsellor?`,
  )
  await nav.click()
  assert.equal(await nav.getAttribute('aria-current'), 'page', '#nav-chat aria-current')
  await page.locator('#chat-connection[data-state=open]').waitFor()
}

describe('chat', () => {
  test('with nobody available, the chat page says so and points to asking a question (sv)', async (t) => {
    await withPage(t, { viewport: PHONE }, async ({ page, context, requests, consoleErrors }) => {
      const status = await chatStatus()
      if (status.open) {
        t.skip(
          'a counsellor is available (left over from another test): the closed page cannot be shown',
        )
        return
      }
      const response = await page.goto(`${BASE_URL}/chat?lang=sv`)
      assert.equal(response?.status(), 200, `GET /chat?lang=sv answered ${response?.status()}`)
      assert.equal(await page.locator('html').getAttribute('lang'), 'sv')
      await page.locator('#chat-closed').waitFor()
      assert.equal(
        squash(await page.locator('#chat-closed-text').textContent()),
        'Ingen rådgivare är ledig just nu. Försök igen lite senare.',
      )
      const ask = page.locator('#chat-closed a[href]')
      assert.equal(
        await ask.getAttribute('href'),
        '/qa/ask?lang=sv',
        'the closed chat points to /qa/ask',
      )
      assert.ok(await page.locator('#chat-start').isHidden(), 'a closed chat offers no start form')
      await expectAccessible(page, '/chat?lang=sv while closed')
      await assertFitsWidth(page, '/chat?lang=sv')

      assert.deepEqual(await context.cookies(), [], 'the chat page set cookies')
      assert.deepEqual(foreignRequests(requests), [], 'the chat page made third-party requests')
      assert.deepEqual(cspViolations(consoleErrors), [], 'the chat page broke the CSP')
      assert.equal(
        await page.evaluate((key) => sessionStorage.getItem(key), CHAT_TOKEN_KEY),
        null,
        'a visitor who has not started a chat holds no token',
      )
    })
  })

  test('without JavaScript, the chat page says it needs JavaScript and points to asking a question', async (t) => {
    await withPage(t, { javaScriptEnabled: false }, async ({ page, context }) => {
      await page.goto(`${BASE_URL}/chat`)
      const notice = page.locator('#chat-noscript')
      assert.ok(await notice.isVisible(), '<noscript> #chat-noscript should be visible')
      assert.match(squash(await notice.textContent()), /JavaScript/)
      assert.equal(await notice.locator('a').getAttribute('href'), '/qa/ask?lang=nb')
      assert.ok(await page.locator('#chat-app').isHidden(), '#chat-app must stay hidden')
      assert.match(
        squash(await page.locator('main').textContent()),
        /Samtalen slettes 30 dager etter at den er avsluttet/,
        'the page explains how long the conversation is kept',
      )
      assert.deepEqual(await context.cookies(), [], 'the chat page set cookies')
    })
  })

  test('a visitor and a counsellor chat from the queue to the end, and the visitor erases it', async (t) => {
    await withPage(t, {}, async (staff) => {
      const staffSockets = trackSockets(staff.page)
      await openChatView(staff.page)
      await staff.page.locator('#presence-available').check()
      await untilOpen()

      await withPage(t, { viewport: PHONE }, async (visitor) => {
        const visitorSockets = trackSockets(visitor.page)
        const { page } = visitor
        const response = await page.goto(`${BASE_URL}/chat`)
        assert.equal(response?.status(), 200, `GET /chat answered ${response?.status()}`)
        await page.locator('#chat-start').waitFor()
        await expectAccessible(page, '/chat (nb) with the start form')
        await assertFitsWidth(page, '/chat with the start form')

        // Start, and write while waiting in the queue.
        await page.locator('#chat-topic').selectOption('health')
        await page.locator('#chat-start-button').click()
        const queued = await frameOfType(visitorSockets.received, 'queued')
        const conversationId = queued.conversationId
        await page.locator('#chat-input').waitFor()
        assert.equal(
          await focusedId(page),
          'chat-input',
          'after starting, the focus should be in the message field',
        )
        assert.match(squash(await page.locator('#chat-status').textContent()), /køen/)
        const visitorToken = await page.evaluate(
          (key) => sessionStorage.getItem(key),
          CHAT_TOKEN_KEY,
        )
        assert.ok(
          visitorToken,
          `the visitor token should be in sessionStorage under ${CHAT_TOKEN_KEY}`,
        )
        await page.locator('#chat-input').fill(texts.whileQueued)
        await page.locator('#chat-input').press('Enter')
        await page.locator('#chat-log > li[data-from=visitor][data-seq="1"]').waitFor()

        // The counsellor claims it from the queue and sees what was written while waiting.
        const staffPage = staff.page
        const entry = staffPage.locator(`#chat-queue li[data-conversation-id="${conversationId}"]`)
        await entry.waitFor()
        assert.match(
          squash(await entry.textContent()),
          /Helse og testing/,
          'the queue shows the topic',
        )
        await entry.locator('button.claim').click()
        const panel = staffPage.locator(`#chat-panel-${conversationId}`)
        await panel.waitFor()
        assert.equal(
          await staffPage.locator(`#chat-tab-${conversationId}`).getAttribute('aria-selected'),
          'true',
        )
        await panel
          .locator('#chat-messages li[data-from=visitor]', { hasText: texts.whileQueued })
          .waitFor()
        await page
          .locator('#chat-status', { hasText: `Du snakker nå med ${counsellor.displayName}.` })
          .waitFor()

        // The visitor writes; the counsellor sees them typing, then the message.
        await Promise.all([
          page.locator('#chat-input').pressSequentially(texts.visitor, { delay: 25 }),
          panel
            .locator('#chat-visitor-typing', { hasText: 'Den besøkende skriver' })
            .waitFor()
            .catch((error) => {
              throw new Error('the counsellor did not see the visitor typing', { cause: error })
            }),
        ])
        await page.locator('#chat-send').click()
        await panel
          .locator('#chat-messages li[data-from=visitor]', { hasText: texts.visitor })
          .waitFor()

        // The counsellor writes; the visitor sees them typing, then the reply.
        const reply = panel.locator('#chat-reply')
        await Promise.all([
          reply.pressSequentially(texts.reply, { delay: 25 }),
          page
            .locator('#chat-typing', { hasText: `${counsellor.displayName} skriver` })
            .waitFor()
            .catch((error) => {
              throw new Error('the visitor did not see the counsellor typing', { cause: error })
            }),
        ])
        await reply.press('Enter')
        await page
          .locator('#chat-log > li[data-from=counsellor]', { hasText: texts.reply })
          .waitFor()
        await panel
          .locator('#chat-messages li[data-from=counsellor][data-seq]', { hasText: texts.reply })
          .waitFor()

        // A canned reply: created, edited, inserted into the composer and sent.
        const title = `Testing ${marker}`
        await staffPage.locator('#canned-title').fill(`${title} (utkast)`)
        await staffPage.locator('#canned-text').fill('Et utkast')
        await staffPage.locator('#canned-form button[type=submit]').click()
        const cannedItem = staffPage.locator('#canned-list li', { hasText: `${title} (utkast)` })
        await cannedItem.waitFor()
        await cannedItem.locator('button.canned-edit').click()
        await staffPage.locator('#canned-title').fill(title)
        await staffPage.locator('#canned-text').fill(texts.canned)
        await staffPage.locator('#canned-form button[type=submit]').click()
        const edited = staffPage.locator('#canned-list li', { hasText: texts.canned })
        await edited.waitFor()
        const replyId = await edited.getAttribute('data-reply-id')
        await panel.locator('#chat-canned').selectOption(replyId)
        await panel.locator('#chat-canned-insert').click()
        assert.equal(
          await reply.inputValue(),
          texts.canned,
          'the canned reply goes into #chat-reply',
        )
        await panel.locator('#chat-reply-form button[type=submit]').click()
        await page
          .locator('#chat-log > li[data-from=counsellor]', { hasText: texts.canned })
          .waitFor()

        // An internal note, which the visitor never sees.
        await panel.locator('#chat-note-text').fill(texts.note)
        await panel.locator('#chat-note-form button[type=submit]').click()
        const note = panel.locator('#chat-notes li', { hasText: texts.note })
        await note.waitFor()
        assert.match(squash(await note.textContent()), new RegExp(counsellor.displayName))
        await expectAccessible(staffPage, 'the console chat view with a conversation')
        assert.ok(!(await page.content()).includes(texts.note), 'the visitor must never see a note')

        // The visitor reloads: the whole history comes back, each message once, in order.
        await page.reload()
        await page
          .locator('#chat-log > li[data-from=counsellor]', { hasText: texts.canned })
          .waitFor()
        await page
          .locator('#chat-status', { hasText: `Du snakker nå med ${counsellor.displayName}.` })
          .waitFor()
        const history = await visitorLog(page)
        assert.deepEqual(
          history.map((line) => [line.seq, line.from, line.text]),
          [
            [1, 'visitor', texts.whileQueued],
            [2, 'visitor', texts.visitor],
            [3, 'counsellor', texts.reply],
            [4, 'counsellor', texts.canned],
          ],
          'after a reload, the history should be all four messages in order',
        )
        await expectAccessible(page, '/chat with a conversation')
        await assertFitsWidth(page, '/chat with a conversation')

        // After the reload the visitor can go on writing.
        await page.locator('#chat-input').fill(texts.afterReload)
        await page.locator('#chat-send').click()
        await panel
          .locator('#chat-messages li[data-from=visitor]', { hasText: texts.afterReload })
          .waitFor()
        await page.locator('#chat-log > li[data-from=visitor][data-seq="5"]').waitFor()

        // The visitor ends the chat; both sides see it.
        await page.locator('#chat-end').click()
        await page.locator('#chat-ended').waitFor()
        assert.equal(
          squash(await page.locator('#chat-ended-text').textContent()),
          'Du avsluttet samtalen. Takk for at du tok kontakt.',
        )
        assert.equal(
          await focusedId(page),
          'chat-ended-heading',
          'the focus should move to the closing message',
        )
        assert.ok(await page.locator('#chat-composer').isHidden(), 'an ended chat has no composer')
        assert.equal(
          await page.locator('#chat-new').getAttribute('href'),
          '/chat?lang=nb',
          'the closing message links to a new chat',
        )
        await panel
          .locator('#chat-ended', { hasText: 'Den besøkende har avsluttet samtalen.' })
          .waitFor()
        assert.equal(
          await staffPage.locator(`#chat-tab-${conversationId}`).getAttribute('data-status'),
          'ended',
        )

        // The visitor erases the conversation: the token and everything shown go.
        await page.locator('#chat-erase').click()
        await page.locator('#chat-erase-yes').click()
        await page.locator('#chat-erased').waitFor()
        assert.equal(
          await page.evaluate((key) => sessionStorage.getItem(key), CHAT_TOKEN_KEY),
          null,
          'erasing must remove the token from sessionStorage',
        )
        assert.equal(
          await page.locator('#chat-log > li').count(),
          0,
          'the erased messages are gone',
        )
        await panel
          .locator('#chat-ended', { hasText: 'Den besøkende har slettet samtalen.' })
          .waitFor()
        assert.equal(
          await panel.locator('#chat-messages li').count(),
          0,
          'the console keeps nothing',
        )

        // A new chat starts from the start form, with no token until it is started.
        await page.locator('#chat-new-after-erase').click()
        await page.locator('#chat-start').waitFor()
        assert.equal(await focusedId(page), 'chat-topic', 'a new chat puts the focus on its form')
        assert.equal(
          await page.evaluate((key) => sessionStorage.getItem(key), CHAT_TOKEN_KEY),
          null,
        )

        // The canned reply is deleted again.
        await staffPage
          .locator('#canned-list li', { hasText: texts.canned })
          .locator('button.canned-delete')
          .click()
        await staffPage.locator('dialog[open] button.danger').click()
        await staffPage.locator('#canned-notice', { hasText: title }).waitFor()
        await staffPage
          .locator('#canned-list li', { hasText: texts.canned })
          .waitFor({ state: 'detached' })

        // Nothing identifying anywhere: no cookies, no token in a URL, nothing third-party.
        const staffToken = await storedToken(staffPage)
        const tokens = [visitorToken, staffToken]
        for (const [who, side, sockets] of [
          ['the visitor', visitor, visitorSockets],
          ['the counsellor', staff, staffSockets],
        ]) {
          assert.deepEqual(await side.context.cookies(), [], `${who}'s pages set cookies`)
          assert.deepEqual(
            foreignRequests(side.requests),
            [],
            `${who}'s pages made third-party requests`,
          )
          assert.deepEqual(cspViolations(side.consoleErrors), [], `${who}'s pages broke the CSP`)
          assert.ok(sockets.sockets.length > 0, `${who} opened no WebSocket`)
          assertNoTokenInUrls([...side.requests, ...sockets.sockets, side.page.url()], tokens, who)
        }
        assert.deepEqual(
          [...new Set(visitorSockets.sockets.map((url) => new URL(url).pathname))],
          ['/ws/chat'],
        )
        assert.deepEqual(
          [...new Set(staffSockets.sockets.map((url) => new URL(url).pathname))],
          ['/ws/console'],
        )
      })
    })
  })
})
