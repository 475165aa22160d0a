// A chat WebSocket that comes back by itself. The token travels only in the handshake, as the
// subprotocol Quarkus WebSockets Next reads the Authorization header from (docs/chat.md), never
// in the URL. When the socket drops, it reconnects with a growing, jittered delay until stopped.

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'stopped'

/** What a chat needs of its connection (ChatConnection, or a test double). */
export interface Connection {
  start: () => void
  stop: () => void
  send: (frame: object) => boolean
  readonly isOpen: boolean
}

export interface ConnectionHandlers {
  onOpen: () => void
  onFrame: (data: string) => void
  onState: (state: ConnectionState) => void
}

export interface SocketHandlers {
  open: () => void
  message: (data: string) => void
  close: () => void
}

/** What the connection needs of a socket; a browser WebSocket or a test double. */
export interface SocketLike {
  send: (data: string) => void
  close: (code?: number, reason?: string) => void
}

export type SocketFactory = (url: string, protocols: string[], on: SocketHandlers) => SocketLike

export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/** The two subprotocols that carry a bearer token through a browser's WebSocket handshake. */
export function subprotocols(token: string): string[] {
  return [
    'bearer-token-carrier',
    encodeURIComponent(`quarkus-http-upgrade#Authorization#Bearer ${token}`),
  ]
}

/** The ws: or wss: URL of a path on this page's own origin. */
export function wsUrl(path: string, location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`
}

export const MAX_BACKOFF_MS = 30_000

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): 1 s, 2 s, 4 s … up to
 * 30 s, each between half and all of that, so that many clients that lost the same server do not
 * all come back in the same instant.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempt, 15))
  return Math.round(ceiling * (0.5 + random() / 2))
}

export const browserSockets: SocketFactory = (url, protocols, on) => {
  const socket = new WebSocket(url, protocols)
  socket.onopen = () => {
    on.open()
  }
  socket.onmessage = (event: MessageEvent) => {
    if (typeof event.data === 'string') on.message(event.data)
  }
  socket.onclose = () => {
    on.close()
  }
  return socket
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    window.clearTimeout(handle as number)
  },
}

export interface ConnectionOptions extends ConnectionHandlers {
  url: string
  /** The token for the next handshake; null means there is none and nothing is opened. */
  token: () => string | null
  sockets?: SocketFactory
  timers?: Timers
  random?: () => number
}

export class ChatConnection implements Connection {
  private readonly options: ConnectionOptions
  private readonly sockets: SocketFactory
  private readonly timers: Timers
  private socket: SocketLike | null = null
  private retryTimer: unknown = null
  /** Reconnect attempts since a socket last received a frame. */
  private failures = 0
  private current: ConnectionState = 'idle'

  constructor(options: ConnectionOptions) {
    this.options = options
    this.sockets = options.sockets ?? browserSockets
    this.timers = options.timers ?? browserTimers
  }

  get state(): ConnectionState {
    return this.current
  }

  get isOpen(): boolean {
    return this.current === 'open'
  }

  /** Opens the socket (again, after stop()). Does nothing while one is open or opening. */
  start(): void {
    if (this.current === 'open' || this.current === 'connecting') return
    this.cancelRetry()
    this.failures = 0
    this.open()
  }

  /** Sends a frame if the socket is open; false when it is not (the caller keeps the frame). */
  send(frame: object): boolean {
    if (this.socket === null || this.current !== 'open') return false
    this.socket.send(JSON.stringify(frame))
    return true
  }

  /** Closes on purpose: no reconnect until start() is called again. */
  stop(): void {
    this.cancelRetry()
    const socket = this.socket
    this.socket = null
    this.setState('stopped')
    socket?.close(1000, 'done')
  }

  /** While waiting to reconnect (e.g. the network is back): try now instead of at the timer. */
  retryNow(): void {
    if (this.retryTimer === null) return
    this.cancelRetry()
    this.open()
  }

  private open(): void {
    const token = this.options.token()
    if (token === null) {
      this.setState('stopped')
      return
    }
    this.setState(this.failures === 0 ? 'connecting' : 'reconnecting')
    // The handlers of a replaced socket must not touch this connection any more.
    let socket: SocketLike | null = null
    const isCurrent = () => socket !== null && this.socket === socket
    socket = this.sockets(this.options.url, subprotocols(token), {
      open: () => {
        if (!isCurrent()) return
        this.setState('open')
        this.options.onOpen()
      },
      message: (data) => {
        if (!isCurrent()) return
        // A frame proves the server took the handshake and is alive: start the backoff afresh.
        this.failures = 0
        this.options.onFrame(data)
      },
      close: () => {
        if (!isCurrent()) return
        this.socket = null
        this.scheduleRetry()
      },
    })
    this.socket = socket
  }

  private scheduleRetry(): void {
    const delay = backoffDelay(this.failures, this.options.random)
    this.failures += 1
    this.setState('reconnecting')
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null
      this.open()
    }, delay)
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) {
      this.timers.clearTimeout(this.retryTimer)
      this.retryTimer = null
    }
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return
    this.current = state
    this.options.onState(state)
  }
}
