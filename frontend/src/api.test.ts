import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  TOKEN_KEY,
  fetchMe,
  login,
  parseRetryAfter,
  readProblem,
  tokenStore,
  type LoginResponse,
  type Staff,
} from './api'

/** Minimal Web Storage for the Node test environment. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

const staff: Staff = { id: 's-1', username: 'kari', displayName: 'Kari N.', roles: ['counsellor'] }

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

function problem(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** Stubs fetch with one canned answer and returns the mock to inspect the request. */
function answerWith(response: Response | Error) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function requestOf(fetchMock: ReturnType<typeof answerWith>) {
  expect(fetchMock).toHaveBeenCalledOnce()
  const [url, init] = fetchMock.mock.calls[0] ?? []
  return { url, init: init ?? {}, headers: new Headers(init?.headers) }
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

beforeEach(() => {
  vi.stubGlobal('sessionStorage', new MemoryStorage())
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('login', () => {
  it('posts the credentials as JSON and returns token, expiry and staff', async () => {
    const body: LoginResponse = { token: 'jwt', expiresAt: '2030-01-01T08:00:00+01:00', staff }
    const fetchMock = answerWith(json(200, body))

    await expect(login('kari', 's3cret')).resolves.toEqual(body)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/staff/login')
    expect(init.method).toBe('POST')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(headers.has('Authorization')).toBe(false)
    expect(JSON.parse(init.body as string)).toEqual({ username: 'kari', password: 's3cret' })
    expect(init.credentials).toBe('omit')
  })

  it('turns a 401 problem into an ApiError carrying the problem', async () => {
    answerWith(
      problem(401, {
        type: 'about:blank',
        title: 'Unauthorized',
        detail: 'Wrong username or password',
      }),
    )

    const error = await failureOf(login('kari', 'wrong'))

    expect(error.status).toBe(401)
    expect(error.isNetworkError).toBe(false)
    expect(error.retryAfterSeconds).toBeNull()
    expect(error.problem).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Wrong username or password',
    })
    expect(error.message).toBe('Wrong username or password')
  })

  it('reads Retry-After from a 429 problem', async () => {
    answerWith(problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '30' }))

    const error = await failureOf(login('kari', 'wrong'))

    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(30)
  })

  it('keeps the field errors of a validation problem', async () => {
    answerWith(
      problem(400, {
        title: 'Bad Request',
        errors: [{ field: 'username', message: 'must not be blank' }, { nonsense: true }],
      }),
    )

    const error = await failureOf(login('', 'x'))

    expect(error.problem.errors).toEqual([{ field: 'username', message: 'must not be blank' }])
  })

  it('reports a network failure as status 0', async () => {
    answerWith(new TypeError('Failed to fetch'))

    const error = await failureOf(login('kari', 's3cret'))

    expect(error.isNetworkError).toBe(true)
    expect(error.status).toBe(0)
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('rejects a 2xx that is not JSON instead of pretending to be signed in', async () => {
    answerWith(new Response('<!doctype html><title>index</title>', { status: 200 }))

    const error = await failureOf(login('kari', 's3cret'))

    expect(error.status).toBe(200)
  })
})

describe('fetchMe', () => {
  it('sends the token as a bearer token and nowhere else', async () => {
    const fetchMock = answerWith(json(200, staff))

    await expect(fetchMe('tok.en.value')).resolves.toEqual(staff)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/staff/me')
    expect(init.method).toBe('GET')
    expect(init.body).toBeUndefined()
    expect(headers.get('Authorization')).toBe('Bearer tok.en.value')
  })

  it('fails with 401 for an expired token', async () => {
    answerWith(problem(401, { title: 'Unauthorized' }))

    const error = await failureOf(fetchMe('expired'))

    expect(error.status).toBe(401)
  })
})

describe('readProblem', () => {
  it('falls back to the status line when the body is not JSON', async () => {
    const response = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    })

    await expect(readProblem(response)).resolves.toEqual({ status: 502, title: 'Bad Gateway' })
  })

  it('falls back when a JSON content type carries broken JSON', async () => {
    const response = new Response('{not json', {
      status: 500,
      headers: { 'Content-Type': 'application/problem+json' },
    })

    await expect(readProblem(response)).resolves.toEqual({ status: 500 })
  })

  it('ignores fields of the wrong type and trusts the HTTP status over the body', async () => {
    const response = problem(403, { status: 200, title: 42, detail: 'No access' })

    await expect(readProblem(response)).resolves.toEqual({ status: 403, detail: 'No access' })
  })
})

describe('parseRetryAfter', () => {
  it('accepts delta-seconds', () => {
    expect(parseRetryAfter('120')).toBe(120)
    expect(parseRetryAfter(' 5 ')).toBe(5)
  })

  it('accepts an HTTP date', () => {
    const now = Date.parse('2030-01-01T12:00:00Z')
    expect(parseRetryAfter('Tue, 01 Jan 2030 12:00:45 GMT', now)).toBe(45)
    expect(parseRetryAfter('Tue, 01 Jan 2030 11:00:00 GMT', now)).toBe(0)
  })

  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('')).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})

describe('tokenStore', () => {
  it('keeps the token in sessionStorage under the agreed key', () => {
    expect(tokenStore.get()).toBeNull()

    tokenStore.set('abc')

    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('abc')
    expect(tokenStore.get()).toBe('abc')

    tokenStore.clear()

    expect(sessionStorage.getItem(TOKEN_KEY)).toBeNull()
    expect(tokenStore.get()).toBeNull()
  })

  it('reads as signed out when storage is unavailable', () => {
    vi.stubGlobal('sessionStorage', {
      getItem() {
        throw new DOMException('denied', 'SecurityError')
      },
    })

    expect(tokenStore.get()).toBeNull()
  })
})
