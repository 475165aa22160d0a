// Test doubles for the chat's unit tests.

import type { Connection, ConnectionHandlers, ConnectionState } from './connection'

/** A connection the test opens, drops and feeds frames; it records what the chat sends. */
export class FakeConnection implements Connection {
  readonly sent: Record<string, unknown>[] = []
  isOpen = false
  starts = 0
  stops = 0
  private readonly handlers: ConnectionHandlers

  constructor(handlers: ConnectionHandlers) {
    this.handlers = handlers
  }

  start() {
    this.starts += 1
  }

  stop() {
    this.stops += 1
    this.isOpen = false
  }

  send(frame: object) {
    if (!this.isOpen) return false
    this.sent.push(frame as Record<string, unknown>)
    return true
  }

  /** The socket opened (first time or after a reconnect). */
  open() {
    this.isOpen = true
    this.state('open')
    this.handlers.onOpen()
  }

  drop() {
    this.isOpen = false
    this.state('reconnecting')
  }

  frame(frame: object) {
    this.handlers.onFrame(JSON.stringify(frame))
  }

  take(): Record<string, unknown>[] {
    return this.sent.splice(0)
  }

  private state(state: ConnectionState) {
    this.handlers.onState(state)
  }
}
