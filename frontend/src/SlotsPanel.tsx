import { useEffect, useEffectEvent, useRef, useState, type SubmitEvent } from 'react'
import {
  WEEKDAYS,
  cancelSlot,
  createSlot,
  createWeeklySlots,
  deleteSlot,
  fieldErrorsOf,
  listSlots,
  type AdminSlot,
  type Clinic,
  type Weekday,
} from './api'
import { ConfirmDialog } from './ConfirmDialog'
import { DataTable, RowActions, RowButton } from './DataTable'
import { hasStatus, reportFailure } from './failures'
import { InputField } from './Field'
import { HeadedForm } from './HeadedForm'
import { ErrorBlock, StatusMessage } from './LiveRegions'
import type { Messages } from './messages'
import {
  addDays,
  dateInZone,
  formatClock,
  formatDay,
  isDate,
  todayInClinicZone,
  zonedDateTimeToIso,
} from './time'

/** How far ahead the slot list looks. */
const LIST_DAYS = 28

interface Props {
  t: Messages
  token: string
  clinic: Clinic
  onSessionExpired: () => void
}

/** A slot as people name it: "mandag 4. mars 2030 16:00–16:20". */
function slotLabel(slot: AdminSlot, t: Messages): string {
  return (
    `${formatDay(dateInZone(slot.startsAt), t.locale)} ` +
    `${formatClock(slot.startsAt, t.locale)}–${formatClock(slot.endsAt, t.locale)}`
  )
}

interface Problem {
  message: string
  /** A slot that could not be deleted because it has bookings: offer to cancel it instead. */
  cancelInstead?: AdminSlot
}

/** One clinic's slots for the next four weeks, with delete and cancel, and the two slot forms. */
export function SlotsPanel({ t, token, clinic, onSessionExpired }: Props) {
  const [today] = useState(todayInClinicZone)
  const to = addDays(today, LIST_DAYS)
  const [slots, setSlots] = useState<AdminSlot[] | null>(null)
  const [reloads, setReloads] = useState(0)
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [confirming, setConfirming] = useState<AdminSlot | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, (message) => {
      setProblem({ message })
    })
  })

  useEffect(() => {
    let current = true
    listSlots(token, clinic.id, { from: today, to }).then(
      (list) => {
        if (current) setSlots(list)
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token, clinic.id, today, to, reloads])

  function reload() {
    setReloads((n) => n + 1)
  }

  /** After a row's buttons have gone, put focus somewhere sensible rather than on <body>. */
  function focusHeading() {
    heading.current?.focus()
  }

  async function remove(slot: AdminSlot) {
    if (busy !== null) return
    setBusy(slot.id)
    setProblem(null)
    setNotice('')
    try {
      await deleteSlot(token, slot.id)
      setSlots((list) => list?.filter((s) => s.id !== slot.id) ?? null)
      setNotice(t.slotDeleted(slotLabel(slot, t)))
      focusHeading()
    } catch (failure) {
      if (hasStatus(failure, 409)) {
        setProblem({ message: t.slotHasBookings(slotLabel(slot, t)), cancelInstead: slot })
        reload()
      } else {
        reportFailure(failure, t, onSessionExpired, (message) => {
          setProblem({ message })
        })
      }
    } finally {
      setBusy(null)
    }
  }

  async function cancel(slot: AdminSlot) {
    setConfirming(null)
    if (busy !== null) return
    setBusy(slot.id)
    setProblem(null)
    setNotice('')
    try {
      const updated = await cancelSlot(token, slot.id)
      setSlots((list) => list?.map((s) => (s.id === updated.id ? updated : s)) ?? null)
      setNotice(t.slotWasCancelled(slotLabel(updated, t)))
      focusHeading()
    } catch (failure) {
      reportFailure(failure, t, onSessionExpired, (message) => {
        setProblem({ message })
      })
      reload()
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="panel" aria-labelledby="slots-heading">
      <h2 id="slots-heading" ref={heading} tabIndex={-1}>
        {t.slotsHeading(clinic.name)}
      </h2>
      <p className="muted">{t.timesAreNorwegian}</p>

      {problem !== null && (
        <ErrorBlock id="slots-error" message={problem.message}>
          {problem.cancelInstead !== undefined && (
            <button
              type="button"
              onClick={() => {
                // The list has been reloaded since the 409: confirm with the fresh booking count.
                const stale = problem.cancelInstead
                setConfirming(slots?.find((s) => s.id === stale?.id) ?? stale ?? null)
              }}
            >
              {t.cancelInstead}
            </button>
          )}
        </ErrorBlock>
      )}
      <StatusMessage id="slots-notice" text={notice} />

      <DataTable
        id="admin-slots"
        busy={slots === null}
        caption={t.slotsCaption(formatDay(today, t.locale), formatDay(to, t.locale))}
        columns={[t.colDate, t.colTime, t.colCapacity, t.colBooked, t.colStatus, t.colActions]}
        placeholder={slots === null ? t.loading : slots.length === 0 ? t.noSlots : undefined}
      >
        {slots?.map((slot) => (
          <tr key={slot.id} data-slot-id={slot.id} data-cancelled={slot.cancelled}>
            <th scope="row">{formatDay(dateInZone(slot.startsAt), t.locale)}</th>
            <td>
              {formatClock(slot.startsAt, t.locale)}–{formatClock(slot.endsAt, t.locale)}
            </td>
            <td>{slot.capacity}</td>
            <td>{slot.booked}</td>
            <td>
              {slot.cancelled
                ? t.slotCancelled
                : slot.booked >= slot.capacity
                  ? t.slotFull
                  : t.slotOpen}
            </td>
            <RowActions>
              {!slot.cancelled && slot.booked === 0 && (
                <RowButton
                  className="delete-slot"
                  label={t.deleteSlot}
                  target={slotLabel(slot, t)}
                  disabled={busy === slot.id}
                  onClick={() => {
                    void remove(slot)
                  }}
                />
              )}
              {!slot.cancelled && slot.booked > 0 && (
                <RowButton
                  className="cancel-slot danger"
                  label={t.cancelSlot}
                  target={slotLabel(slot, t)}
                  disabled={busy === slot.id}
                  onClick={() => {
                    setConfirming(slot)
                  }}
                />
              )}
            </RowActions>
          </tr>
        ))}
      </DataTable>

      <ConfirmDialog
        open={confirming !== null}
        title={t.confirmCancelTitle}
        text={
          confirming === null
            ? ''
            : t.confirmCancelText(slotLabel(confirming, t), confirming.booked)
        }
        confirmLabel={t.confirmCancel}
        cancelLabel={t.keepSlot}
        onConfirm={() => {
          if (confirming !== null) void cancel(confirming)
        }}
        onCancel={() => {
          setConfirming(null)
        }}
      />

      <div className="slot-forms">
        <SingleSlotForm
          t={t}
          token={token}
          clinic={clinic}
          today={today}
          onCreated={reload}
          onSessionExpired={onSessionExpired}
        />
        <WeeklyForm
          t={t}
          token={token}
          clinic={clinic}
          today={today}
          onCreated={reload}
          onSessionExpired={onSessionExpired}
        />
      </div>
    </section>
  )
}

interface FormProps {
  t: Messages
  token: string
  clinic: Clinic
  today: string
  onCreated: () => void
  onSessionExpired: () => void
}

/** Whole numbers from 1 up, as typed into a number field; null otherwise. */
function positiveInteger(value: string): number | null {
  return /^\s*\d+\s*$/.test(value) && Number(value) >= 1 ? Number(value) : null
}

function SingleSlotForm({ t, token, clinic, today, onCreated, onSessionExpired }: FormProps) {
  const [date, setDate] = useState(today)
  const [start, setStart] = useState('16:00')
  const [end, setEnd] = useState('16:20')
  const [capacity, setCapacity] = useState('2')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setError(null)
    setNotice('')
    setFieldErrors({})
    const places = positiveInteger(capacity)
    if (!isDate(date) || start === '' || end === '' || places === null) {
      setError(t.invalidInput)
      return
    }
    if (end <= start) {
      setFieldErrors({ endsAt: t.endBeforeStart })
      setError(t.endBeforeStart)
      return
    }
    setBusy(true)
    try {
      const slot = await createSlot(token, clinic.id, {
        startsAt: zonedDateTimeToIso(date, start),
        endsAt: zonedDateTimeToIso(date, end),
        capacity: places,
      })
      setNotice(t.slotCreated(slotLabel(slot, t)))
      onCreated()
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure))
      reportFailure(failure, t, onSessionExpired, setError)
    } finally {
      setBusy(false)
    }
  }

  return (
    <HeadedForm
      id="slot-form"
      heading={t.singleSlotHeading}
      headingId="slot-form-heading"
      error={error}
      errorId="slot-form-error"
      method="post"
      onSubmit={(event) => {
        void submit(event)
      }}
    >
      <InputField
        id="slot-date"
        label={t.slotDate}
        type="date"
        required
        min={today}
        value={date}
        onValue={setDate}
        error={fieldErrors.date}
      />
      <div className="field-row">
        <InputField
          id="slot-start"
          label={t.slotStart}
          type="time"
          required
          value={start}
          onValue={setStart}
          error={fieldErrors.startsAt}
        />
        <InputField
          id="slot-end"
          label={t.slotEnd}
          type="time"
          required
          value={end}
          onValue={setEnd}
          error={fieldErrors.endsAt}
        />
      </div>
      <InputField
        id="slot-capacity"
        label={t.slotCapacity}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        value={capacity}
        onValue={setCapacity}
        error={fieldErrors.capacity}
      />
      <button type="submit" className="primary" aria-disabled={busy}>
        {busy ? t.saving : t.createSlot}
      </button>
      <StatusMessage id="slot-form-status" text={notice} />
    </HeadedForm>
  )
}

function WeeklyForm({ t, token, clinic, today, onCreated, onSessionExpired }: FormProps) {
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(() => addDays(today, LIST_DAYS - 1))
  const [days, setDays] = useState<ReadonlySet<Weekday>>(new Set())
  const [startTime, setStartTime] = useState('16:00')
  const [endTime, setEndTime] = useState('19:00')
  const [slotMinutes, setSlotMinutes] = useState('20')
  const [capacity, setCapacity] = useState('2')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)

  function toggleDay(day: Weekday, on: boolean) {
    setDays((previous) => {
      const next = new Set(previous)
      if (on) next.add(day)
      else next.delete(day)
      return next
    })
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setError(null)
    setNotice('')
    setFieldErrors({})
    const minutes = positiveInteger(slotMinutes)
    const places = positiveInteger(capacity)
    if (!isDate(from) || !isDate(to) || minutes === null || places === null) {
      setError(t.invalidInput)
      return
    }
    if (days.size === 0) {
      setFieldErrors({ days: t.noDaysChosen })
      setError(t.noDaysChosen)
      return
    }
    if (to < from) {
      setFieldErrors({ to: t.toBeforeFrom })
      setError(t.toBeforeFrom)
      return
    }
    if (endTime <= startTime) {
      setFieldErrors({ endTime: t.endBeforeStart })
      setError(t.endBeforeStart)
      return
    }
    setBusy(true)
    try {
      const result = await createWeeklySlots(token, clinic.id, {
        from,
        to,
        days: WEEKDAYS.filter((day) => days.has(day)),
        startTime,
        endTime,
        slotMinutes: minutes,
        capacity: places,
      })
      setNotice(t.weeklyCreated(result.created))
      onCreated()
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure))
      reportFailure(failure, t, onSessionExpired, setError)
    } finally {
      setBusy(false)
    }
  }

  const daysError = fieldErrors.days

  return (
    <HeadedForm
      id="weekly-form"
      heading={t.weeklyHeading}
      headingId="weekly-form-heading"
      intro={{ id: 'weekly-form-intro', text: t.weeklyIntro }}
      error={error}
      errorId="weekly-form-error"
      method="post"
      onSubmit={(event) => {
        void submit(event)
      }}
    >
      <div className="field-row">
        <InputField
          id="weekly-from"
          label={t.weeklyFrom}
          type="date"
          required
          value={from}
          onValue={setFrom}
          error={fieldErrors.from}
        />
        <InputField
          id="weekly-to"
          label={t.weeklyTo}
          type="date"
          required
          min={from}
          value={to}
          onValue={setTo}
          error={fieldErrors.to}
        />
      </div>
      <fieldset
        className="weekdays"
        aria-describedby={daysError === undefined ? undefined : 'weekly-days-error'}
      >
        <legend>{t.weeklyDays}</legend>
        {WEEKDAYS.map((day) => (
          <div key={day} className="checkbox">
            <input
              id={`weekly-day-${day}`}
              type="checkbox"
              name="days"
              value={day}
              checked={days.has(day)}
              onChange={(event) => {
                toggleDay(day, event.target.checked)
              }}
            />
            <label htmlFor={`weekly-day-${day}`}>{t.weekdayNames[day]}</label>
          </div>
        ))}
        {daysError !== undefined && (
          <p id="weekly-days-error" className="field-error">
            {daysError}
          </p>
        )}
      </fieldset>
      <div className="field-row">
        <InputField
          id="weekly-start"
          label={t.weeklyStart}
          type="time"
          required
          value={startTime}
          onValue={setStartTime}
          error={fieldErrors.startTime}
        />
        <InputField
          id="weekly-end"
          label={t.weeklyEnd}
          type="time"
          required
          value={endTime}
          onValue={setEndTime}
          error={fieldErrors.endTime}
        />
      </div>
      <div className="field-row">
        <InputField
          id="weekly-minutes"
          label={t.weeklyMinutes}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={slotMinutes}
          onValue={setSlotMinutes}
          error={fieldErrors.slotMinutes}
        />
        <InputField
          id="weekly-capacity"
          label={t.weeklyCapacity}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={capacity}
          onValue={setCapacity}
          error={fieldErrors.capacity}
        />
      </div>
      <button type="submit" className="primary" aria-disabled={busy}>
        {busy ? t.saving : t.createWeekly}
      </button>
      <StatusMessage id="weekly-form-status" text={notice} />
    </HeadedForm>
  )
}
