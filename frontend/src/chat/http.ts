// The visitor's HTTP calls (docs/chat.md): the chat's status, a visitor token, and erasing.
// No cookies are sent or accepted, and nothing is cached.

import type { ChatApi, ChatStatus } from './visitor'

export class HttpError extends Error {
  readonly status: number

  constructor(status: number) {
    super(`HTTP ${status}`)
    this.name = 'HttpError'
    this.status = status
  }
}

async function call(
  path: string,
  method: 'GET' | 'POST' | 'DELETE',
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(path, {
    method,
    credentials: 'omit',
    cache: 'no-store',
    headers: { Accept: 'application/json', ...headers },
  })
  if (!response.ok) throw new HttpError(response.status)
  return response
}

function isStatus(value: unknown): value is ChatStatus {
  if (typeof value !== 'object' || value === null) return false
  const status = value as Record<string, unknown>
  return (
    typeof status.open === 'boolean' &&
    typeof status.waiting === 'number' &&
    (status.nextOpening === null || typeof status.nextOpening === 'string')
  )
}

export const httpChatApi: ChatApi = {
  async status() {
    const body = (await (await call('/api/chat/status', 'GET')).json()) as unknown
    if (!isStatus(body)) throw new Error('unexpected status body')
    return { open: body.open, waiting: body.waiting, nextOpening: body.nextOpening }
  },
  async issueToken() {
    const body = (await (await call('/api/visitor/tokens', 'POST')).json()) as unknown
    const token = (body as { token?: unknown } | null)?.token
    if (typeof token !== 'string' || token === '') throw new Error('no token in the response')
    return token
  },
  async erase(token) {
    await call('/api/chat/conversation', 'DELETE', { Authorization: `Bearer ${token}` })
  },
}

export const TOKEN_KEY = 'samtale.chat.token'

/** Where the token is kept when the browser blocks storage: the chat then lasts until a reload. */
let unstored: string | null = null

/** The visitor token lives in sessionStorage only: it ends with the tab, never in a URL or cookie. */
export const sessionTokens = {
  get(): string | null {
    try {
      return sessionStorage.getItem(TOKEN_KEY) ?? unstored
    } catch {
      return unstored
    }
  },
  set(token: string): void {
    try {
      sessionStorage.setItem(TOKEN_KEY, token)
    } catch {
      unstored = token
    }
  },
  clear(): void {
    unstored = null
    try {
      sessionStorage.removeItem(TOKEN_KEY)
    } catch {
      // Nothing was stored.
    }
  },
}
