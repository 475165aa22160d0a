// Typing signals: sent at most every two seconds while someone types, and shown on the other side
// for a few seconds after the last one arrived (or until their message does).

export const TYPING_INTERVAL_MS = 2_000
export const TYPING_SHOWN_MS = 5_000

/** Says whether a keystroke now should send a `typing` frame. */
export class TypingThrottle {
  private last = Number.NEGATIVE_INFINITY
  private readonly now: () => number
  private readonly intervalMs: number

  constructor(now: () => number = Date.now, intervalMs: number = TYPING_INTERVAL_MS) {
    this.now = now
    this.intervalMs = intervalMs
  }

  shouldSend(): boolean {
    const now = this.now()
    if (now - this.last < this.intervalMs) return false
    this.last = now
    return true
  }

  /** After a message is sent, the next keystroke signals again at once. */
  reset(): void {
    this.last = Number.NEGATIVE_INFINITY
  }
}

/** Until when the other side's typing is shown, after a `typing` frame at `now`. */
export function typingUntil(now: number): number {
  return now + TYPING_SHOWN_MS
}

export function isTyping(until: number, now: number): boolean {
  return now < until
}
