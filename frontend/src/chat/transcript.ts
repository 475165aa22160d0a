// One conversation as one side holds it: the messages the server has delivered, ordered by seq
// and each kept once, and this side's own messages that the server has not yet acknowledged.
// Immutable: every change returns a new transcript, so views can compare by reference.

import type { ChatMessage, Sender } from './protocol'

export interface Delivered extends ChatMessage {
  /** Set on this side's own messages that were written here: it keeps their place in a view. */
  clientMsgId: string | null
}

export interface Outgoing {
  clientMsgId: string
  from: Sender
  text: string
  /** When it was written here (ISO-8601). */
  writtenAt: string
  /** The error code the server refused it with, or null while it is on its way. */
  failure: string | null
}

export interface Transcript {
  /** By seq, each seq once. */
  readonly delivered: readonly Delivered[]
  /** Own messages not yet acknowledged, oldest first. */
  readonly pending: readonly Outgoing[]
  /**
   * The highest seq that arrived as a message. `resume {afterSeq}` asks for what came after it.
   * An `ack` does not count: the messages before an acknowledged one may not have arrived yet.
   */
  readonly lastSeq: number
}

export const EMPTY_TRANSCRIPT: Transcript = { delivered: [], pending: [], lastSeq: 0 }

/** A message the server delivered; a seq already held is not added again. */
export function receive(transcript: Transcript, message: ChatMessage): Transcript {
  const lastSeq = Math.max(transcript.lastSeq, message.seq)
  const index = transcript.delivered.findIndex((held) => held.seq >= message.seq)
  const held = index === -1 ? undefined : transcript.delivered[index]
  if (held?.seq === message.seq) {
    if (held.sentAt === message.sentAt && lastSeq === transcript.lastSeq) return transcript
    // The server's time replaces the local one an acknowledged message was shown with.
    const delivered = transcript.delivered.slice()
    delivered[index] = { ...held, sentAt: message.sentAt }
    return { ...transcript, delivered, lastSeq }
  }
  return {
    ...transcript,
    delivered: insertAt(transcript.delivered, index, { ...message, clientMsgId: null }),
    lastSeq,
  }
}

/** An own message on its way. */
export function write(
  transcript: Transcript,
  message: { clientMsgId: string; from: Sender; text: string; writtenAt: string },
): Transcript {
  if (transcript.pending.some((p) => p.clientMsgId === message.clientMsgId)) return transcript
  return { ...transcript, pending: [...transcript.pending, { ...message, failure: null }] }
}

/**
 * The server has stored an own message under `seq`. It leaves the pending list; unless that seq
 * has already been delivered, it takes its place among the delivered messages.
 */
export function acknowledge(transcript: Transcript, clientMsgId: string, seq: number): Transcript {
  const own = transcript.pending.find((p) => p.clientMsgId === clientMsgId)
  if (own === undefined) return transcript
  const pending = transcript.pending.filter((p) => p !== own)
  const index = transcript.delivered.findIndex((held) => held.seq >= seq)
  if (transcript.delivered[index]?.seq === seq) return { ...transcript, pending }
  const acknowledged: Delivered = {
    seq,
    from: own.from,
    text: own.text,
    sentAt: own.writtenAt,
    clientMsgId,
  }
  return { ...transcript, pending, delivered: insertAt(transcript.delivered, index, acknowledged) }
}

/** The server refused an own message (an `error` whose ref is its clientMsgId). */
export function refuse(transcript: Transcript, clientMsgId: string, code: string): Transcript {
  if (!transcript.pending.some((p) => p.clientMsgId === clientMsgId)) return transcript
  return {
    ...transcript,
    pending: transcript.pending.map((p) =>
      p.clientMsgId === clientMsgId ? { ...p, failure: code } : p,
    ),
  }
}

/** Every pending message that has not been refused is refused with `code` (e.g. the chat ended). */
export function refuseAll(transcript: Transcript, code: string): Transcript {
  if (transcript.pending.every((p) => p.failure !== null)) return transcript
  return {
    ...transcript,
    pending: transcript.pending.map((p) => (p.failure === null ? { ...p, failure: code } : p)),
  }
}

/** A refused message is to be sent again, with the same clientMsgId. */
export function retry(transcript: Transcript, clientMsgId: string): Transcript {
  const own = transcript.pending.find((p) => p.clientMsgId === clientMsgId)
  if (own?.failure == null) return transcript
  return {
    ...transcript,
    pending: transcript.pending.map((p) => (p === own ? { ...p, failure: null } : p)),
  }
}

/** The own messages still on their way, to send again after a reconnect. */
export function unacknowledged(transcript: Transcript): Outgoing[] {
  return transcript.pending.filter((p) => p.failure === null)
}

/** One line of a view: a delivered message, or an own message on its way or refused. */
export interface Line {
  /** Stable while the line lives, also when an own message is acknowledged. */
  key: string
  from: Sender
  text: string
  /** ISO-8601. */
  at: string
  seq: number | null
  state: 'delivered' | 'pending' | 'failed'
  clientMsgId: string | null
  failure: string | null
}

export function lines(transcript: Transcript): Line[] {
  return [
    ...transcript.delivered.map((m): Line => ({
      key: m.clientMsgId ?? `seq-${m.seq}`,
      from: m.from,
      text: m.text,
      at: m.sentAt,
      seq: m.seq,
      state: 'delivered',
      clientMsgId: m.clientMsgId,
      failure: null,
    })),
    ...transcript.pending.map((p): Line => ({
      key: p.clientMsgId,
      from: p.from,
      text: p.text,
      at: p.writtenAt,
      seq: null,
      state: p.failure === null ? 'pending' : 'failed',
      clientMsgId: p.clientMsgId,
      failure: p.failure,
    })),
  ]
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice()
  if (index === -1) copy.push(item)
  else copy.splice(index, 0, item)
  return copy
}
