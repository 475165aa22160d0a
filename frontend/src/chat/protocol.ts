// The chat protocol (docs/chat.md): the frames the server sends, checked before anything uses
// them. A frame that does not fit is dropped (null), never half-used.

export type Sender = 'visitor' | 'counsellor'

/** One message of a conversation as the server delivers it. */
export interface ChatMessage {
  seq: number
  from: Sender
  text: string
  /** ISO-8601 with offset. */
  sentAt: string
}

export interface ErrorFrame {
  type: 'error'
  code: string
  message: string
  /** The clientMsgId or conversationId of the frame that failed, when it had one. */
  ref: string | null
}

export type VisitorFrame =
  | { type: 'queued'; conversationId: string; position: number }
  | { type: 'closed'; reason: string; nextOpening: string | null }
  | { type: 'joined'; counsellor: string }
  | ({ type: 'message' } & ChatMessage)
  | { type: 'ack'; clientMsgId: string; seq: number }
  | { type: 'typing' }
  | { type: 'ended'; by: string }
  | ErrorFrame

export interface QueueEntry {
  conversationId: string
  language: string
  topic: string | null
  /** ISO-8601 with offset. */
  waitingSince: string
}

export interface ClaimedFrame {
  type: 'claimed'
  conversationId: string
  language: string
  topic: string | null
  startedAt: string
  lastSeq: number
}

export type ConsoleFrame =
  | { type: 'queue'; waiting: QueueEntry[]; total: number }
  | ClaimedFrame
  | { type: 'transferred'; conversationId: string; to: string }
  | ({ type: 'message'; conversationId: string } & ChatMessage)
  | { type: 'ack'; conversationId: string; clientMsgId: string; seq: number }
  | { type: 'typing'; conversationId: string }
  | { type: 'ended'; conversationId: string; by: string }
  | ErrorFrame

type Fields = Record<string, unknown>

function object(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null
}

function text(fields: Fields, name: string): string | null {
  const value = fields[name]
  return typeof value === 'string' ? value : null
}

function count(fields: Fields, name: string): number | null {
  const value = fields[name]
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null
}

function message(fields: Fields): ChatMessage | null {
  const seq = count(fields, 'seq')
  const from = text(fields, 'from')
  const body = text(fields, 'text')
  const sentAt = text(fields, 'sentAt')
  if (seq === null || seq < 1 || body === null || sentAt === null) return null
  if (from !== 'visitor' && from !== 'counsellor') return null
  return { seq, from, text: body, sentAt }
}

function error(fields: Fields): ErrorFrame | null {
  const code = text(fields, 'code')
  if (code === null) return null
  return {
    type: 'error',
    code,
    message: text(fields, 'message') ?? '',
    ref: text(fields, 'ref'),
  }
}

/** A frame's JSON text as the parsed object, or null when it is not JSON. */
export function decode(data: string): unknown {
  try {
    return JSON.parse(data) as unknown
  } catch {
    return null
  }
}

/** A frame for the visitor's page, or null when it is unknown or malformed. */
export function visitorFrame(value: unknown): VisitorFrame | null {
  const fields = object(value)
  if (fields === null) return null
  switch (fields.type) {
    case 'queued': {
      const conversationId = text(fields, 'conversationId')
      const position = count(fields, 'position')
      return conversationId === null || position === null
        ? null
        : { type: 'queued', conversationId, position }
    }
    case 'closed':
      return {
        type: 'closed',
        reason: text(fields, 'reason') ?? '',
        nextOpening: text(fields, 'nextOpening'),
      }
    case 'joined': {
      const counsellor = text(fields, 'counsellor')
      return counsellor === null ? null : { type: 'joined', counsellor }
    }
    case 'message': {
      const delivered = message(fields)
      return delivered === null ? null : { type: 'message', ...delivered }
    }
    case 'ack': {
      const clientMsgId = text(fields, 'clientMsgId')
      const seq = count(fields, 'seq')
      return clientMsgId === null || seq === null ? null : { type: 'ack', clientMsgId, seq }
    }
    case 'typing':
      return { type: 'typing' }
    case 'ended':
      return { type: 'ended', by: text(fields, 'by') ?? '' }
    case 'error':
      return error(fields)
    default:
      return null
  }
}

function queueEntry(value: unknown): QueueEntry | null {
  const fields = object(value)
  if (fields === null) return null
  const conversationId = text(fields, 'conversationId')
  const waitingSince = text(fields, 'waitingSince')
  if (conversationId === null || waitingSince === null) return null
  return {
    conversationId,
    language: text(fields, 'language') ?? '',
    topic: text(fields, 'topic'),
    waitingSince,
  }
}

/** A frame for the console, or null when it is unknown or malformed. */
export function consoleFrame(value: unknown): ConsoleFrame | null {
  const fields = object(value)
  if (fields === null) return null
  if (fields.type === 'queue') {
    if (!Array.isArray(fields.waiting)) return null
    const waiting = fields.waiting.map(queueEntry).filter((entry) => entry !== null)
    return { type: 'queue', waiting, total: count(fields, 'total') ?? waiting.length }
  }
  if (fields.type === 'error') return error(fields)
  const conversationId = text(fields, 'conversationId')
  if (conversationId === null) return null
  switch (fields.type) {
    case 'claimed': {
      const startedAt = text(fields, 'startedAt')
      return startedAt === null
        ? null
        : {
            type: 'claimed',
            conversationId,
            language: text(fields, 'language') ?? '',
            topic: text(fields, 'topic'),
            startedAt,
            lastSeq: count(fields, 'lastSeq') ?? 0,
          }
    }
    case 'transferred':
      return { type: 'transferred', conversationId, to: text(fields, 'to') ?? '' }
    case 'message': {
      const delivered = message(fields)
      return delivered === null ? null : { type: 'message', conversationId, ...delivered }
    }
    case 'ack': {
      const clientMsgId = text(fields, 'clientMsgId')
      const seq = count(fields, 'seq')
      return clientMsgId === null || seq === null
        ? null
        : { type: 'ack', conversationId, clientMsgId, seq }
    }
    case 'typing':
      return { type: 'typing', conversationId }
    case 'ended':
      return { type: 'ended', conversationId, by: text(fields, 'by') ?? '' }
    default:
      return null
  }
}
