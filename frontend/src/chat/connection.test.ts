import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  ChatConnection,
  MAX_BACKOFF_MS,
  subprotocols,
  wsUrl,
  type ConnectionState,
  type SocketHandlers,
  type Timers,
} from './connection'

class FakeSockets {
  readonly opened: { url: string; protocols: string[]; on: SocketHandlers; closed: boolean }[] = []
  readonly sent: string[] = []

  readonly factory = (url: string, protocols: string[], on: SocketHandlers) => {
    const socket = { url, protocols, on, closed: false }
    this.opened.push(socket)
    return {
      send: (data: string) => {
        this.sent.push(data)
      },
      close: () => {
        socket.closed = true
      },
    }
  }

  get last() {
    const socket = this.opened.at(-1)
    if (socket === undefined) throw new Error('no socket was opened')
    return socket
  }
}

class FakeTimers implements Timers {
  readonly pending = new Map<number, { callback: () => void; ms: number }>()
  private next = 1

  setTimeout = (callback: () => void, ms: number) => {
    const handle = this.next++
    this.pending.set(handle, { callback, ms })
    return handle
  }

  clearTimeout = (handle: unknown) => {
    this.pending.delete(handle as number)
  }

  /** Runs the one pending timer and returns its delay. */
  fire(): number {
    const [handle, timer] = [...this.pending.entries()][0] ?? []
    if (handle === undefined || timer === undefined) throw new Error('no timer is pending')
    this.pending.delete(handle)
    timer.callback()
    return timer.ms
  }
}

function connection(token: string | null = 'jwt') {
  const sockets = new FakeSockets()
  const timers = new FakeTimers()
  const states: ConnectionState[] = []
  const frames: string[] = []
  let opens = 0
  const chat = new ChatConnection({
    url: 'ws://example/ws/chat',
    token: () => token,
    onOpen: () => {
      opens += 1
    },
    onFrame: (data) => frames.push(data),
    onState: (state) => states.push(state),
    sockets: sockets.factory,
    timers,
    random: () => 1,
  })
  return { chat, sockets, timers, states, frames, opens: () => opens }
}

describe('the chat connection', () => {
  it('carries the token in the subprotocols, never in the URL', () => {
    const { chat, sockets } = connection('a.b.c')
    chat.start()
    expect(sockets.last.url).toBe('ws://example/ws/chat')
    expect(sockets.last.protocols).toEqual([
      'bearer-token-carrier',
      'quarkus-http-upgrade%23Authorization%23Bearer%20a.b.c',
    ])
    expect(subprotocols('x')[1]).not.toContain(' ')
  })

  it('builds ws: and wss: URLs on the page’s own origin', () => {
    expect(wsUrl('/ws/chat', { protocol: 'https:', host: 'samtale.no' })).toBe(
      'wss://samtale.no/ws/chat',
    )
    expect(wsUrl('/ws/chat', { protocol: 'http:', host: 'localhost:8081' })).toBe(
      'ws://localhost:8081/ws/chat',
    )
  })

  it('opens nothing without a token', () => {
    const { chat, sockets } = connection(null)
    chat.start()
    expect(sockets.opened).toHaveLength(0)
    expect(chat.state).toBe('stopped')
  })

  it('sends only while open', () => {
    const { chat, sockets } = connection()
    chat.start()
    expect(chat.send({ type: 'typing' })).toBe(false)
    sockets.last.on.open()
    expect(chat.send({ type: 'typing' })).toBe(true)
    expect(sockets.sent).toEqual(['{"type":"typing"}'])
  })

  it('reconnects after a drop with a growing delay, and calls onOpen again', () => {
    const { chat, sockets, timers, states, opens } = connection()
    chat.start()
    sockets.last.on.open()
    sockets.last.on.close()
    expect(chat.state).toBe('reconnecting')
    expect(timers.fire()).toBe(1_000)
    expect(sockets.opened).toHaveLength(2)
    sockets.last.on.close()
    expect(timers.fire()).toBe(2_000)
    sockets.last.on.close()
    expect(timers.fire()).toBe(4_000)
    sockets.last.on.open()
    expect(opens()).toBe(2)
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open'])
  })

  it('starts the backoff afresh once a frame has arrived', () => {
    const { chat, sockets, timers, frames } = connection()
    chat.start()
    sockets.last.on.close()
    timers.fire()
    sockets.last.on.open()
    sockets.last.on.message('{"type":"queued"}')
    sockets.last.on.close()
    expect(timers.fire()).toBe(1_000)
    expect(frames).toEqual(['{"type":"queued"}'])
  })

  it('does not reconnect after stop, and ignores the old socket’s events', () => {
    const { chat, sockets, timers, frames } = connection()
    chat.start()
    const first = sockets.last
    first.on.open()
    chat.stop()
    expect(first.closed).toBe(true)
    first.on.message('late')
    first.on.close()
    expect(timers.pending.size).toBe(0)
    expect(frames).toEqual([])
    expect(chat.state).toBe('stopped')
  })

  it('tries at once when asked while waiting to reconnect', () => {
    const { chat, sockets, timers } = connection()
    chat.start()
    sockets.last.on.close()
    chat.retryNow()
    expect(timers.pending.size).toBe(0)
    expect(sockets.opened).toHaveLength(2)
    chat.retryNow()
    expect(sockets.opened).toHaveLength(2)
  })
})

describe('backoffDelay', () => {
  it('doubles up to 30 seconds, and jitters down to half', () => {
    expect(backoffDelay(0, () => 1)).toBe(1_000)
    expect(backoffDelay(3, () => 1)).toBe(8_000)
    expect(backoffDelay(10, () => 1)).toBe(MAX_BACKOFF_MS)
    expect(backoffDelay(1000, () => 1)).toBe(MAX_BACKOFF_MS)
    expect(backoffDelay(3, () => 0)).toBe(4_000)
  })
})
