import { describe, expect, it } from 'vitest'
import { FakeConnection } from './testDoubles'
import { lines } from './transcript'
import { applyFrame, INITIAL_STATE, VisitorChat, type ChatStatus } from './visitor'

const AT = '2030-01-15T13:00:00Z'

interface Setup {
  status?: ChatStatus
  token?: string | null
  erase?: () => Promise<void>
}

function visitor({ status, token = null, erase }: Setup = {}) {
  let stored = token
  let ids = 0
  let now = Date.parse(AT)
  const scheduled: { callback: () => void; ms: number; cancelled: boolean }[] = []
  const erased: string[] = []
  const made: FakeConnection[] = []
  const chat = new VisitorChat({
    language: 'sv',
    api: {
      status: () => Promise.resolve(status ?? { open: true, waiting: 0, nextOpening: null }),
      issueToken: () => Promise.resolve('fresh-token'),
      erase: (t) => {
        erased.push(t)
        return erase ? erase() : Promise.resolve()
      },
    },
    tokens: {
      get: () => stored,
      set: (t) => {
        stored = t
      },
      clear: () => {
        stored = null
      },
    },
    connect: (handlers) => {
      const connection = new FakeConnection(handlers)
      made.push(connection)
      return connection
    },
    now: () => now,
    newId: () => `m${++ids}`,
    schedule: (callback, ms) => {
      const entry = { callback, ms, cancelled: false }
      scheduled.push(entry)
      return () => {
        entry.cancelled = true
      }
    },
  })
  const socket = made[0]
  if (socket === undefined) throw new Error('the chat made no connection')
  return {
    chat,
    socket,
    token: () => stored,
    erased,
    scheduled,
    tick: (ms: number) => (now += ms),
  }
}

async function queued(setup: Setup = {}) {
  const v = visitor(setup)
  v.chat.init()
  await flush()
  await v.chat.start('health')
  v.socket.open()
  v.socket.frame({ type: 'queued', conversationId: 'c1', position: 2 })
  v.socket.take()
  return v
}

async function joined() {
  const v = await queued()
  v.socket.frame({ type: 'joined', counsellor: 'Kari' })
  return v
}

function flush() {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

describe('the visitor chat', () => {
  it('shows the start form when the chat is open', async () => {
    const { chat } = visitor({ status: { open: true, waiting: 3, nextOpening: null } })
    chat.init()
    expect(chat.state.phase).toBe('checking')
    await flush()
    expect(chat.state).toMatchObject({ phase: 'ready', waiting: 3 })
  })

  it('says when a closed chat opens, and asks again later', async () => {
    const next = '2030-01-16T09:00:00Z'
    const { chat, scheduled } = visitor({
      status: { open: false, waiting: 0, nextOpening: next },
    })
    chat.init()
    await flush()
    expect(chat.state).toMatchObject({ phase: 'closed', nextOpening: next })
    expect(scheduled.map((s) => s.ms)).toEqual([60_000])
  })

  it('gets a token, keeps it, and starts with language and topic', async () => {
    const { chat, socket, token } = visitor()
    chat.init()
    await flush()
    await chat.start('health')
    expect(token()).toBe('fresh-token')
    expect(chat.state.phase).toBe('starting')
    expect(socket.starts).toBe(1)
    socket.open()
    expect(socket.take()).toEqual([{ type: 'start', language: 'sv', topic: 'health' }])
    socket.frame({ type: 'queued', conversationId: 'c1', position: 2 })
    expect(chat.state).toMatchObject({ phase: 'queued', position: 2 })
  })

  it('leaves out a topic the visitor did not choose', async () => {
    const { chat, socket } = visitor()
    chat.init()
    await flush()
    await chat.start(null)
    socket.open()
    expect(socket.take()).toEqual([{ type: 'start', language: 'sv' }])
  })

  it('drops the token when the chat refuses to start because it is closed', async () => {
    const { chat, socket, token } = visitor()
    chat.init()
    await flush()
    await chat.start(null)
    socket.open()
    socket.frame({ type: 'closed', reason: 'no-counsellor', nextOpening: null })
    expect(chat.state.phase).toBe('closed')
    expect(token()).toBeNull()
    expect(socket.stops).toBe(1)
  })

  it('follows the queue and the counsellor joining', async () => {
    const { chat, socket } = await queued()
    socket.frame({ type: 'queued', conversationId: 'c1', position: 1 })
    expect(chat.state.position).toBe(1)
    socket.frame({ type: 'joined', counsellor: 'Kari' })
    expect(chat.state).toMatchObject({ phase: 'joined', counsellor: 'Kari', position: null })
  })

  it('shows an own message pending until the ack, and once when the server echoes it', async () => {
    const { chat, socket } = await joined()
    expect(chat.send('  Hei  ')).toBe(true)
    expect(socket.take()).toEqual([{ type: 'message', clientMsgId: 'm1', text: 'Hei' }])
    expect(lines(chat.state.transcript)).toMatchObject([{ state: 'pending', text: 'Hei' }])

    socket.frame({ type: 'ack', clientMsgId: 'm1', seq: 1 })
    socket.frame({ type: 'message', seq: 1, from: 'visitor', text: 'Hei', sentAt: AT })
    expect(lines(chat.state.transcript)).toMatchObject([{ state: 'delivered', seq: 1 }])
    expect(lines(chat.state.transcript)).toHaveLength(1)
  })

  it('sends nothing empty, and nothing before the chat has started', async () => {
    const { chat, socket } = await joined()
    expect(chat.send('   ')).toBe(false)
    expect(socket.take()).toEqual([])
    const idle = visitor()
    expect(idle.chat.send('Hei')).toBe(false)
  })

  it('lets the visitor write while queued', async () => {
    const { chat, socket } = await queued()
    chat.send('Er det noen der?')
    expect(socket.take()).toMatchObject([{ type: 'message', text: 'Er det noen der?' }])
  })

  it('sends typing at most every two seconds, and only with a counsellor there', async () => {
    const v = await queued()
    v.chat.typed()
    expect(v.socket.take()).toEqual([])
    v.socket.frame({ type: 'joined', counsellor: 'Kari' })
    v.chat.typed()
    v.tick(1_000)
    v.chat.typed()
    v.tick(1_000)
    v.chat.typed()
    expect(v.socket.take()).toEqual([{ type: 'typing' }, { type: 'typing' }])
  })

  it('sends no typing while a resume is under way', async () => {
    const v = await joined()
    v.socket.drop()
    v.socket.open()
    v.socket.take()
    v.chat.typed()
    expect(v.socket.take()).toEqual([])
    v.socket.frame({ type: 'joined', counsellor: 'Kari' })
    v.chat.typed()
    expect(v.socket.take()).toEqual([{ type: 'typing' }])
  })

  it('shows the counsellor typing until their message arrives', async () => {
    const { chat, socket } = await joined()
    socket.frame({ type: 'typing' })
    expect(chat.state.counsellorTypingUntil).toBeGreaterThan(Date.parse(AT))
    socket.frame({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei!', sentAt: AT })
    expect(chat.state.counsellorTypingUntil).toBe(0)
  })

  it('after a drop, resumes after the highest seq seen and sends unacked messages again with the same id', async () => {
    const { chat, socket } = await joined()
    socket.frame({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei', sentAt: AT })
    chat.send('første')
    socket.frame({ type: 'ack', clientMsgId: 'm1', seq: 2 })
    chat.send('andre')
    socket.take()

    socket.drop()
    expect(chat.state.connection).toBe('reconnecting')
    chat.send('skrevet uten nett')
    expect(socket.take()).toEqual([])

    socket.open()
    // Only message frames count: seq 2 came as an ack, so it is asked for again.
    expect(socket.take()).toEqual([{ type: 'resume', afterSeq: 1 }])
    socket.frame({ type: 'message', seq: 2, from: 'visitor', text: 'første', sentAt: AT })
    chat.send('mens resume pågår')
    expect(socket.take()).toEqual([])
    socket.frame({ type: 'joined', counsellor: 'Kari' })
    expect(socket.take()).toEqual([
      { type: 'message', clientMsgId: 'm2', text: 'andre' },
      { type: 'message', clientMsgId: 'm3', text: 'skrevet uten nett' },
      { type: 'message', clientMsgId: 'm4', text: 'mens resume pågår' },
    ])
    expect(lines(chat.state.transcript).map((l) => l.text)).toEqual([
      'Hei',
      'første',
      'andre',
      'skrevet uten nett',
      'mens resume pågår',
    ])
  })

  it('after a reload, asks for the whole history and shows it', () => {
    const { chat, socket } = visitor({ token: 'kept-token' })
    chat.init()
    expect(chat.state.phase).toBe('resuming')
    expect(socket.starts).toBe(1)
    socket.open()
    expect(socket.take()).toEqual([{ type: 'resume', afterSeq: 0 }])
    socket.frame({ type: 'message', seq: 1, from: 'visitor', text: 'Hei', sentAt: AT })
    socket.frame({ type: 'message', seq: 2, from: 'counsellor', text: 'Hei du', sentAt: AT })
    socket.frame({ type: 'joined', counsellor: 'Kari' })
    expect(chat.state).toMatchObject({ phase: 'joined', counsellor: 'Kari' })
    expect(lines(chat.state.transcript).map((l) => [l.seq, l.from])).toEqual([
      [1, 'visitor'],
      [2, 'counsellor'],
    ])
  })

  it('after a reload of a token without a conversation, checks the status instead', async () => {
    const { chat, socket, token } = visitor({ token: 'kept-token' })
    chat.init()
    socket.open()
    socket.frame({ type: 'error', code: 'no-conversation', message: 'none' })
    expect(socket.stops).toBe(1)
    await flush()
    expect(chat.state).toMatchObject({ phase: 'ready', error: null })
    expect(token()).toBe('kept-token')
  })

  it('follows the open conversation when start finds one (another tab)', async () => {
    const { chat, socket } = visitor({ token: 'kept-token' })
    chat.init()
    socket.open()
    socket.frame({ type: 'error', code: 'no-conversation', message: 'none' })
    await flush()
    await chat.start(null)
    socket.open()
    socket.take()
    socket.frame({ type: 'error', code: 'conversation-open', message: 'open' })
    expect(socket.take()).toEqual([{ type: 'resume', afterSeq: 0 }])
    expect(chat.state.error).toBeNull()
  })

  it('marks a message the server refused, and sends it again with the same id', async () => {
    const { chat, socket } = await joined()
    chat.send('Hei')
    socket.take()
    socket.frame({ type: 'error', code: 'unavailable', message: 'try again', ref: 'm1' })
    expect(chat.state.error).toBe('unavailable')
    expect(lines(chat.state.transcript)).toMatchObject([
      { state: 'failed', failure: 'unavailable' },
    ])
    chat.retry('m1')
    expect(socket.take()).toEqual([{ type: 'message', clientMsgId: 'm1', text: 'Hei' }])
    expect(chat.state.error).toBeNull()
  })

  it('shows errors without a message to pin them on', async () => {
    const { chat, socket } = await joined()
    socket.frame({ type: 'error', code: 'rate-limited', message: 'slow down' })
    expect(chat.state.error).toBe('rate-limited')
  })

  it('ends the chat and stops following it', async () => {
    const { chat, socket, token } = await joined()
    chat.end()
    expect(socket.take()).toEqual([{ type: 'end' }])
    chat.send('for sent')
    socket.frame({ type: 'ended', by: 'visitor' })
    expect(chat.state).toMatchObject({ phase: 'ended', endedBy: 'visitor' })
    expect(chat.state.transcript.pending.map((p) => p.failure)).toEqual(['ended'])
    expect(socket.stops).toBe(1)
    // The token stays, so that the visitor can still erase the conversation.
    expect(token()).toBe('fresh-token')
  })

  it('says it cannot end the chat while the connection is down', async () => {
    const { chat, socket } = await joined()
    socket.drop()
    chat.end()
    expect(chat.state.error).toBe('offline')
  })

  it('erases with the token, then forgets the token and the conversation', async () => {
    const { chat, socket, token, erased } = await joined()
    socket.frame({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei', sentAt: AT })
    expect(await chat.erase()).toBe(true)
    expect(erased).toEqual(['fresh-token'])
    expect(token()).toBeNull()
    expect(socket.stops).toBe(1)
    expect(chat.state.phase).toBe('erased')
    expect(lines(chat.state.transcript)).toEqual([])
  })

  it('keeps everything when erasing fails, and says so', async () => {
    const { chat, token } = visitor({
      token: 'kept-token',
      erase: () => Promise.reject(new Error('down')),
    })
    expect(await chat.erase()).toBe(false)
    expect(token()).toBe('kept-token')
    expect(chat.state.error).toBe('erase-failed')
  })

  it('forgets everything when the conversation was erased elsewhere', async () => {
    const { chat, socket, token } = await joined()
    socket.frame({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei', sentAt: AT })
    socket.frame({ type: 'ended', by: 'erased' })
    expect(chat.state.phase).toBe('erased')
    expect(lines(chat.state.transcript)).toEqual([])
    expect(token()).toBeNull()
  })

  it('starts a new chat with a new token', async () => {
    const { chat, socket, token } = await joined()
    socket.frame({ type: 'ended', by: 'counsellor' })
    await chat.newChat()
    expect(token()).toBeNull()
    expect(chat.state).toMatchObject({ phase: 'ready', endedBy: null, counsellor: null })
    expect(lines(chat.state.transcript)).toEqual([])
  })
})

describe('applyFrame', () => {
  it('does not go back to the queue once ended', () => {
    const ended = { ...INITIAL_STATE, phase: 'ended' as const }
    expect(applyFrame(ended, { type: 'queued', conversationId: 'c', position: 1 }, 0)).toBe(ended)
  })

  it('ignores typing when no counsellor has joined', () => {
    const waiting = { ...INITIAL_STATE, phase: 'queued' as const }
    expect(applyFrame(waiting, { type: 'typing' }, 0)).toBe(waiting)
  })
})
