import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  TOKEN_KEY,
  acceptQuestion,
  addNote,
  answerQuestion,
  cancelSlot,
  checkIn,
  createCannedReply,
  createClinic,
  createSlot,
  createWeeklySlots,
  deleteCannedReply,
  deleteSlot,
  editQuestion,
  fetchMe,
  fieldErrorsOf,
  getQuestion,
  listCannedReplies,
  listCategories,
  listClinics,
  listCounsellors,
  listDeskBookings,
  listDeskClinics,
  listNotes,
  listQuestions,
  listQuestionsForReview,
  listSlots,
  login,
  parseRetryAfter,
  previewAnswer,
  publishQuestion,
  readProblem,
  recordAttendance,
  recordResult,
  rejectQuestion,
  tokenStore,
  unpublishQuestion,
  updateCannedReply,
  updateClinic,
  type AdminSlot,
  type Clinic,
  type ClinicInput,
  type DeskBooking,
  type LoginResponse,
  type Staff,
  type StaffQuestion,
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

const clinicInput: ClinicInput = {
  name: 'Sentrum',
  address: 'Storgata 1',
  directions: 'Inngang fra bakgården',
  practicalInfo: 'Ingen timebok i resepsjonen: vis koden.',
}
const clinic: Clinic = { id: 'c-1', ...clinicInput }

const slot: AdminSlot = {
  id: 's-9',
  clinicId: 'c-1',
  startsAt: '2030-03-04T16:00:00+01:00',
  endsAt: '2030-03-04T16:20:00+01:00',
  capacity: 2,
  booked: 1,
  cancelled: false,
}

const booking: DeskBooking = {
  id: 'b-7',
  reference: 'K3M9Q2XA',
  slotId: 's-9',
  startsAt: '2030-03-04T16:00:00+01:00',
  endsAt: '2030-03-04T16:20:00+01:00',
  status: 'attended',
  resultStatus: 'pending',
  checkedInAt: '2030-03-04T15:58:12+01:00',
}

describe('admin: clinics', () => {
  it('lists clinics with the bearer token', async () => {
    const fetchMock = answerWith(json(200, [clinic]))

    await expect(listClinics('tok')).resolves.toEqual([clinic])

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics')
    expect(init.method).toBe('GET')
    expect(headers.get('Authorization')).toBe('Bearer tok')
  })

  it('creates a clinic from its four fields', async () => {
    const fetchMock = answerWith(json(201, clinic))
    await expect(createClinic('tok', clinicInput)).resolves.toEqual(clinic)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics')
    expect(init.method).toBe('POST')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(JSON.parse(init.body as string)).toEqual(clinicInput)
  })

  it('updates a clinic with PUT on its own path', async () => {
    const fetchMock = answerWith(json(200, clinic))
    await updateClinic('tok', 'c-1', clinicInput)

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics/c-1')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body as string)).toEqual(clinicInput)
  })

  it('escapes an id so that it cannot change the path', async () => {
    const fetchMock = answerWith(json(200, clinic))

    await updateClinic('tok', '../staff?x=1', clinicInput)

    expect(requestOf(fetchMock).url).toBe('/api/admin/clinics/..%2Fstaff%3Fx%3D1')
  })
})

describe('admin: slots', () => {
  it('asks for a date range of slots', async () => {
    const fetchMock = answerWith(json(200, [slot]))

    await expect(
      listSlots('tok', 'c-1', { from: '2030-03-01', to: '2030-03-29' }),
    ).resolves.toEqual([slot])

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics/c-1/slots?from=2030-03-01&to=2030-03-29')
    expect(init.method).toBe('GET')
    expect(headers.get('Authorization')).toBe('Bearer tok')
  })

  it('creates a single slot', async () => {
    const fetchMock = answerWith(json(201, slot))
    const body = { startsAt: slot.startsAt, endsAt: slot.endsAt, capacity: 2 }

    await expect(createSlot('tok', 'c-1', body)).resolves.toEqual(slot)

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics/c-1/slots')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string)).toEqual(body)
  })

  it('creates slots from a weekly template', async () => {
    const fetchMock = answerWith(json(201, { created: 1, slots: [slot] }))
    const template = {
      from: '2030-03-04',
      to: '2030-03-31',
      days: ['MONDAY' as const, 'THURSDAY' as const],
      startTime: '16:00',
      endTime: '19:00',
      slotMinutes: 20,
      capacity: 2,
    }

    await expect(createWeeklySlots('tok', 'c-1', template)).resolves.toEqual({
      created: 1,
      slots: [slot],
    })

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/clinics/c-1/slots/weekly')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string)).toEqual(template)
  })

  it('deletes a slot and accepts 204 without a body', async () => {
    const fetchMock = answerWith(new Response(null, { status: 204 }))

    await expect(deleteSlot('tok', 's-9')).resolves.toBeUndefined()

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/slots/s-9')
    expect(init.method).toBe('DELETE')
    expect(init.body).toBeUndefined()
    expect(headers.get('Authorization')).toBe('Bearer tok')
  })

  it('reports a slot with bookings as a 409 ApiError', async () => {
    answerWith(problem(409, { title: 'Conflict', detail: 'The slot has bookings' }))

    const error = await failureOf(deleteSlot('tok', 's-9'))

    expect(error.status).toBe(409)
    expect(error.message).toBe('The slot has bookings')
  })

  it('cancels a slot', async () => {
    const fetchMock = answerWith(json(200, { ...slot, cancelled: true }))

    await expect(cancelSlot('tok', 's-9')).resolves.toMatchObject({ cancelled: true })

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/admin/slots/s-9/cancel')
    expect(init.method).toBe('POST')
  })
})

describe('clinic desk', () => {
  it('lists the clinics the desk can choose from', async () => {
    const fetchMock = answerWith(json(200, [clinic]))

    await expect(listDeskClinics('tok')).resolves.toEqual([clinic])

    expect(requestOf(fetchMock).url).toBe('/api/console/clinic/clinics')
  })

  it('asks for a clinic’s bookings on a date, or leaves the date to the server', async () => {
    let fetchMock = answerWith(json(200, [booking]))
    await expect(listDeskBookings('tok', 'c 1', '2030-03-04')).resolves.toEqual([booking])
    expect(requestOf(fetchMock).url).toBe(
      '/api/console/clinic/bookings?clinicId=c+1&date=2030-03-04',
    )

    fetchMock = answerWith(json(200, []))
    await listDeskBookings('tok', 'c-1')
    expect(requestOf(fetchMock).url).toBe('/api/console/clinic/bookings?clinicId=c-1')
  })

  it('checks in with the code in the body, never in the URL', async () => {
    const fetchMock = answerWith(json(200, booking))

    await expect(checkIn('tok', '7KQ2-M9XD-4RTP-WB3H')).resolves.toEqual(booking)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/console/clinic/check-in')
    expect(url).not.toContain('7KQ2')
    expect(init.method).toBe('POST')
    expect(headers.get('Authorization')).toBe('Bearer tok')
    expect(JSON.parse(init.body as string)).toEqual({ code: '7KQ2-M9XD-4RTP-WB3H' })
  })

  it('reports an unknown code as 404 and a booking that cannot be checked in as 409', async () => {
    answerWith(problem(404, { title: 'Not Found' }))
    expect((await failureOf(checkIn('tok', 'AAAA'))).status).toBe(404)

    answerWith(problem(409, { title: 'Conflict', detail: 'The booking is cancelled' }))
    expect((await failureOf(checkIn('tok', 'AAAA'))).status).toBe(409)
  })

  it('records attendance', async () => {
    const fetchMock = answerWith(json(200, { ...booking, status: 'no-show' }))

    await expect(recordAttendance('tok', 'b-7', 'no-show')).resolves.toMatchObject({
      status: 'no-show',
    })

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/console/clinic/bookings/b-7/attendance')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string)).toEqual({ status: 'no-show' })
  })

  it('records the result status', async () => {
    const fetchMock = answerWith(json(200, { ...booking, resultStatus: 'contact-clinic' }))

    await expect(recordResult('tok', 'b-7', 'contact-clinic')).resolves.toMatchObject({
      resultStatus: 'contact-clinic',
    })

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/console/clinic/bookings/b-7/result')
    expect(JSON.parse(init.body as string)).toEqual({ resultStatus: 'contact-clinic' })
  })
})

describe('fieldErrorsOf', () => {
  it('keys a validation problem’s messages by the last segment of the field path', async () => {
    answerWith(
      problem(400, {
        title: 'Bad Request',
        errors: [
          { field: 'createSlot.request.capacity', message: 'must be at least 1' },
          { field: 'endsAt', message: 'must be after startsAt' },
          { field: 'endsAt', message: 'must be on the same day' },
        ],
      }),
    )

    const error = await failureOf(createSlot('tok', 'c-1', { ...slot }))

    expect(fieldErrorsOf(error)).toEqual({
      capacity: 'must be at least 1',
      endsAt: 'must be after startsAt must be on the same day',
    })
  })

  it('is empty for anything but an ApiError with field errors', () => {
    expect(fieldErrorsOf(new Error('bug'))).toEqual({})
    expect(fieldErrorsOf(new ApiError({ status: 409 }))).toEqual({})
  })
})

const question: StaffQuestion = {
  id: 'q-1',
  status: 'received',
  title: 'Hvor kan jeg teste meg?',
  body: 'Ring meg på 912 34 567.',
  category: 'testing',
  language: 'nb',
  publishConsent: true,
  redacted: false,
  rejectReason: null,
  answerMarkdown: null,
  answerHtml: null,
  answeredAt: null,
  publishedAt: null,
  slug: null,
  lastChangedAt: '2030-03-04T16:20:00+01:00',
  titleFindings: [],
  bodyFindings: [{ kind: 'phone', start: 12, end: 22, match: '912 34 567' }],
}

describe('questions', () => {
  it('lists the questions in one status with the bearer token', async () => {
    const fetchMock = answerWith(json(200, [question]))

    await expect(listQuestions('tok', 'received')).resolves.toEqual([question])

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/console/questions?status=received')
    expect(init.method).toBe('GET')
    expect(headers.get('Authorization')).toBe('Bearer tok')
    expect(init.credentials).toBe('omit')
  })

  it('lists the published answers due for review', async () => {
    const fetchMock = answerWith(json(200, []))

    await expect(listQuestionsForReview('tok')).resolves.toEqual([])

    expect(requestOf(fetchMock).url).toBe('/api/console/questions/review')
  })

  it('gets one question by its escaped id', async () => {
    const fetchMock = answerWith(json(200, question))

    await expect(getQuestion('tok', 'q-1')).resolves.toEqual(question)
    expect(requestOf(fetchMock).url).toBe('/api/console/questions/q-1')

    const escaped = answerWith(json(200, question))
    await getQuestion('tok', '../review')
    expect(requestOf(escaped).url).toBe('/api/console/questions/..%2Freview')
  })

  it('saves a redaction with PUT and only title, body and category', async () => {
    const redacted = { ...question, body: 'Ring meg på [fjernet].', bodyFindings: [] }
    const fetchMock = answerWith(json(200, redacted))
    const edit = { title: question.title, body: redacted.body, category: 'testing' }

    await expect(editQuestion('tok', 'q-1', edit)).resolves.toEqual(redacted)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/console/questions/q-1')
    expect(init.method).toBe('PUT')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(JSON.parse(init.body as string)).toEqual(edit)
  })

  it('accepts, publishes and unpublishes with a bodiless POST on the action path', async () => {
    for (const [call, action] of [
      [acceptQuestion, 'accept'],
      [publishQuestion, 'publish'],
      [unpublishQuestion, 'unpublish'],
    ] as const) {
      const fetchMock = answerWith(json(200, question))

      await expect(call('tok', 'q-1')).resolves.toEqual(question)

      const { url, init, headers } = requestOf(fetchMock)
      expect(url).toBe(`/api/console/questions/q-1/${action}`)
      expect(init.method).toBe('POST')
      expect(init.body).toBeUndefined()
      expect(headers.get('Authorization')).toBe('Bearer tok')
    }
  })

  it('rejects with the reason in the body', async () => {
    const fetchMock = answerWith(json(200, { ...question, status: 'rejected' }))

    await rejectQuestion('tok', 'q-1', 'Utenfor det vi svarer på.')

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/console/questions/q-1/reject')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string)).toEqual({ reason: 'Utenfor det vi svarer på.' })
  })

  it('answers in Markdown as `body`', async () => {
    const answered = {
      ...question,
      status: 'answered' as const,
      answerMarkdown: '**Ja**',
      answerHtml: '<p><strong>Ja</strong></p>',
    }
    const fetchMock = answerWith(json(200, answered))

    await expect(answerQuestion('tok', 'q-1', '**Ja**')).resolves.toEqual(answered)

    const { url, init } = requestOf(fetchMock)
    expect(url).toBe('/api/console/questions/q-1/answer')
    expect(JSON.parse(init.body as string)).toEqual({ body: '**Ja**' })
  })

  it('previews Markdown through the server', async () => {
    const fetchMock = answerWith(json(200, { html: '<p><strong>Ja</strong></p>' }))

    await expect(previewAnswer('tok', '**Ja**')).resolves.toEqual({
      html: '<p><strong>Ja</strong></p>',
    })

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/console/questions/preview')
    expect(init.method).toBe('POST')
    expect(headers.get('Authorization')).toBe('Bearer tok')
    expect(JSON.parse(init.body as string)).toEqual({ body: '**Ja**' })
  })

  it('reports publishing without consent as a 409 ApiError', async () => {
    answerWith(problem(409, { title: 'Conflict', detail: 'The asker did not consent' }))

    const error = await failureOf(publishQuestion('tok', 'q-1'))

    expect(error.status).toBe(409)
    expect(error.message).toBe('The asker did not consent')
  })

  it('lists the categories in a language without a token', async () => {
    const categories = [{ slug: 'testing', name: 'Testing' }]
    const fetchMock = answerWith(json(200, categories))

    await expect(listCategories('en')).resolves.toEqual(categories)

    const { url, init, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/qa/categories?lang=en')
    expect(init.method).toBe('GET')
    expect(headers.has('Authorization')).toBe(false)
  })
})

describe('chat', () => {
  const reply = { id: 'r-1', title: 'Velkommen', text: 'Hei, og velkommen.', language: 'nb' }

  it('lists the counsellors who could take a transfer', async () => {
    const counsellors = [{ id: 's-2', displayName: 'Ola', status: 'available', activeChats: 1 }]
    const fetchMock = answerWith(json(200, counsellors))

    await expect(listCounsellors('tok')).resolves.toEqual(counsellors)

    const { url, headers } = requestOf(fetchMock)
    expect(url).toBe('/api/console/counsellors')
    expect(headers.get('Authorization')).toBe('Bearer tok')
  })

  it('lists, creates, updates and deletes canned replies', async () => {
    let fetchMock = answerWith(json(200, [reply]))
    await expect(listCannedReplies('tok')).resolves.toEqual([reply])
    expect(requestOf(fetchMock).url).toBe('/api/console/canned-replies')

    const input = { title: reply.title, text: reply.text, language: 'nb' }
    fetchMock = answerWith(json(201, reply))
    await expect(createCannedReply('tok', input)).resolves.toEqual(reply)
    let sent = requestOf(fetchMock)
    expect(sent.init.method).toBe('POST')
    expect(JSON.parse(sent.init.body as string)).toEqual(input)

    fetchMock = answerWith(json(200, reply))
    await updateCannedReply('tok', 'r-1', input)
    sent = requestOf(fetchMock)
    expect(sent.url).toBe('/api/console/canned-replies/r-1')
    expect(sent.init.method).toBe('PUT')

    fetchMock = answerWith(new Response(null, { status: 204 }))
    await expect(deleteCannedReply('tok', 'r-1')).resolves.toBeUndefined()
    expect(requestOf(fetchMock).init.method).toBe('DELETE')
  })

  it('reads and adds a conversation’s notes on the conversation’s escaped path', async () => {
    const note = { id: 'n-1', text: 'Ønsker å slutte.', author: 'Kari', createdAt: 'T' }
    let fetchMock = answerWith(json(200, [note]))
    await expect(listNotes('tok', 'c/1')).resolves.toEqual([note])
    expect(requestOf(fetchMock).url).toBe('/api/console/conversations/c%2F1/notes')

    fetchMock = answerWith(json(201, note))
    await expect(addNote('tok', 'c-1', note.text)).resolves.toEqual(note)
    const sent = requestOf(fetchMock)
    expect(sent.init.method).toBe('POST')
    expect(JSON.parse(sent.init.body as string)).toEqual({ text: note.text })
  })
})
