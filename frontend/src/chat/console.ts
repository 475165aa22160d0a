// The counsellor's side of chat (docs/chat.md, "Console"): the queue, the conversations this
// counsellor holds, and what is sent for them. `consoleReducer` is pure; `ConsoleChat` owns the
// socket and is an external store for React (subscribe + getSnapshot).

import {
  ChatConnection,
  wsUrl,
  type Connection,
  type ConnectionHandlers,
  type ConnectionState,
} from './connection'
import { consoleFrame, decode, type ConsoleFrame, type QueueEntry } from './protocol'
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

export type Presence = 'available' | 'away'

export interface ConsoleConversation {
  id: string
  language: string
  topic: string | null
  /** ISO-8601. */
  startedAt: string
  transcript: Transcript
  /** The visitor is typing (a `typing` frame came within the last few seconds). */
  visitorTyping: boolean
  /** Epoch ms when `visitorTyping` lapses. */
  visitorTypingUntil: number
  status: 'active' | 'ended' | 'transferred'
  endedBy: string | null
  /** The counsellor it was transferred to (display name). */
  transferredTo: string | null
}

export interface ChatError {
  code: string
  ref: string | null
  /** Grows with every error, so that the same error twice is shown (and announced) twice. */
  serial: number
}

export interface ConsoleChatState {
  connection: ConnectionState
  /** What this counsellor chose; a fresh socket is told again after a reconnect. */
  presence: Presence
  queue: readonly QueueEntry[]
  /** Everyone waiting; `queue` lists at most the first 50. */
  queueTotal: number
  /** In the order they were claimed: the tabs. */
  conversations: readonly ConsoleConversation[]
  error: ChatError | null
}

export const INITIAL_CONSOLE_STATE: ConsoleChatState = {
  connection: 'idle',
  presence: 'away',
  queue: [],
  queueTotal: 0,
  conversations: [],
  error: null,
}

function withConversation(
  state: ConsoleChatState,
  id: string,
  change: (conversation: ConsoleConversation) => ConsoleConversation,
): ConsoleChatState {
  const index = state.conversations.findIndex((c) => c.id === id)
  const held = state.conversations[index]
  if (held === undefined) return state
  const changed = change(held)
  if (changed === held) return state
  const conversations = state.conversations.slice()
  conversations[index] = changed
  return { ...state, conversations }
}

/** A server frame's effect on the console. */
export function consoleReducer(
  state: ConsoleChatState,
  frame: ConsoleFrame,
  now: number,
): ConsoleChatState {
  switch (frame.type) {
    case 'queue':
      return { ...state, queue: frame.waiting, queueTotal: frame.total }
    case 'claimed': {
      const held = state.conversations.find((c) => c.id === frame.conversationId)
      if (held === undefined) {
        const conversation: ConsoleConversation = {
          id: frame.conversationId,
          language: frame.language,
          topic: frame.topic,
          startedAt: frame.startedAt,
          transcript: EMPTY_TRANSCRIPT,
          visitorTyping: false,
          visitorTypingUntil: 0,
          status: 'active',
          endedBy: null,
          transferredTo: null,
        }
        return { ...state, conversations: [...state.conversations, conversation] }
      }
      // Held again (transferred back to this counsellor): the tab comes back to life.
      return withConversation(state, held.id, (c) =>
        c.status === 'active' ? c : { ...c, status: 'active', endedBy: null, transferredTo: null },
      )
    }
    case 'transferred':
      return withConversation(state, frame.conversationId, (c) => ({
        ...c,
        status: 'transferred',
        transferredTo: frame.to,
        visitorTyping: false,
        visitorTypingUntil: 0,
        transcript: refuseAll(c.transcript, 'not-yours'),
      }))
    case 'message':
      return withConversation(state, frame.conversationId, (c) => {
        const transcript = receive(c.transcript, frame)
        const stopsTyping = frame.from === 'visitor' && c.visitorTyping
        if (transcript === c.transcript && !stopsTyping) return c
        return stopsTyping
          ? { ...c, transcript, visitorTyping: false, visitorTypingUntil: 0 }
          : { ...c, transcript }
      })
    case 'ack':
      return withConversation(state, frame.conversationId, (c) => {
        const transcript = acknowledge(c.transcript, frame.clientMsgId, frame.seq)
        return transcript === c.transcript ? c : { ...c, transcript }
      })
    case 'typing':
      return withConversation(state, frame.conversationId, (c) =>
        c.status === 'active'
          ? { ...c, visitorTyping: true, visitorTypingUntil: typingUntil(now) }
          : c,
      )
    case 'ended':
      return withConversation(state, frame.conversationId, (c) => ({
        ...c,
        status: 'ended',
        endedBy: frame.by,
        visitorTyping: false,
        visitorTypingUntil: 0,
        // An erased conversation is gone from the server; it goes from this screen too.
        transcript: frame.by === 'erased' ? EMPTY_TRANSCRIPT : refuseAll(c.transcript, 'ended'),
      }))
    case 'error': {
      let next = state
      if (frame.ref !== null) {
        const ref = frame.ref
        const owner = state.conversations.find((c) =>
          c.transcript.pending.some((p) => p.clientMsgId === ref),
        )
        if (owner !== undefined) {
          next = withConversation(state, owner.id, (c) => ({
            ...c,
            transcript: refuse(c.transcript, ref, frame.code),
          }))
        }
      }
      return {
        ...next,
        error: { code: frame.code, ref: frame.ref, serial: (state.error?.serial ?? 0) + 1 },
      }
    }
  }
}

/** Typing indicators whose time is up go out. */
export function expireTyping(state: ConsoleChatState, now: number): ConsoleChatState {
  if (!state.conversations.some((c) => c.visitorTyping && now >= c.visitorTypingUntil)) {
    return state
  }
  return {
    ...state,
    conversations: state.conversations.map((c) =>
      c.visitorTyping && now >= c.visitorTypingUntil
        ? { ...c, visitorTyping: false, visitorTypingUntil: 0 }
        : c,
    ),
  }
}

export interface ConsoleChatDeps {
  connect: (handlers: ConnectionHandlers) => Connection
  now: () => number
  newId: () => string
  /** Runs `callback` after `ms`. */
  schedule: (callback: () => void, ms: number) => void
}

export class ConsoleChat {
  private current: ConsoleChatState = INITIAL_CONSOLE_STATE
  private readonly listeners = new Set<() => void>()
  private readonly deps: ConsoleChatDeps
  private readonly connection: Connection
  private readonly typing = new Map<string, TypingThrottle>()

  constructor(deps: ConsoleChatDeps) {
    this.deps = deps
    this.connection = deps.connect({
      onOpen: () => {
        // A fresh socket starts away: say again what this counsellor chose.
        if (this.current.presence === 'available') {
          this.connection.send({ type: 'presence', status: 'available' })
        }
      },
      onFrame: (data) => {
        this.received(data)
      },
      onState: (connection) => {
        this.update({ ...this.current, connection })
      },
    })
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getSnapshot = (): ConsoleChatState => this.current

  start(): void {
    this.connection.start()
  }

  /** Closes the socket: the server then counts this counsellor as gone. */
  stop(): void {
    this.connection.stop()
  }

  setPresence(presence: Presence): void {
    this.update({ ...this.current, presence })
    this.connection.send({ type: 'presence', status: presence })
  }

  claim(conversationId: string): boolean {
    return this.connection.send({ type: 'claim', conversationId })
  }

  send(conversationId: string, text: string): boolean {
    const body = text.trim()
    const conversation = this.conversation(conversationId)
    if (body === '' || conversation?.status !== 'active') return false
    const clientMsgId = this.deps.newId()
    this.update(
      withConversation(this.current, conversationId, (c) => ({
        ...c,
        transcript: write(c.transcript, {
          clientMsgId,
          from: 'counsellor',
          text: body,
          writtenAt: new Date(this.deps.now()).toISOString(),
        }),
      })),
    )
    this.typing.get(conversationId)?.reset()
    this.connection.send({ type: 'message', conversationId, clientMsgId, text: body })
    return true
  }

  retry(conversationId: string, clientMsgId: string): void {
    const own = this.conversation(conversationId)?.transcript.pending.find(
      (p) => p.clientMsgId === clientMsgId,
    )
    if (own === undefined) return
    this.update(
      withConversation(this.current, conversationId, (c) => ({
        ...c,
        transcript: retry(c.transcript, clientMsgId),
      })),
    )
    this.connection.send({ type: 'message', conversationId, clientMsgId, text: own.text })
  }

  /** A keystroke in a conversation's composer: `typing` at most every two seconds. */
  typed(conversationId: string): void {
    if (this.conversation(conversationId)?.status !== 'active') return
    let throttle = this.typing.get(conversationId)
    if (throttle === undefined) {
      throttle = new TypingThrottle(this.deps.now)
      this.typing.set(conversationId, throttle)
    }
    if (throttle.shouldSend()) this.connection.send({ type: 'typing', conversationId })
  }

  transfer(conversationId: string, toStaffId: string): boolean {
    return this.connection.send({ type: 'transfer', conversationId, toStaffId })
  }

  end(conversationId: string): boolean {
    return this.connection.send({ type: 'end', conversationId })
  }

  /** Closes an ended or transferred conversation's tab. */
  dismiss(conversationId: string): void {
    const conversation = this.conversation(conversationId)
    if (conversation === undefined || conversation.status === 'active') return
    this.typing.delete(conversationId)
    this.update({
      ...this.current,
      conversations: this.current.conversations.filter((c) => c.id !== conversationId),
    })
  }

  private conversation(id: string): ConsoleConversation | undefined {
    return this.current.conversations.find((c) => c.id === id)
  }

  private received(data: string): void {
    const frame = consoleFrame(decode(data))
    if (frame === null) return
    this.update(consoleReducer(this.current, frame, this.deps.now()))
    if (frame.type === 'claimed') {
      // Messages of a held conversation reach this socket only after a resume; then whatever
      // was written here and not yet acknowledged goes again, with the same clientMsgIds.
      const held = this.conversation(frame.conversationId)
      if (held === undefined) return
      this.connection.send({
        type: 'resume',
        conversationId: held.id,
        afterSeq: held.transcript.lastSeq,
      })
      for (const own of unacknowledged(held.transcript)) {
        this.connection.send({
          type: 'message',
          conversationId: held.id,
          clientMsgId: own.clientMsgId,
          text: own.text,
        })
      }
    } else if (frame.type === 'typing') {
      this.deps.schedule(() => {
        this.update(expireTyping(this.current, this.deps.now()))
      }, TYPING_SHOWN_MS + 50)
    }
  }

  private update(state: ConsoleChatState): void {
    if (state === this.current) return
    this.current = state
    for (const listener of this.listeners) listener()
  }
}

/** The console's chat in this browser: /ws/console with the staff token. Nothing opens before start(). */
export function browserConsoleChat(token: string): ConsoleChat {
  return new ConsoleChat({
    connect: (handlers) =>
      new ChatConnection({
        url: wsUrl('/ws/console', window.location),
        token: () => token,
        ...handlers,
      }),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    schedule: (callback, ms) => {
      window.setTimeout(callback, ms)
    },
  })
}
