import { describe, expect, it } from 'vitest'
import {
  acknowledge,
  EMPTY_TRANSCRIPT,
  lines,
  receive,
  refuse,
  refuseAll,
  retry,
  unacknowledged,
  write,
  type Transcript,
} from './transcript'

const AT = '2030-01-15T14:05:00+01:00'

function counsellorSays(seq: number, text = `svar ${seq}`) {
  return { seq, from: 'counsellor' as const, text, sentAt: AT }
}

function visitorWrites(transcript: Transcript, clientMsgId: string, text = clientMsgId) {
  return write(transcript, {
    clientMsgId,
    from: 'visitor',
    text,
    writtenAt: '2030-01-15T13:05:00Z',
  })
}

describe('a transcript', () => {
  it('keeps delivered messages in seq order, each seq once', () => {
    let t = EMPTY_TRANSCRIPT
    t = receive(t, counsellorSays(2))
    t = receive(t, counsellorSays(1))
    t = receive(t, counsellorSays(2))
    t = receive(t, counsellorSays(3))
    expect(t.delivered.map((m) => m.seq)).toEqual([1, 2, 3])
    expect(t.lastSeq).toBe(3)
  })

  it('returns the same transcript when a message changes nothing', () => {
    const t = receive(EMPTY_TRANSCRIPT, counsellorSays(1))
    expect(receive(t, counsellorSays(1))).toBe(t)
  })

  it('shows an own message as pending until the ack, then by its seq', () => {
    let t = visitorWrites(EMPTY_TRANSCRIPT, 'a', 'hei')
    expect(lines(t)).toMatchObject([{ key: 'a', state: 'pending', seq: null, text: 'hei' }])

    t = acknowledge(t, 'a', 1)
    expect(t.pending).toEqual([])
    expect(lines(t)).toMatchObject([{ key: 'a', state: 'delivered', seq: 1, text: 'hei' }])
  })

  it('does not show an own message twice when the server echoes it after the ack', () => {
    let t = visitorWrites(EMPTY_TRANSCRIPT, 'a', 'hei')
    t = acknowledge(t, 'a', 4)
    t = receive(t, { seq: 4, from: 'visitor', text: 'hei', sentAt: AT })
    expect(lines(t)).toHaveLength(1)
    // The line keeps its key (its place in a view) and takes the server's time.
    expect(lines(t)[0]).toMatchObject({ key: 'a', seq: 4, at: AT })
  })

  it('does not show an own message twice when the echo comes before the ack', () => {
    let t = visitorWrites(EMPTY_TRANSCRIPT, 'a', 'hei')
    t = receive(t, { seq: 4, from: 'visitor', text: 'hei', sentAt: AT })
    t = acknowledge(t, 'a', 4)
    expect(lines(t)).toMatchObject([{ seq: 4, state: 'delivered', text: 'hei' }])
  })

  it('counts only delivered messages for resume, not acks', () => {
    let t = receive(EMPTY_TRANSCRIPT, counsellorSays(1))
    t = visitorWrites(t, 'a')
    t = acknowledge(t, 'a', 3)
    expect(t.lastSeq).toBe(1)
  })

  it('ignores an ack it has no message for (a repeated ack)', () => {
    const t = acknowledge(visitorWrites(EMPTY_TRANSCRIPT, 'a'), 'a', 1)
    expect(acknowledge(t, 'a', 1)).toBe(t)
    expect(acknowledge(t, 'unknown', 2)).toBe(t)
  })

  it('puts an acknowledged message between the delivered ones by seq', () => {
    let t = receive(EMPTY_TRANSCRIPT, counsellorSays(1))
    t = receive(t, counsellorSays(3))
    t = acknowledge(visitorWrites(t, 'a'), 'a', 2)
    expect(t.delivered.map((m) => m.seq)).toEqual([1, 2, 3])
  })

  it('keeps refused messages apart from those on their way, and sends them again on retry', () => {
    let t = visitorWrites(visitorWrites(EMPTY_TRANSCRIPT, 'a'), 'b')
    t = refuse(t, 'a', 'unavailable')
    expect(unacknowledged(t).map((p) => p.clientMsgId)).toEqual(['b'])
    expect(lines(t)).toMatchObject([
      { key: 'a', state: 'failed', failure: 'unavailable' },
      { key: 'b', state: 'pending' },
    ])
    t = retry(t, 'a')
    expect(unacknowledged(t).map((p) => p.clientMsgId)).toEqual(['a', 'b'])
  })

  it('refuses everything still on its way when the conversation ends', () => {
    let t = visitorWrites(visitorWrites(EMPTY_TRANSCRIPT, 'a'), 'b')
    t = refuseAll(t, 'ended')
    expect(unacknowledged(t)).toEqual([])
    expect(t.pending.map((p) => p.failure)).toEqual(['ended', 'ended'])
  })

  it('writes a clientMsgId only once', () => {
    const t = visitorWrites(EMPTY_TRANSCRIPT, 'a')
    expect(visitorWrites(t, 'a')).toBe(t)
  })
})
