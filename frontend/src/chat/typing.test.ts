import { describe, expect, it } from 'vitest'
import { isTyping, TypingThrottle, typingUntil } from './typing'

describe('typing', () => {
  it('sends at most one typing signal every two seconds', () => {
    let now = 1_000
    const throttle = new TypingThrottle(() => now)
    expect(throttle.shouldSend()).toBe(true)
    now += 500
    expect(throttle.shouldSend()).toBe(false)
    now += 1_499
    expect(throttle.shouldSend()).toBe(false)
    now += 1
    expect(throttle.shouldSend()).toBe(true)
  })

  it('signals again at once after a message was sent', () => {
    const throttle = new TypingThrottle(() => 0)
    expect(throttle.shouldSend()).toBe(true)
    throttle.reset()
    expect(throttle.shouldSend()).toBe(true)
  })

  it('shows the other side typing for a few seconds after the last signal', () => {
    const until = typingUntil(10_000)
    expect(isTyping(until, 10_001)).toBe(true)
    expect(isTyping(until, until)).toBe(false)
  })
})
