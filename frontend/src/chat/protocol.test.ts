import { describe, expect, it } from 'vitest'
import { consoleFrame, decode, visitorFrame } from './protocol'

describe('visitor frames', () => {
  it('reads every frame the server sends the visitor', () => {
    expect(visitorFrame({ type: 'queued', conversationId: 'c', position: 2 })).toEqual({
      type: 'queued',
      conversationId: 'c',
      position: 2,
    })
    expect(visitorFrame({ type: 'closed', reason: 'outside-hours', nextOpening: null })).toEqual({
      type: 'closed',
      reason: 'outside-hours',
      nextOpening: null,
    })
    expect(visitorFrame({ type: 'joined', counsellor: 'Kari' })).toEqual({
      type: 'joined',
      counsellor: 'Kari',
    })
    expect(
      visitorFrame({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei', sentAt: 'T' }),
    ).toEqual({ type: 'message', seq: 1, from: 'counsellor', text: 'Hei', sentAt: 'T' })
    expect(visitorFrame({ type: 'ack', clientMsgId: 'm', seq: 3 })).toEqual({
      type: 'ack',
      clientMsgId: 'm',
      seq: 3,
    })
    expect(visitorFrame({ type: 'typing' })).toEqual({ type: 'typing' })
    expect(visitorFrame({ type: 'ended', by: 'counsellor' })).toEqual({
      type: 'ended',
      by: 'counsellor',
    })
    expect(visitorFrame({ type: 'error', code: 'too-long', message: 'm', ref: 'x' })).toEqual({
      type: 'error',
      code: 'too-long',
      message: 'm',
      ref: 'x',
    })
    expect(visitorFrame({ type: 'error', code: 'closed', message: 'm' })).toMatchObject({
      ref: null,
    })
  })

  it('drops frames that do not fit', () => {
    expect(visitorFrame(decode('not json'))).toBeNull()
    expect(visitorFrame([])).toBeNull()
    expect(visitorFrame({ type: 'surprise' })).toBeNull()
    expect(
      visitorFrame({ type: 'message', seq: 0, from: 'visitor', text: '', sentAt: 'T' }),
    ).toBeNull()
    expect(
      visitorFrame({ type: 'message', seq: 1, from: 'admin', text: '', sentAt: 'T' }),
    ).toBeNull()
    expect(visitorFrame({ type: 'ack', clientMsgId: 'm', seq: '3' })).toBeNull()
    expect(visitorFrame({ type: 'queued', conversationId: 'c', position: -1 })).toBeNull()
  })
})

describe('console frames', () => {
  it('reads the queue, claims, transfers and per-conversation frames', () => {
    expect(
      consoleFrame({
        type: 'queue',
        waiting: [
          { conversationId: 'c', language: 'nb', topic: null, waitingSince: 'T' },
          { broken: true },
        ],
        total: 7,
      }),
    ).toEqual({
      type: 'queue',
      waiting: [{ conversationId: 'c', language: 'nb', topic: null, waitingSince: 'T' }],
      total: 7,
    })
    expect(
      consoleFrame({
        type: 'claimed',
        conversationId: 'c',
        language: 'sv',
        topic: 'health',
        startedAt: 'T',
        lastSeq: 4,
      }),
    ).toEqual({
      type: 'claimed',
      conversationId: 'c',
      language: 'sv',
      topic: 'health',
      startedAt: 'T',
      lastSeq: 4,
    })
    expect(consoleFrame({ type: 'transferred', conversationId: 'c', to: 'Ola' })).toEqual({
      type: 'transferred',
      conversationId: 'c',
      to: 'Ola',
    })
    expect(
      consoleFrame({
        type: 'message',
        conversationId: 'c',
        seq: 2,
        from: 'visitor',
        text: 'Hei',
        sentAt: 'T',
      }),
    ).toMatchObject({ type: 'message', conversationId: 'c', seq: 2 })
    expect(consoleFrame({ type: 'typing', conversationId: 'c' })).toEqual({
      type: 'typing',
      conversationId: 'c',
    })
    expect(consoleFrame({ type: 'ended', conversationId: 'c', by: 'visitor' })).toEqual({
      type: 'ended',
      conversationId: 'c',
      by: 'visitor',
    })
  })

  it('drops per-conversation frames without a conversation', () => {
    expect(consoleFrame({ type: 'typing' })).toBeNull()
    expect(consoleFrame({ type: 'queue', waiting: 'none' })).toBeNull()
  })
})
