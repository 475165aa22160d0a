import { describe, expect, it } from 'vitest'
import { ConsoleChat, consoleReducer, expireTyping, INITIAL_CONSOLE_STATE } from './console'
import { FakeConnection } from './testDoubles'
import { lines } from './transcript'

const AT = '2030-01-15T13:00:00Z'
const C1 = '11111111-1111-1111-1111-111111111111'
const C2 = '22222222-2222-2222-2222-222222222222'

function claimed(conversationId: string, lastSeq = 0) {
  return {
    type: 'claimed',
    conversationId,
    language: 'nb',
    topic: 'health',
    startedAt: AT,
    lastSeq,
  }
}

function consoleChat() {
  let ids = 0
  let now = Date.parse(AT)
  const made: FakeConnection[] = []
  const scheduled: (() => void)[] = []
  const chat = new ConsoleChat({
    connect: (handlers) => {
      const connection = new FakeConnection(handlers)
      made.push(connection)
      return connection
    },
    now: () => now,
    newId: () => `m${++ids}`,
    schedule: (callback) => {
      scheduled.push(callback)
    },
  })
  const socket = made[0]
  if (socket === undefined) throw new Error('no connection was made')
  let notified = 0
  chat.subscribe(() => (notified += 1))
  return {
    chat,
    socket,
    notified: () => notified,
    tick: (ms: number) => (now += ms),
    runScheduled: () => {
      for (const callback of scheduled.splice(0)) callback()
    },
  }
}

function withConversation() {
  const setup = consoleChat()
  setup.chat.start()
  setup.socket.open()
  setup.socket.frame(claimed(C1))
  setup.socket.take()
  return setup
}

describe('the console chat', () => {
  it('tells a fresh socket the chosen presence, also after a reconnect', () => {
    const { chat, socket } = consoleChat()
    chat.start()
    socket.open()
    expect(socket.take()).toEqual([])
    chat.setPresence('available')
    expect(socket.take()).toEqual([{ type: 'presence', status: 'available' }])
    socket.drop()
    socket.open()
    expect(socket.take()).toEqual([{ type: 'presence', status: 'available' }])
    chat.setPresence('away')
    expect(chat.getSnapshot().presence).toBe('away')
  })

  it('shows the queue and claims from it', () => {
    const { chat, socket } = consoleChat()
    chat.start()
    socket.open()
    socket.frame({
      type: 'queue',
      waiting: [{ conversationId: C1, language: 'sv', topic: null, waitingSince: AT }],
      total: 1,
    })
    expect(chat.getSnapshot().queue).toEqual([
      { conversationId: C1, language: 'sv', topic: null, waitingSince: AT },
    ])
    expect(chat.claim(C1)).toBe(true)
    expect(socket.take()).toEqual([{ type: 'claim', conversationId: C1 }])
  })

  it('opens a tab per claimed conversation and resumes it from the highest seq held', () => {
    const { chat, socket } = consoleChat()
    chat.start()
    socket.open()
    socket.frame(claimed(C1, 3))
    socket.frame(claimed(C2))
    expect(chat.getSnapshot().conversations.map((c) => c.id)).toEqual([C1, C2])
    expect(socket.take()).toEqual([
      { type: 'resume', conversationId: C1, afterSeq: 0 },
      { type: 'resume', conversationId: C2, afterSeq: 0 },
    ])
    socket.frame({
      type: 'message',
      conversationId: C1,
      seq: 1,
      from: 'visitor',
      text: 'Hei',
      sentAt: AT,
    })
    socket.drop()
    socket.open()
    socket.frame(claimed(C1, 1))
    expect(socket.take()).toEqual([{ type: 'resume', conversationId: C1, afterSeq: 1 }])
    expect(chat.getSnapshot().conversations).toHaveLength(2)
  })

  it('keeps each conversation’s messages apart, deduplicated by seq, own ones pending until the ack', () => {
    const { chat, socket } = withConversation()
    socket.frame(claimed(C2))
    socket.take()
    expect(chat.send(C1, 'Hei, jeg heter Kari.')).toBe(true)
    expect(socket.take()).toEqual([
      { type: 'message', conversationId: C1, clientMsgId: 'm1', text: 'Hei, jeg heter Kari.' },
    ])
    const first = () => chat.getSnapshot().conversations[0]?.transcript
    expect(lines(first() ?? { delivered: [], pending: [], lastSeq: 0 })).toMatchObject([
      { state: 'pending' },
    ])
    socket.frame({ type: 'ack', conversationId: C1, clientMsgId: 'm1', seq: 1 })
    socket.frame({
      type: 'message',
      conversationId: C1,
      seq: 1,
      from: 'counsellor',
      text: 'Hei, jeg heter Kari.',
      sentAt: AT,
    })
    socket.frame({
      type: 'message',
      conversationId: C2,
      seq: 1,
      from: 'visitor',
      text: 'Annen samtale',
      sentAt: AT,
    })
    const [one, two] = chat.getSnapshot().conversations
    expect(one?.transcript.delivered.map((m) => m.text)).toEqual(['Hei, jeg heter Kari.'])
    expect(one?.transcript.pending).toEqual([])
    expect(two?.transcript.delivered.map((m) => m.text)).toEqual(['Annen samtale'])
  })

  it('sends unacknowledged messages again with the same id when the conversation is claimed again', () => {
    const { chat, socket } = withConversation()
    socket.drop()
    chat.send(C1, 'skrevet uten nett')
    expect(socket.take()).toEqual([])
    socket.open()
    socket.frame(claimed(C1))
    expect(socket.take()).toEqual([
      { type: 'resume', conversationId: C1, afterSeq: 0 },
      { type: 'message', conversationId: C1, clientMsgId: 'm1', text: 'skrevet uten nett' },
    ])
  })

  it('sends typing at most every two seconds per conversation', () => {
    const { chat, socket, tick } = withConversation()
    chat.typed(C1)
    chat.typed(C1)
    tick(2_000)
    chat.typed(C1)
    expect(socket.take()).toEqual([
      { type: 'typing', conversationId: C1 },
      { type: 'typing', conversationId: C1 },
    ])
  })

  it('shows the visitor typing until their message arrives', () => {
    const { chat, socket } = withConversation()
    socket.frame({ type: 'typing', conversationId: C1 })
    expect(chat.getSnapshot().conversations[0]?.visitorTyping).toBe(true)
    socket.frame({
      type: 'message',
      conversationId: C1,
      seq: 1,
      from: 'visitor',
      text: 'Hei',
      sentAt: AT,
    })
    expect(chat.getSnapshot().conversations[0]?.visitorTyping).toBe(false)
  })

  it('stops showing the visitor typing a few seconds after the last signal', () => {
    const { chat, socket, tick, runScheduled } = withConversation()
    socket.frame({ type: 'typing', conversationId: C1 })
    tick(5_100)
    runScheduled()
    expect(chat.getSnapshot().conversations[0]?.visitorTyping).toBe(false)
  })

  it('marks a refused message in its conversation and shows the error', () => {
    const { chat, socket } = withConversation()
    chat.send(C1, 'Hei')
    socket.frame({ type: 'error', code: 'unavailable', message: 'again', ref: 'm1' })
    const state = chat.getSnapshot()
    expect(state.error).toEqual({ code: 'unavailable', ref: 'm1', serial: 1 })
    expect(state.conversations[0]?.transcript.pending[0]?.failure).toBe('unavailable')
    socket.take()
    chat.retry(C1, 'm1')
    expect(socket.take()).toEqual([
      { type: 'message', conversationId: C1, clientMsgId: 'm1', text: 'Hei' },
    ])
  })

  it('counts errors, so that the same error twice is shown twice', () => {
    const { chat, socket } = withConversation()
    socket.frame({ type: 'error', code: 'already-claimed', message: 'x', ref: C2 })
    socket.frame({ type: 'error', code: 'already-claimed', message: 'x', ref: C2 })
    expect(chat.getSnapshot().error?.serial).toBe(2)
  })

  it('ends, transfers and closes tabs', () => {
    const { chat, socket } = withConversation()
    socket.frame(claimed(C2))
    socket.take()
    expect(chat.end(C1)).toBe(true)
    expect(chat.transfer(C2, 'staff-2')).toBe(true)
    expect(socket.take()).toEqual([
      { type: 'end', conversationId: C1 },
      { type: 'transfer', conversationId: C2, toStaffId: 'staff-2' },
    ])
    socket.frame({ type: 'ended', conversationId: C1, by: 'counsellor' })
    socket.frame({ type: 'transferred', conversationId: C2, to: 'Ola' })
    const [ended, transferred] = chat.getSnapshot().conversations
    expect(ended).toMatchObject({ status: 'ended', endedBy: 'counsellor' })
    expect(transferred).toMatchObject({ status: 'transferred', transferredTo: 'Ola' })
    expect(chat.send(C1, 'for sent')).toBe(false)

    chat.dismiss(C1)
    chat.dismiss(C2)
    expect(chat.getSnapshot().conversations).toEqual([])
  })

  it('clears the messages of a conversation the visitor erased', () => {
    const { chat, socket } = withConversation()
    socket.frame({
      type: 'message',
      conversationId: C1,
      seq: 1,
      from: 'visitor',
      text: 'Hei',
      sentAt: AT,
    })
    socket.frame({ type: 'ended', conversationId: C1, by: 'erased' })
    const [erased] = chat.getSnapshot().conversations
    expect(erased).toMatchObject({ status: 'ended', endedBy: 'erased' })
    expect(erased?.transcript.delivered).toEqual([])
  })

  it('does not close the tab of a conversation still going on', () => {
    const { chat } = withConversation()
    chat.dismiss(C1)
    expect(chat.getSnapshot().conversations).toHaveLength(1)
  })

  it('brings a tab back to life when the conversation is transferred back', () => {
    const { chat, socket } = withConversation()
    socket.frame({ type: 'transferred', conversationId: C1, to: 'Ola' })
    socket.frame(claimed(C1))
    expect(chat.getSnapshot().conversations[0]?.status).toBe('active')
  })

  it('ignores frames for conversations it does not hold, and changes nothing for them', () => {
    const { chat, socket, notified } = withConversation()
    const before = chat.getSnapshot()
    const count = notified()
    socket.frame({ type: 'typing', conversationId: C2 })
    socket.frame({ type: 'ack', conversationId: C1, clientMsgId: 'nobody', seq: 9 })
    expect(chat.getSnapshot()).toBe(before)
    expect(notified()).toBe(count)
  })
})

describe('consoleReducer', () => {
  it('replaces the queue on every queue frame', () => {
    const state = consoleReducer(
      INITIAL_CONSOLE_STATE,
      { type: 'queue', waiting: [], total: 60 },
      0,
    )
    expect(state).toMatchObject({ queue: [], queueTotal: 60 })
  })

  it('leaves the state alone when no typing indicator has lapsed', () => {
    expect(expireTyping(INITIAL_CONSOLE_STATE, 0)).toBe(INITIAL_CONSOLE_STATE)
  })
})
