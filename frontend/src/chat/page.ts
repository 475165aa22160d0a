// The chat page's DOM: the server renders every element (templates/ChatPage/chat.html, hidden
// until this script runs); this shows and fills them from the VisitorChat's state. Message text
// only ever goes in as textContent.

import { endedText, errorText, fill, formatClock, formatOpening, type Texts } from './texts'
import { lines, type Line } from './transcript'
import { isTyping } from './typing'
import { isLive, type Language, type Phase, type VisitorChat, type VisitorState } from './visitor'

function element(id: string): HTMLElement {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`the chat page has no #${id}`)
  return found
}

function typed<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = element(id)
  if (!(found instanceof kind)) throw new Error(`#${id} is not the element the chat page expects`)
  return found
}

function show(target: HTMLElement, visible: boolean): void {
  target.hidden = !visible
}

function setText(target: HTMLElement, text: string): void {
  if (target.textContent !== text) target.textContent = text
}

/** Keeps the message list in step with the transcript, touching only the lines that changed. */
class MessageList {
  private readonly list: HTMLOListElement
  private readonly rendered = new Map<string, { item: HTMLLIElement; signature: string }>()

  constructor(list: HTMLOListElement) {
    this.list = list
  }

  /** Returns whether a line was added. */
  render(shown: Line[], describe: (line: Line) => LineView): boolean {
    let added = false
    const keep = new Set(shown.map((line) => line.key))
    for (const [key, { item }] of this.rendered) {
      if (!keep.has(key)) {
        item.remove()
        this.rendered.delete(key)
      }
    }
    let previous: HTMLLIElement | null = null
    for (const line of shown) {
      const view = describe(line)
      const signature = JSON.stringify(view)
      let entry = this.rendered.get(line.key)
      if (entry === undefined) {
        entry = { item: document.createElement('li'), signature: '' }
        this.rendered.set(line.key, entry)
        added = true
      }
      if (entry.signature !== signature) {
        fillLine(entry.item, view)
        entry.signature = signature
      }
      const expectedNext: ChildNode | null =
        previous === null ? this.list.firstChild : previous.nextSibling
      if (expectedNext !== entry.item) this.list.insertBefore(entry.item, expectedNext)
      previous = entry.item
    }
    return added
  }
}

/** Whether the page is scrolled to (about) its end, where new messages appear. */
function atEnd(): boolean {
  const root = document.documentElement
  return window.innerHeight + window.scrollY >= root.scrollHeight - 80
}

interface LineView {
  from: string
  who: string
  at: string
  clock: string
  seq: number | null
  state: Line['state']
  stateText: string
  text: string
  clientMsgId: string | null
  retry: string | null
}

function fillLine(item: HTMLLIElement, view: LineView): void {
  item.className = `chat-line chat-line-${view.from} chat-line-${view.state}`
  item.dataset.from = view.from
  if (view.seq === null) delete item.dataset.seq
  else item.dataset.seq = String(view.seq)
  const meta = document.createElement('p')
  meta.className = 'chat-meta'
  const who = document.createElement('span')
  who.className = 'chat-who'
  who.textContent = view.who
  const time = document.createElement('time')
  time.dateTime = view.at
  time.textContent = view.clock
  meta.append(who, ' ', time)
  if (view.stateText !== '') {
    const state = document.createElement('span')
    state.className = 'chat-state'
    state.textContent = view.stateText
    meta.append(' ', state)
  }
  const text = document.createElement('p')
  text.className = 'chat-text'
  text.textContent = view.text
  item.replaceChildren(meta, text)
  if (view.retry !== null && view.clientMsgId !== null) {
    const retry = document.createElement('button')
    retry.type = 'button'
    retry.className = 'chat-retry secondary-action'
    retry.dataset.clientMsgId = view.clientMsgId
    retry.textContent = view.retry
    item.append(retry)
  }
}

/** Which element takes focus when the page moves from one phase to another. */
function focusTarget(before: Phase, after: Phase): string | null {
  if (before === after) return null
  switch (after) {
    case 'queued':
    case 'joined':
      return before === 'starting' ? 'chat-input' : null
    case 'closed':
      return before === 'starting' ? 'chat-closed-heading' : null
    case 'ended':
      return before === 'queued' || before === 'joined' ? 'chat-ended-heading' : null
    case 'erased':
      return 'chat-erased-heading'
    default:
      return null
  }
}

export function mountChatPage(chat: VisitorChat, texts: Texts, language: Language): void {
  const app = typed('chat-app', HTMLDivElement)
  const status = element('chat-status')
  const connection = element('chat-connection')
  const error = element('chat-error')
  const closed = element('chat-closed')
  const closedText = element('chat-closed-text')
  const startForm = typed('chat-start', HTMLFormElement)
  const topic = typed('chat-topic', HTMLSelectElement)
  const startButton = typed('chat-start-button', HTMLButtonElement)
  const conversation = element('chat-conversation')
  const log = new MessageList(typed('chat-log', HTMLOListElement))
  const typing = element('chat-typing')
  const composer = typed('chat-composer', HTMLFormElement)
  const input = typed('chat-input', HTMLTextAreaElement)
  const ended = element('chat-ended')
  const endedMessage = element('chat-ended-text')
  const endedNote = element('chat-ended-note')
  const endButton = typed('chat-end', HTMLButtonElement)
  const eraseButton = typed('chat-erase', HTMLButtonElement)
  const eraseConfirm = element('chat-erase-confirm')
  const eraseYes = typed('chat-erase-yes', HTMLButtonElement)
  const eraseNo = typed('chat-erase-no', HTMLButtonElement)
  const erased = element('chat-erased')
  const erasedText = element('chat-erased-text')

  let phase: Phase = chat.state.phase
  /** The visitor asked for a new chat: its start form gets the focus once it shows. */
  let focusStartForm = false

  function statusText(state: VisitorState): string {
    switch (state.phase) {
      case 'checking':
        return texts.checking
      case 'unreachable':
        return texts.statusFailed
      case 'ready':
        return state.waiting > 0
          ? `${texts.statusOpen} ${fill(texts.statusWaiting, { count: state.waiting })}`
          : texts.statusOpen
      case 'starting':
        return texts.connecting
      case 'resuming':
        return texts.resuming
      case 'queued':
        return state.position === null || state.position <= 1
          ? texts.queuedNext
          : fill(texts.queued, { position: state.position })
      case 'joined':
        return fill(texts.joined, { name: state.counsellor ?? texts.counsellor })
      default:
        return ''
    }
  }

  function describe(state: VisitorState) {
    return (line: Line): LineView => ({
      from: line.from,
      who: line.from === 'visitor' ? texts.you : (state.counsellor ?? texts.counsellor),
      at: line.at,
      clock: formatClock(line.at, language),
      seq: line.seq,
      state: line.state,
      stateText:
        line.state === 'pending' ? texts.sending : line.state === 'failed' ? texts.notSent : '',
      text: line.text,
      clientMsgId: line.clientMsgId,
      retry: line.state === 'failed' && isLive(state.phase) ? texts.retry : null,
    })
  }

  function render(state: VisitorState): void {
    const live = isLive(state.phase)
    setText(status, statusText(state))
    const connecting = live || state.phase === 'resuming' || state.phase === 'starting'
    setText(connection, connecting && state.connection === 'reconnecting' ? texts.reconnecting : '')
    setText(error, state.error === null ? '' : errorText(state.error, texts))

    show(closed, state.phase === 'closed')
    setText(
      closedText,
      state.nextOpening === null
        ? texts.statusNoCounsellor
        : fill(texts.statusOpens, { when: formatOpening(state.nextOpening, language) }),
    )
    show(startForm, state.phase === 'ready' || state.phase === 'starting')
    startButton.disabled = state.phase === 'starting'

    const wasAtEnd = atEnd()
    show(conversation, live || state.phase === 'ended')
    const added = log.render(lines(state.transcript), describe(state))
    setText(
      typing,
      state.phase === 'joined' && isTyping(state.counsellorTypingUntil, Date.now())
        ? fill(texts.typing, { name: state.counsellor ?? texts.counsellor })
        : '',
    )
    show(composer, live)
    show(ended, state.phase === 'ended')
    setText(endedMessage, endedText(state.endedBy, texts))
    setText(endedNote, texts.endedNote)
    show(endButton, live)
    show(eraseButton, (live || state.phase === 'ended') && eraseConfirm.hidden === true)
    if (!live && state.phase !== 'ended') show(eraseConfirm, false)
    show(erased, state.phase === 'erased')
    setText(erasedText, texts.erased)

    // New messages stay in view, unless the visitor has scrolled up to read.
    if (added && wasAtEnd && live) input.scrollIntoView({ block: 'nearest' })

    let target = focusTarget(phase, state.phase)
    if (focusStartForm && state.phase !== 'checking') {
      focusStartForm = false
      if (state.phase === 'ready') target = 'chat-topic'
    }
    phase = state.phase
    if (target !== null) document.getElementById(target)?.focus()
  }

  startForm.addEventListener('submit', (event) => {
    event.preventDefault()
    void chat.start(topic.value === '' ? null : topic.value)
  })

  composer.addEventListener('submit', (event) => {
    event.preventDefault()
    if (chat.send(input.value)) input.value = ''
    input.focus()
  })
  input.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter starts a new line; never in the middle of an IME composition.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault()
      composer.requestSubmit()
    }
  })
  input.addEventListener('input', () => {
    if (input.value !== '') chat.typed()
  })

  element('chat-log').addEventListener('click', (event) => {
    const target = event.target
    if (target instanceof HTMLButtonElement && target.dataset.clientMsgId !== undefined) {
      chat.retry(target.dataset.clientMsgId)
      input.focus()
    }
  })

  endButton.addEventListener('click', () => {
    chat.end()
  })
  eraseButton.addEventListener('click', () => {
    show(eraseConfirm, true)
    show(eraseButton, false)
    eraseNo.focus()
  })
  eraseNo.addEventListener('click', () => {
    show(eraseConfirm, false)
    show(eraseButton, true)
    eraseButton.focus()
  })
  eraseYes.addEventListener('click', () => {
    eraseYes.disabled = true
    void chat.erase().then((done) => {
      eraseYes.disabled = false
      if (done) show(eraseConfirm, false)
    })
  })

  for (const link of [element('chat-new'), element('chat-new-after-erase')]) {
    link.addEventListener('click', (event) => {
      event.preventDefault()
      focusStartForm = true
      void chat.newChat()
    })
  }

  chat.subscribe(render)
  render(chat.state)
  app.hidden = false
}
