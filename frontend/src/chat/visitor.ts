// The visitor's side of a chat: what the page shows (VisitorState, changed only by the pure
// `applyFrame` and the controller below) and what it sends. The controller knows nothing of the
// DOM; the page subscribes to it.

import type { Connection, ConnectionHandlers, ConnectionState } from './connection'
import { decode, visitorFrame, type VisitorFrame } from './protocol'
import {
  acknowledge,
  EMPTY_TRANSCRIPT,
  receive,
  refuse,
  refuseAll,
  retry,
  unacknowledged,
  write,
  type Transcript,
} from './transcript'
import { TYPING_SHOWN_MS, TypingThrottle, typingUntil } from './typing'

export type Language = 'nb' | 'sv' | 'en'

export type Phase =
  /** Asking whether the chat is open. */
  | 'checking'
  /** The status could not be fetched. */
  | 'unreachable'
  /** Outside opening hours or nobody available: no chat now. */
  | 'closed'
  /** Open: the start form. */
  | 'ready'
  /** Getting a token, connecting, `start` sent. */
  | 'starting'
  /** After a reload with a token: `resume {afterSeq: 0}` sent. */
  | 'resuming'
  | 'queued'
  | 'joined'
  | 'ended'
  /** The visitor erased the conversation: nothing of it is left, here or on the server. */
  | 'erased'

export interface VisitorState {
  phase: Phase
  /** From the status: how many wait in the queue now. */
  waiting: number
  /** When the chat opens next (ISO-8601), when it is closed and that is known. */
  nextOpening: string | null
  position: number | null
  /** The counsellor's display name once one has joined. */
  counsellor: string | null
  endedBy: string | null
  connection: ConnectionState
  transcript: Transcript
  /** Epoch ms until which "… is typing" shows. */
  counsellorTypingUntil: number
  /** An error code to tell the visitor about (a protocol code, or one of this page's own). */
  error: string | null
}

/** Error codes of this page, beside the protocol's. */
export const PAGE_ERRORS = {
  erase: 'erase-failed',
  token: 'token-failed',
  offline: 'offline',
} as const

export const INITIAL_STATE: VisitorState = {
  phase: 'checking',
  waiting: 0,
  nextOpening: null,
  position: null,
  counsellor: null,
  endedBy: null,
  connection: 'idle',
  transcript: EMPTY_TRANSCRIPT,
  counsellorTypingUntil: 0,
  error: null,
}

/** Whether the conversation is going on (the composer is open). */
export function isLive(phase: Phase): boolean {
  return phase === 'queued' || phase === 'joined'
}

/** A server frame's effect on what the visitor sees. */
export function applyFrame(state: VisitorState, frame: VisitorFrame, now: number): VisitorState {
  switch (frame.type) {
    case 'queued':
      if (state.phase === 'ended' || state.phase === 'erased') return state
      return { ...state, phase: 'queued', position: frame.position }
    case 'closed':
      return { ...state, phase: 'closed', nextOpening: frame.nextOpening, position: null }
    case 'joined':
      return { ...state, phase: 'joined', counsellor: frame.counsellor, position: null }
    case 'message':
      return {
        ...state,
        transcript: receive(state.transcript, frame),
        counsellorTypingUntil: frame.from === 'counsellor' ? 0 : state.counsellorTypingUntil,
      }
    case 'ack':
      return { ...state, transcript: acknowledge(state.transcript, frame.clientMsgId, frame.seq) }
    case 'typing':
      return state.phase === 'joined'
        ? { ...state, counsellorTypingUntil: typingUntil(now) }
        : state
    case 'ended':
      if (frame.by === 'erased') return erasedState(state)
      return {
        ...state,
        phase: 'ended',
        endedBy: frame.by,
        position: null,
        counsellorTypingUntil: 0,
        transcript: refuseAll(state.transcript, 'ended'),
      }
    case 'error': {
      const transcript =
        frame.ref === null ? state.transcript : refuse(state.transcript, frame.ref, frame.code)
      return { ...state, transcript, error: frame.code }
    }
  }
}

function erasedState(state: VisitorState): VisitorState {
  return { ...INITIAL_STATE, phase: 'erased', connection: state.connection }
}

export interface ChatStatus {
  open: boolean
  waiting: number
  nextOpening: string | null
}

export interface ChatApi {
  status: () => Promise<ChatStatus>
  /** A fresh visitor token. */
  issueToken: () => Promise<string>
  /** Erases every conversation of the token on the server. */
  erase: (token: string) => Promise<void>
}

/** Where the token lives: sessionStorage, so it dies with the tab. */
export interface TokenStore {
  get: () => string | null
  set: (token: string) => void
  clear: () => void
}

export interface VisitorDeps {
  language: Language
  api: ChatApi
  tokens: TokenStore
  connect: (handlers: ConnectionHandlers) => Connection
  now: () => number
  newId: () => string
  /** Runs `callback` after `ms`; returns a function that cancels it. */
  schedule: (callback: () => void, ms: number) => () => void
}

/** How often a closed chat asks again whether it has opened. */
export const STATUS_RECHECK_MS = 60_000

export class VisitorChat {
  private current: VisitorState = INITIAL_STATE
  private readonly listeners = new Set<(state: VisitorState) => void>()
  private readonly deps: VisitorDeps
  private readonly connection: Connection
  private readonly typing: TypingThrottle
  /** `resume` was sent and its closing state frame (queued, joined or ended) has not come yet. */
  private awaitingResume = false
  private topic: string | null = null
  private cancelRecheck: (() => void) | null = null

  constructor(deps: VisitorDeps) {
    this.deps = deps
    this.typing = new TypingThrottle(deps.now)
    this.connection = deps.connect({
      onOpen: () => {
        this.opened()
      },
      onFrame: (data) => {
        this.received(data)
      },
      onState: (connection) => {
        this.update({ ...this.current, connection })
      },
    })
  }

  get state(): VisitorState {
    return this.current
  }

  subscribe(listener: (state: VisitorState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** On page load: pick up the conversation of a token this tab holds, or see if chat is open. */
  init(): void {
    if (this.deps.tokens.get() !== null) {
      this.update({ ...this.current, phase: 'resuming' })
      this.connection.start()
    } else {
      void this.checkStatus()
    }
  }

  async checkStatus(): Promise<void> {
    this.cancelRecheck?.()
    this.cancelRecheck = null
    this.update({ ...this.current, phase: 'checking' })
    let status: ChatStatus
    try {
      status = await this.deps.api.status()
    } catch {
      if (this.current.phase === 'checking') this.update({ ...this.current, phase: 'unreachable' })
      return
    }
    if (this.current.phase !== 'checking') return
    this.update({
      ...this.current,
      phase: status.open ? 'ready' : 'closed',
      waiting: status.waiting,
      nextOpening: status.nextOpening,
    })
    if (!status.open) {
      this.cancelRecheck = this.deps.schedule(() => {
        if (this.current.phase === 'closed') void this.checkStatus()
      }, STATUS_RECHECK_MS)
    }
  }

  /** Joins the queue, with a topic slug or none. */
  async start(topic: string | null): Promise<void> {
    if (this.current.phase !== 'ready') return
    this.topic = topic
    this.update({ ...this.current, phase: 'starting', error: null })
    if (this.deps.tokens.get() === null) {
      try {
        this.deps.tokens.set(await this.deps.api.issueToken())
      } catch {
        this.update({ ...this.current, phase: 'ready', error: PAGE_ERRORS.token })
        return
      }
    }
    this.connection.start()
  }

  /** Writes a message; it goes out now if it can, else after the next reconnect. */
  send(text: string): boolean {
    const body = text.trim()
    if (body === '' || !isLive(this.current.phase)) return false
    const clientMsgId = this.deps.newId()
    this.update({
      ...this.current,
      error: null,
      transcript: write(this.current.transcript, {
        clientMsgId,
        from: 'visitor',
        text: body,
        writtenAt: new Date(this.deps.now()).toISOString(),
      }),
    })
    this.typing.reset()
    if (!this.awaitingResume) {
      this.connection.send({ type: 'message', clientMsgId, text: body })
    }
    return true
  }

  /** Sends a refused message again, with the same clientMsgId. */
  retry(clientMsgId: string): void {
    if (!isLive(this.current.phase)) return
    const own = this.current.transcript.pending.find((p) => p.clientMsgId === clientMsgId)
    if (own === undefined) return
    this.update({
      ...this.current,
      error: null,
      transcript: retry(this.current.transcript, clientMsgId),
    })
    if (!this.awaitingResume) {
      this.connection.send({ type: 'message', clientMsgId, text: own.text })
    }
  }

  /** A keystroke in the composer. */
  typed(): void {
    // Not while a resume is under way: the new socket follows no conversation yet.
    if (this.current.phase === 'joined' && !this.awaitingResume && this.typing.shouldSend()) {
      this.connection.send({ type: 'typing' })
    }
  }

  end(): void {
    if (!isLive(this.current.phase)) return
    if (!this.connection.send({ type: 'end' })) {
      this.update({ ...this.current, error: PAGE_ERRORS.offline })
    }
  }

  /** Erases the conversation on the server, then forgets the token and everything shown. */
  async erase(): Promise<boolean> {
    const token = this.deps.tokens.get()
    if (token !== null) {
      try {
        await this.deps.api.erase(token)
      } catch {
        this.update({ ...this.current, error: PAGE_ERRORS.erase })
        return false
      }
    }
    this.forget()
    this.update(erasedState(this.current))
    return true
  }

  /** A new chat gets a new token, so nothing links it to the one before. */
  async newChat(): Promise<void> {
    this.forget()
    this.current = { ...INITIAL_STATE, connection: this.current.connection }
    await this.checkStatus()
  }

  private forget(): void {
    this.connection.stop()
    this.deps.tokens.clear()
    this.awaitingResume = false
  }

  private opened(): void {
    const phase = this.current.phase
    if (phase === 'starting') {
      const frame: { type: 'start'; language: Language; topic?: string } = {
        type: 'start',
        language: this.deps.language,
      }
      if (this.topic !== null) frame.topic = this.topic
      this.connection.send(frame)
    } else if (phase === 'resuming' || isLive(phase)) {
      this.resume()
    } else {
      // Nothing to follow (ended, erased or never started): this socket is not needed.
      this.connection.stop()
    }
  }

  private resume(): void {
    this.awaitingResume = true
    this.connection.send({ type: 'resume', afterSeq: this.current.transcript.lastSeq })
  }

  private received(data: string): void {
    const frame = visitorFrame(decode(data))
    if (frame === null) return
    const before = this.current
    this.update(applyFrame(before, frame, this.deps.now()))

    switch (frame.type) {
      case 'queued':
      case 'joined':
        if (this.awaitingResume || before.phase === 'starting') {
          this.awaitingResume = false
          this.flush()
        }
        break
      case 'ended':
        this.awaitingResume = false
        this.connection.stop()
        if (frame.by === 'erased') this.deps.tokens.clear()
        break
      case 'closed':
        // The token opened nothing: drop it, and ask again later whether the chat has opened.
        this.forget()
        this.cancelRecheck = this.deps.schedule(() => {
          if (this.current.phase === 'closed') void this.checkStatus()
        }, STATUS_RECHECK_MS)
        break
      case 'typing':
        // Re-render when the indicator is due to disappear.
        this.deps.schedule(() => {
          this.update({ ...this.current })
        }, TYPING_SHOWN_MS + 50)
        break
      case 'error':
        this.handleError(frame.code, before)
        break
      default:
        break
    }
  }

  private handleError(code: string, before: VisitorState): void {
    if (code === 'no-conversation' && before.phase === 'resuming') {
      // The token has no conversation (it was erased, or it was never started): start over.
      this.awaitingResume = false
      this.connection.stop()
      this.update({ ...this.current, error: null })
      void this.checkStatus()
    } else if (code === 'conversation-open') {
      // This token already has a conversation (another tab started it): follow that one.
      this.update({ ...this.current, error: null })
      this.resume()
    }
  }

  /** Sends every own message that is still on its way, with its own clientMsgId. */
  private flush(): void {
    for (const own of unacknowledged(this.current.transcript)) {
      if (
        !this.connection.send({ type: 'message', clientMsgId: own.clientMsgId, text: own.text })
      ) {
        return
      }
    }
  }

  private update(state: VisitorState): void {
    this.current = state
    for (const listener of this.listeners) listener(state)
  }
}
