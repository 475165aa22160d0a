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
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  headers?: Record<string, string>
  json?: unknown
}

/** Sends a request and returns the response when it is a 2xx; every failure becomes an ApiError. */
async function send(path: string, options: RequestOptions): Promise<Response> {
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
  return response
}

async function request<T>(path: string, options: RequestOptions): Promise<T> {
  const response = await send(path, options)
  try {
    return (await response.json()) as T
  } catch (cause) {
    // A 2xx that is not JSON means something other than the API answered (e.g. an HTML fallback).
    throw new ApiError({ status: response.status, title: 'Unexpected response' }, null, { cause })
  }
}

/** For calls answered with 204 No Content: any 2xx is success and the body is ignored. */
async function requestWithoutBody(path: string, options: RequestOptions): Promise<void> {
  await send(path, options)
}

/** A path with its query string; parameters left undefined are omitted. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, value)
  }
  const text = query.toString()
  return text === '' ? path : `${path}?${text}`
}

/** One path segment (an id from the server), escaped so it can never change the path. */
function segment(id: string): string {
  return encodeURIComponent(id)
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

// --- Booking (DESIGN.md §4 "Booking"): clinics and slots (admin), the clinic desk (clinic) -------

export interface ClinicInput {
  name: string
  address: string
  directions: string
  practicalInfo: string
}

export interface Clinic extends ClinicInput {
  id: string
}

export interface AdminSlot {
  id: string
  clinicId: string
  /** ISO-8601 with offset. */
  startsAt: string
  endsAt: string
  capacity: number
  /** Bookings that hold a place (not cancelled). */
  booked: number
  cancelled: boolean
}

export interface NewSlot {
  /** ISO-8601 with offset. */
  startsAt: string
  endsAt: string
  capacity: number
}

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const

export type Weekday = (typeof WEEKDAYS)[number]

/** Slots on the chosen weekdays between two dates; times are Europe/Oslo wall-clock time. */
export interface WeeklyTemplate {
  /** YYYY-MM-DD, both inclusive. */
  from: string
  to: string
  days: Weekday[]
  /** HH:mm */
  startTime: string
  endTime: string
  slotMinutes: number
  capacity: number
}

export interface WeeklyResult {
  created: number
  slots: AdminSlot[]
}

export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no-show'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export const RESULT_STATUSES = ['pending', 'no-action-needed', 'contact-clinic'] as const
export type ResultStatus = (typeof RESULT_STATUSES)[number]

export type Attendance = 'attended' | 'no-show'

/**
 * A booking as the clinic desk sees it. `reference` is a short booking reference for talking
 * about a booking; the visitor's code is never sent to staff.
 */
export interface DeskBooking {
  id: string
  reference: string
  slotId: string
  /** ISO-8601 with offset. */
  startsAt: string
  endsAt: string
  status: BookingStatus
  resultStatus: ResultStatus
  checkedInAt: string | null
}

export function listClinics(token: string): Promise<Clinic[]> {
  return request<Clinic[]>('/api/admin/clinics', { method: 'GET', headers: bearer(token) })
}

export function createClinic(token: string, clinic: ClinicInput): Promise<Clinic> {
  return request<Clinic>('/api/admin/clinics', {
    method: 'POST',
    headers: bearer(token),
    json: clinic,
  })
}

export function updateClinic(token: string, id: string, clinic: ClinicInput): Promise<Clinic> {
  return request<Clinic>(`/api/admin/clinics/${segment(id)}`, {
    method: 'PUT',
    headers: bearer(token),
    json: clinic,
  })
}

/** A clinic's slots (cancelled ones included) by start time; `from` and `to` are YYYY-MM-DD. */
export function listSlots(
  token: string,
  clinicId: string,
  range: { from: string; to: string },
): Promise<AdminSlot[]> {
  return request<AdminSlot[]>(
    withQuery(`/api/admin/clinics/${segment(clinicId)}/slots`, { from: range.from, to: range.to }),
    { method: 'GET', headers: bearer(token) },
  )
}

export function createSlot(token: string, clinicId: string, slot: NewSlot): Promise<AdminSlot> {
  return request<AdminSlot>(`/api/admin/clinics/${segment(clinicId)}/slots`, {
    method: 'POST',
    headers: bearer(token),
    json: slot,
  })
}

export function createWeeklySlots(
  token: string,
  clinicId: string,
  template: WeeklyTemplate,
): Promise<WeeklyResult> {
  return request<WeeklyResult>(`/api/admin/clinics/${segment(clinicId)}/slots/weekly`, {
    method: 'POST',
    headers: bearer(token),
    json: template,
  })
}

/** Deletes a slot nobody has booked; a slot with bookings answers 409 and must be cancelled. */
export function deleteSlot(token: string, slotId: string): Promise<void> {
  return requestWithoutBody(`/api/admin/slots/${segment(slotId)}`, {
    method: 'DELETE',
    headers: bearer(token),
  })
}

/** Cancels a slot; its bookings become `cancelled`. */
export function cancelSlot(token: string, slotId: string): Promise<AdminSlot> {
  return request<AdminSlot>(`/api/admin/slots/${segment(slotId)}/cancel`, {
    method: 'POST',
    headers: bearer(token),
  })
}

export function listDeskClinics(token: string): Promise<Clinic[]> {
  return request<Clinic[]>('/api/console/clinic/clinics', { method: 'GET', headers: bearer(token) })
}

/** A clinic's bookings on one day (YYYY-MM-DD; the server's today when left out), by time. */
export function listDeskBookings(
  token: string,
  clinicId: string,
  date?: string,
): Promise<DeskBooking[]> {
  return request<DeskBooking[]>(withQuery('/api/console/clinic/bookings', { clinicId, date }), {
    method: 'GET',
    headers: bearer(token),
  })
}

/**
 * Checks a visitor in by their booking code. The code goes in the body, never in the URL.
 * 404: no booking has that code; 409: the booking is cancelled or not today.
 */
export function checkIn(token: string, code: string): Promise<DeskBooking> {
  return request<DeskBooking>('/api/console/clinic/check-in', {
    method: 'POST',
    headers: bearer(token),
    json: { code },
  })
}

export function recordAttendance(
  token: string,
  bookingId: string,
  status: Attendance,
): Promise<DeskBooking> {
  return request<DeskBooking>(`/api/console/clinic/bookings/${segment(bookingId)}/attendance`, {
    method: 'POST',
    headers: bearer(token),
    json: { status },
  })
}

export function recordResult(
  token: string,
  bookingId: string,
  resultStatus: ResultStatus,
): Promise<DeskBooking> {
  return request<DeskBooking>(`/api/console/clinic/bookings/${segment(bookingId)}/result`, {
    method: 'POST',
    headers: bearer(token),
    json: { resultStatus },
  })
}

// --- Questions and answers (DESIGN.md §4 "Questions and answers"): moderation and answers ------

export const QUESTION_STATUSES = [
  'received',
  'accepted',
  'rejected',
  'answered',
  'published',
  'withdrawn',
] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const FINDING_KINDS = ['email', 'phone', 'national-id-no', 'personal-id-se', 'url'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/**
 * Personal data the server found in a text: `match` is `text.slice(start, end)` (UTF-16 offsets,
 * `end` exclusive). Findings are ordered and never overlap.
 */
export interface Finding {
  kind: FindingKind
  start: number
  end: number
  match: string
}

/** A question as moderators and counsellors see it (the server's `ForStaff`). */
export interface StaffQuestion {
  id: string
  status: QuestionStatus
  title: string
  body: string
  /** A category slug (see `listCategories`). */
  category: string
  /** The asker's language: nb, sv or en. */
  language: string
  publishConsent: boolean
  /** A moderator has changed the asker's text. */
  redacted: boolean
  rejectReason: string | null
  answerMarkdown: string | null
  /** The answer rendered and sanitised by the server. */
  answerHtml: string | null
  /** ISO-8601 with offset. */
  answeredAt: string | null
  publishedAt: string | null
  /** Set once the question has been published; the public page is `/qa/{slug}`. */
  slug: string | null
  lastChangedAt: string
  titleFindings: Finding[]
  bodyFindings: Finding[]
}

/** A moderator's redaction of the asker's text. */
export interface QuestionEdit {
  title: string
  body: string
  category: string
}

export interface Category {
  slug: string
  name: string
}

/** Markdown rendered and sanitised by the server, exactly as a published answer would be. */
export interface AnswerPreview {
  html: string
}

/** The questions in one status, oldest first (the one who has waited longest comes first). */
export function listQuestions(token: string, status: QuestionStatus): Promise<StaffQuestion[]> {
  return request<StaffQuestion[]>(withQuery('/api/console/questions', { status }), {
    method: 'GET',
    headers: bearer(token),
  })
}

/** Published answers older than a year, due for a review. */
export function listQuestionsForReview(token: string): Promise<StaffQuestion[]> {
  return request<StaffQuestion[]>('/api/console/questions/review', {
    method: 'GET',
    headers: bearer(token),
  })
}

export function getQuestion(token: string, id: string): Promise<StaffQuestion> {
  return request<StaffQuestion>(`/api/console/questions/${segment(id)}`, {
    method: 'GET',
    headers: bearer(token),
  })
}

/** Redacts (moderator): only the edited text is kept. 409 once the question is published or closed. */
export function editQuestion(
  token: string,
  id: string,
  edit: QuestionEdit,
): Promise<StaffQuestion> {
  return request<StaffQuestion>(`/api/console/questions/${segment(id)}`, {
    method: 'PUT',
    headers: bearer(token),
    json: edit,
  })
}

function questionAction(
  token: string,
  id: string,
  action: 'accept' | 'reject' | 'answer' | 'publish' | 'unpublish',
  json?: unknown,
): Promise<StaffQuestion> {
  const options: RequestOptions = { method: 'POST', headers: bearer(token) }
  if (json !== undefined) options.json = json
  return request<StaffQuestion>(`/api/console/questions/${segment(id)}/${action}`, options)
}

export function acceptQuestion(token: string, id: string): Promise<StaffQuestion> {
  return questionAction(token, id, 'accept')
}

/** Rejects (moderator) with a reason the asker sees. */
export function rejectQuestion(token: string, id: string, reason: string): Promise<StaffQuestion> {
  return questionAction(token, id, 'reject', { reason })
}

/** Answers in Markdown (counsellor), while the question is accepted or answered. */
export function answerQuestion(
  token: string,
  id: string,
  markdown: string,
): Promise<StaffQuestion> {
  return questionAction(token, id, 'answer', { body: markdown })
}

export function previewAnswer(token: string, markdown: string): Promise<AnswerPreview> {
  return request<AnswerPreview>('/api/console/questions/preview', {
    method: 'POST',
    headers: bearer(token),
    json: { body: markdown },
  })
}

/** Publishes (moderator); 409 when the asker did not consent. */
export function publishQuestion(token: string, id: string): Promise<StaffQuestion> {
  return questionAction(token, id, 'publish')
}

export function unpublishQuestion(token: string, id: string): Promise<StaffQuestion> {
  return questionAction(token, id, 'unpublish')
}

/** The Q&A categories named in `lang` (public: no token). */
export function listCategories(lang: string): Promise<Category[]> {
  return request<Category[]>(withQuery('/api/qa/categories', { lang }), { method: 'GET' })
}

/**
 * A validation problem's messages by field. The server may name a field by its full path
 * (`create.request.capacity`); the last segment is the field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const byField: Record<string, string> = {}
  for (const { field, message } of error.problem.errors ?? []) {
    const name = field.split('.').pop() ?? field
    byField[name] = byField[name] === undefined ? message : `${byField[name]} ${message}`
  }
  return byField
}

// --- Chat opening hours (docs/chat.md, admin) ----------------------------------------------------

/** A weekly opening period in the service's zone. `closes` may be "24:00" (midnight at day's end). */
export interface OpeningPeriod {
  day: Weekday
  /** HH:MM */
  opens: string
  closes: string
}

export interface ClosedDay {
  /** YYYY-MM-DD */
  date: string
  note: string | null
}

export interface OpeningHours {
  /** The zone the times are in (Europe/Oslo). */
  zone: string
  weekly: OpeningPeriod[]
  closedDays: ClosedDay[]
}

export type OpeningHoursInput = Pick<OpeningHours, 'weekly' | 'closedDays'>

export function getOpeningHours(token: string): Promise<OpeningHours> {
  return request<OpeningHours>('/api/admin/opening-hours', {
    method: 'GET',
    headers: bearer(token),
  })
}

/** Replaces the whole schedule; 400 (with a `detail`) when periods overlap or a day is listed twice. */
export function saveOpeningHours(token: string, hours: OpeningHoursInput): Promise<OpeningHours> {
  return request<OpeningHours>('/api/admin/opening-hours', {
    method: 'PUT',
    headers: bearer(token),
    json: hours,
  })
}

// --- Chat (docs/chat.md): counsellors to transfer to, canned replies, internal notes -----------

export const COUNSELLOR_STATUSES = ['available', 'away', 'offline'] as const
export type CounsellorStatus = (typeof COUNSELLOR_STATUSES)[number]

/** Another counsellor, as a transfer target. */
export interface Counsellor {
  id: string
  displayName: string
  status: CounsellorStatus
  activeChats: number
}

export interface CannedReplyInput {
  title: string
  text: string
  /** nb, sv or en. */
  language: string
}

/** A reply kept ready to insert into a chat; shared by all counsellors. */
export interface CannedReply extends CannedReplyInput {
  id: string
}

/** An internal note on a conversation; the visitor never sees it. */
export interface ChatNote {
  id: string
  text: string
  /** The author's display name. */
  author: string
  /** ISO-8601 with offset. */
  createdAt: string
}

/** The counsellors other than the caller, with whether they could take a transfer now. */
export function listCounsellors(token: string): Promise<Counsellor[]> {
  return request<Counsellor[]>('/api/console/counsellors', {
    method: 'GET',
    headers: bearer(token),
  })
}

export function listCannedReplies(token: string): Promise<CannedReply[]> {
  return request<CannedReply[]>('/api/console/canned-replies', {
    method: 'GET',
    headers: bearer(token),
  })
}

export function createCannedReply(token: string, reply: CannedReplyInput): Promise<CannedReply> {
  return request<CannedReply>('/api/console/canned-replies', {
    method: 'POST',
    headers: bearer(token),
    json: reply,
  })
}

export function updateCannedReply(
  token: string,
  id: string,
  reply: CannedReplyInput,
): Promise<CannedReply> {
  return request<CannedReply>(`/api/console/canned-replies/${segment(id)}`, {
    method: 'PUT',
    headers: bearer(token),
    json: reply,
  })
}

export function deleteCannedReply(token: string, id: string): Promise<void> {
  return requestWithoutBody(`/api/console/canned-replies/${segment(id)}`, {
    method: 'DELETE',
    headers: bearer(token),
  })
}

/** A conversation's notes, oldest first. 404 when the caller does not hold the conversation. */
export function listNotes(token: string, conversationId: string): Promise<ChatNote[]> {
  return request<ChatNote[]>(`/api/console/conversations/${segment(conversationId)}/notes`, {
    method: 'GET',
    headers: bearer(token),
  })
}

export function addNote(token: string, conversationId: string, text: string): Promise<ChatNote> {
  return request<ChatNote>(`/api/console/conversations/${segment(conversationId)}/notes`, {
    method: 'POST',
    headers: bearer(token),
    json: { text },
  })
}
