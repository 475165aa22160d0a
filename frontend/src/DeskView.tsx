import { useEffect, useEffectEvent, useRef, useState, type SubmitEvent } from 'react'
import {
  RESULT_STATUSES,
  checkIn,
  listDeskBookings,
  listDeskClinics,
  recordAttendance,
  recordResult,
  type Attendance,
  type Clinic,
  type DeskBooking,
  type ResultStatus,
} from './api'
import { isPlausibleCode, normaliseCode } from './bookingCode'
import { InputField } from './Field'
import { hasStatus, reportFailure } from './failures'
import type { Messages } from './messages'
import { dateInZone, formatClock, formatDay, isDate, todayInClinicZone } from './time'
import { ViewHeading } from './ViewHeading'
import { ErrorMessage } from './LiveRegions'

const CLINIC_KEY = 'samtale.staff.deskClinic'

interface Props {
  t: Messages
  token: string
  onSessionExpired: () => void
}

/** The bookings shown and the clinic and date they belong to (to tell a stale list from a fresh one). */
interface Loaded {
  key: string
  bookings: DeskBooking[]
}

function rememberedClinic(): string {
  try {
    return sessionStorage.getItem(CLINIC_KEY) ?? ''
  } catch {
    return ''
  }
}

function isResultStatus(value: string): value is ResultStatus {
  return (RESULT_STATUSES as readonly string[]).includes(value)
}

/**
 * The clinic desk: check visitors in by the code they show, and record attendance and result
 * status for the day's bookings. The code is sent once and never shown back: lists carry only
 * the booking reference.
 */
export function DeskView({ t, token, onSessionExpired }: Props) {
  const [clinics, setClinics] = useState<Clinic[] | null>(null)
  const [chosenClinic, setChosenClinic] = useState(rememberedClinic)
  const [date, setDate] = useState(todayInClinicZone)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [reloads, setReloads] = useState(0)
  const [busyRows, setBusyRows] = useState<ReadonlySet<string>>(new Set())
  const [tableNotice, setTableNotice] = useState('')
  const [error, setError] = useState<string | null>(null)

  const [code, setCode] = useState('')
  const [checkingIn, setCheckingIn] = useState(false)
  const [checkedIn, setCheckedIn] = useState<DeskBooking | null>(null)
  const [checkInError, setCheckInError] = useState<string | null>(null)
  const codeInput = useRef<HTMLInputElement>(null)

  // The remembered clinic may be gone; fall back to the first one.
  const clinicId =
    clinics === null
      ? ''
      : clinics.some((clinic) => clinic.id === chosenClinic)
        ? chosenClinic
        : (clinics[0]?.id ?? '')
  const clinic = clinics?.find((candidate) => candidate.id === clinicId)
  const validDate = isDate(date)
  const key = `${clinicId}|${date}`
  const bookings = loaded?.key === key ? loaded.bookings : null

  function report(failure: unknown, show: (message: string) => void) {
    reportFailure(failure, t, onSessionExpired, show)
  }
  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    report(failure, setError)
  })

  useEffect(() => {
    let current = true
    listDeskClinics(token).then(
      (list) => {
        if (current) setClinics(list)
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token])

  useEffect(() => {
    if (clinicId === '' || !validDate) return
    let current = true
    const requested = `${clinicId}|${date}`
    listDeskBookings(token, clinicId, date).then(
      (list) => {
        if (current) setLoaded({ key: requested, bookings: list })
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token, clinicId, date, validDate, reloads])

  function chooseClinic(id: string) {
    setChosenClinic(id)
    setError(null)
    try {
      sessionStorage.setItem(CLINIC_KEY, id)
    } catch {
      // Storage unavailable: the choice lasts until reload.
    }
  }

  function replaceRow(updated: DeskBooking) {
    setLoaded((previous) =>
      previous === null
        ? previous
        : {
            key: previous.key,
            bookings: previous.bookings.map((b) => (b.id === updated.id ? updated : b)),
          },
    )
  }

  async function changeRow(
    booking: DeskBooking,
    change: () => Promise<DeskBooking>,
    describe: (updated: DeskBooking) => string,
  ) {
    if (busyRows.has(booking.id)) return
    setBusyRows((rows) => new Set(rows).add(booking.id))
    setError(null)
    setTableNotice('')
    try {
      const updated = await change()
      replaceRow(updated)
      setTableNotice(describe(updated))
    } catch (failure) {
      if (hasStatus(failure, 404, 409)) {
        setError(t.bookingChangedMeanwhile)
        setReloads((n) => n + 1)
      } else {
        report(failure, setError)
      }
    } finally {
      setBusyRows((rows) => {
        const next = new Set(rows)
        next.delete(booking.id)
        return next
      })
    }
  }

  function markAttendance(booking: DeskBooking, status: Attendance) {
    void changeRow(
      booking,
      () => recordAttendance(token, booking.id, status),
      (updated) => t.attendanceSaved(updated.reference, t.statusNames[updated.status]),
    )
  }

  function setResult(booking: DeskBooking, resultStatus: ResultStatus) {
    void changeRow(
      booking,
      () => recordResult(token, booking.id, resultStatus),
      (updated) => t.resultSaved(updated.reference, t.resultNames[updated.resultStatus]),
    )
  }

  async function submitCheckIn(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (checkingIn) return
    const normalised = normaliseCode(code)
    setCheckedIn(null)
    if (!isPlausibleCode(normalised)) {
      setCheckInError(t.checkInMalformedCode)
      codeInput.current?.focus()
      return
    }
    setCheckInError(null)
    setCheckingIn(true)
    try {
      const booking = await checkIn(token, normalised)
      setCheckedIn(booking)
      // The code is a secret that opens the booking: never leave it on the desk's screen.
      setCode('')
      const bookingDate = dateInZone(booking.startsAt)
      if (bookingDate !== date) setDate(bookingDate)
      setReloads((n) => n + 1)
    } catch (failure) {
      if (hasStatus(failure, 404)) {
        setCheckInError(t.checkInUnknownCode)
      } else if (hasStatus(failure, 409)) {
        setCheckInError(t.checkInNotPossible)
      } else {
        report(failure, setCheckInError)
      }
    } finally {
      setCheckingIn(false)
      codeInput.current?.focus()
    }
  }

  const day = validDate ? formatDay(date, t.locale) : date

  return (
    <>
      <ViewHeading>{t.deskHeading}</ViewHeading>

      <section className="panel" aria-labelledby="check-in-heading">
        <h2 id="check-in-heading">{t.checkInHeading}</h2>
        <form
          id="check-in"
          className="inline-form"
          method="post"
          onSubmit={(event) => {
            void submitCheckIn(event)
          }}
        >
          <InputField
            ref={codeInput}
            id="check-in-code"
            name="code"
            label={t.checkInCode}
            hint={t.checkInHint}
            aria-invalid={checkInError !== null || undefined}
            value={code}
            onValue={setCode}
            type="text"
            className="code-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
          />
          <button type="submit" className="primary" aria-disabled={checkingIn}>
            {checkingIn ? t.checkingIn : t.checkInSubmit}
          </button>
        </form>
        <ErrorMessage id="check-in-error" message={checkInError} />
        <p
          id="check-in-result"
          className={checkedIn === null ? 'status' : 'status success'}
          role="status"
          data-booking-id={checkedIn?.id}
        >
          {checkedIn !== null &&
            t.checkedIn(
              formatClock(checkedIn.startsAt, t.locale),
              formatDay(dateInZone(checkedIn.startsAt), t.locale),
              checkedIn.reference,
            )}
        </p>
      </section>

      <section className="panel" aria-labelledby="day-heading">
        <h2 id="day-heading">{t.deskBookingsHeading}</h2>
        {clinics !== null && clinics.length === 0 && <p>{t.deskNoClinics}</p>}
        <div className="filters">
          <div className="field">
            <label htmlFor="desk-clinic">{t.deskClinic}</label>
            <select
              id="desk-clinic"
              value={clinicId}
              disabled={clinics === null || clinics.length === 0}
              onChange={(event) => {
                chooseClinic(event.target.value)
              }}
            >
              {clinics === null && <option value="">{t.loading}</option>}
              {clinics?.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="desk-date">{t.deskDate}</label>
            <input
              id="desk-date"
              type="date"
              required
              value={date}
              onChange={(event) => {
                setDate(event.target.value)
                setError(null)
              }}
            />
          </div>
          <button
            type="button"
            onClick={() => {
              setError(null)
              setTableNotice('')
              setReloads((n) => n + 1)
            }}
          >
            {t.refresh}
          </button>
        </div>

        <ErrorMessage id="desk-error" message={error} />
        <p id="desk-notice" className="status" role="status">
          {tableNotice}
        </p>

        {clinic !== undefined && validDate && (
          <div className="table-wrap">
            <table id="desk-bookings" aria-busy={bookings === null}>
              <caption>
                {t.deskBookingsCaption(clinic.name, day)}
                <span className="caption-note"> {t.timesAreNorwegian}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.colTime}</th>
                  <th scope="col">{t.colReference}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col">{t.colResult}</th>
                  <th scope="col">{t.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {bookings === null && (
                  <tr>
                    <td colSpan={5}>{t.loading}</td>
                  </tr>
                )}
                {bookings?.length === 0 && (
                  <tr>
                    <td colSpan={5}>{t.deskNoBookings}</td>
                  </tr>
                )}
                {bookings?.map((booking) => (
                  <BookingRow
                    key={booking.id}
                    t={t}
                    booking={booking}
                    busy={busyRows.has(booking.id)}
                    onAttendance={(status) => {
                      markAttendance(booking, status)
                    }}
                    onResult={(result) => {
                      setResult(booking, result)
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  )
}

interface RowProps {
  t: Messages
  booking: DeskBooking
  busy: boolean
  onAttendance: (status: Attendance) => void
  onResult: (result: ResultStatus) => void
}

function BookingRow({ t, booking, busy, onAttendance, onResult }: RowProps) {
  const cancelled = booking.status === 'cancelled'
  const resultId = `result-${booking.id}`
  return (
    <tr
      data-booking-id={booking.id}
      data-status={booking.status}
      data-result={booking.resultStatus}
      aria-busy={busy || undefined}
    >
      <td>
        {formatClock(booking.startsAt, t.locale)}–{formatClock(booking.endsAt, t.locale)}
      </td>
      <th scope="row" className="reference">
        {booking.reference}
      </th>
      <td className={`booking-status status-${booking.status}`}>
        {t.statusNames[booking.status]}
        {booking.checkedInAt !== null && (
          <span className="muted"> ({formatClock(booking.checkedInAt, t.locale)})</span>
        )}
      </td>
      <td>
        {cancelled ? (
          t.resultNames[booking.resultStatus]
        ) : (
          <>
            <label htmlFor={resultId} className="visually-hidden">
              {t.resultLabel(booking.reference)}
            </label>
            <select
              id={resultId}
              name="resultStatus"
              value={booking.resultStatus}
              aria-disabled={busy || undefined}
              onChange={(event) => {
                const value = event.target.value
                if (!busy && isResultStatus(value)) onResult(value)
              }}
            >
              {RESULT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.resultNames[status]}
                </option>
              ))}
            </select>
          </>
        )}
      </td>
      <td>
        <div className="row-actions">
          {!cancelled && (
            <>
              <button
                type="button"
                className="mark-attended"
                aria-disabled={busy || undefined}
                aria-pressed={booking.status === 'attended'}
                onClick={() => {
                  if (!busy) onAttendance('attended')
                }}
              >
                {t.markAttended}
                <span className="visually-hidden"> {booking.reference}</span>
              </button>
              <button
                type="button"
                className="mark-no-show"
                aria-disabled={busy || undefined}
                aria-pressed={booking.status === 'no-show'}
                onClick={() => {
                  if (!busy) onAttendance('no-show')
                }}
              >
                {t.markNoShow}
                <span className="visually-hidden"> {booking.reference}</span>
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  )
}
