// The staff side of the HTTP contract (DESIGN.md §3–4). Every error the server sends is
// application/problem+json; callers get it as an ApiError and never see a raw Response.

export const TOKEN_KEY = 'samtale.staff.token'

export interface Staff {
  id: string
  username: string
  displayName: string
  roles: string[]
}

export interface LoginResponse {
  token: string
  /** ISO-8601 with offset. */
  expiresAt: string
  staff: Staff
}

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: FieldError[]
}

/**
 * A failed call. `status` is the HTTP status, or 0 when no response arrived (network down,
 * server unreachable); `retryAfterSeconds` is set when the server asked us to wait (429).
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  readonly retryAfterSeconds: number | null

  constructor(problem: Problem, retryAfterSeconds: number | null = null, options?: ErrorOptions) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`, options)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
    this.retryAfterSeconds = retryAfterSeconds
  }

  get isNetworkError(): boolean {
    return this.status === 0
  }
}

/** Token storage: sessionStorage only, so it dies with the tab and never travels in a URL or cookie. */
export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(TOKEN_KEY)
    } catch {
      return null
    }
  },
  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token)
  },
  clear(): void {
    try {
      sessionStorage.removeItem(TOKEN_KEY)
    } catch {
      // Storage unavailable: there is nothing to clear.
    }
  },
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or null. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}

/** The problem body of an error response; a stand-in when the body is missing or not JSON. */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status }
  if (response.statusText) fallback.title = response.statusText
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.includes('json')) return fallback
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return fallback
  }
  if (typeof body !== 'object' || body === null) return fallback
  const raw = body as Record<string, unknown>
  const problem: Problem = { status: response.status }
  if (typeof raw.type === 'string') problem.type = raw.type
  if (typeof raw.title === 'string') problem.title = raw.title
  else if (fallback.title !== undefined) problem.title = fallback.title
  if (typeof raw.detail === 'string') problem.detail = raw.detail
  if (Array.isArray(raw.errors)) {
    problem.errors = raw.errors.filter(isFieldError)
  }
  return problem
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return typeof entry.field === 'string' && typeof entry.message === 'string'
}

interface RequestOptions {
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  json?: unknown
}

async function request<T>(path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  const init: RequestInit = {
    method: options.method,
    headers,
    credentials: 'omit',
    cache: 'no-store',
  }
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(options.json)
  }
  let response: Response
  try {
    response = await fetch(path, init)
  } catch (cause) {
    throw new ApiError({ status: 0, title: 'Network error' }, null, { cause })
  }
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'))
    throw new ApiError(await readProblem(response), retryAfter)
  }
  try {
    return (await response.json()) as T
  } catch (cause) {
    // A 2xx that is not JSON means something other than the API answered (e.g. an HTML fallback).
    throw new ApiError({ status: response.status, title: 'Unexpected response' }, null, { cause })
  }
}

export function login(username: string, password: string): Promise<LoginResponse> {
  return request<LoginResponse>('/api/staff/login', {
    method: 'POST',
    json: { username, password },
  })
}

export function fetchMe(token: string): Promise<Staff> {
  return request<Staff>('/api/staff/me', { method: 'GET', headers: bearer(token) })
}
