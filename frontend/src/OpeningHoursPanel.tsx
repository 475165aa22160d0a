import { useEffect, useEffectEvent, useRef, useState, type SubmitEvent } from 'react'
import {
  WEEKDAYS,
  getOpeningHours,
  saveOpeningHours,
  type ClosedDay,
  type OpeningPeriod,
  type Weekday,
} from './api'
import { reportFailure } from './failures'
import { InputField } from './Field'
import type { Messages } from './messages'
import {
  closedDayProblem,
  normalizeClock,
  periodProblem,
  serverDetails,
  sortClosedDays,
  sortPeriods,
} from './openingHours'
import { formatDay } from './time'

interface Props {
  t: Messages
  token: string
  onSessionExpired: () => void
}

interface Schedule {
  zone: string
  weekly: OpeningPeriod[]
  closedDays: ClosedDay[]
}

interface Problem {
  message: string
  /** The server's own words about a refused schedule (e.g. "Periods on MONDAY overlap."). */
  details: string[]
}

function periodLabel(period: OpeningPeriod, t: Messages): string {
  return t.hoursPeriod(t.weekdayNames[period.day], period.opens, period.closes)
}

/**
 * Admin: the chat's weekly opening hours and closed days. Periods and days are added and removed
 * here, and nothing changes on the server until the whole schedule is saved.
 */
export function OpeningHoursPanel({ t, token, onSessionExpired }: Props) {
  const [schedule, setSchedule] = useState<Schedule | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setLoadError)
  })

  useEffect(() => {
    let current = true
    getOpeningHours(token).then(
      (hours) => {
        if (current) {
          setSchedule({
            zone: hours.zone,
            weekly: sortPeriods(hours.weekly),
            closedDays: sortClosedDays(hours.closedDays),
          })
        }
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token])

  function change(update: (previous: Schedule) => Schedule, message: string) {
    setSchedule((previous) => (previous === null ? null : update(previous)))
    setProblem(null)
    setNotice(message)
  }

  function addPeriod(period: OpeningPeriod) {
    change(
      (previous) => ({ ...previous, weekly: sortPeriods([...previous.weekly, period]) }),
      t.hoursPeriodAdded(periodLabel(period, t)),
    )
  }

  function removePeriod(period: OpeningPeriod) {
    change(
      (previous) => ({ ...previous, weekly: previous.weekly.filter((p) => p !== period) }),
      t.hoursPeriodRemoved(periodLabel(period, t)),
    )
    heading.current?.focus()
  }

  function addClosedDay(day: ClosedDay) {
    change(
      (previous) => ({ ...previous, closedDays: sortClosedDays([...previous.closedDays, day]) }),
      t.hoursClosedAdded(formatDay(day.date, t.locale)),
    )
  }

  function removeClosedDay(day: ClosedDay) {
    change(
      (previous) => ({ ...previous, closedDays: previous.closedDays.filter((d) => d !== day) }),
      t.hoursClosedRemoved(formatDay(day.date, t.locale)),
    )
    heading.current?.focus()
  }

  async function save() {
    if (busy || schedule === null) return
    setBusy(true)
    setProblem(null)
    setNotice('')
    try {
      const saved = await saveOpeningHours(token, {
        weekly: schedule.weekly,
        closedDays: schedule.closedDays,
      })
      setSchedule({
        zone: saved.zone,
        weekly: sortPeriods(saved.weekly),
        closedDays: sortClosedDays(saved.closedDays),
      })
      setNotice(t.hoursSaved)
    } catch (failure) {
      reportFailure(failure, t, onSessionExpired, (message) => {
        setProblem({ message, details: serverDetails(failure) })
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section id="opening-hours" className="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading" ref={heading} tabIndex={-1}>
        {t.hoursHeading}
      </h2>
      {loadError !== null && (
        <p id="hours-load-error" className="error" role="alert">
          {loadError}
        </p>
      )}
      {schedule === null && loadError === null && <p>{t.loading}</p>}
      {schedule !== null && (
        <>
          <p className="muted">{t.hoursIntro(schedule.zone)}</p>
          {problem !== null && (
            <div id="hours-error" className="error" role="alert">
              <p>{problem.message}</p>
              {problem.details.length > 0 && (
                <>
                  <p>{t.hoursServerSaid}</p>
                  <ul>
                    {problem.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          <p id="hours-notice" className="status" role="status">
            {notice}
          </p>

          <div className="table-wrap">
            <table id="hours-weekly">
              <caption>{t.hoursWeeklyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colWeekday}</th>
                  <th scope="col">{t.colOpens}</th>
                  <th scope="col">{t.colCloses}</th>
                  <th scope="col">{t.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.weekly.length === 0 && (
                  <tr>
                    <td colSpan={4}>{t.hoursNoPeriods}</td>
                  </tr>
                )}
                {schedule.weekly.map((period) => (
                  <tr
                    key={`${period.day}-${period.opens}`}
                    data-day={period.day}
                    data-opens={period.opens}
                    data-closes={period.closes}
                  >
                    <th scope="row">{t.weekdayNames[period.day]}</th>
                    <td>{period.opens}</td>
                    <td>{period.closes}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="remove-period"
                          onClick={() => {
                            removePeriod(period)
                          }}
                        >
                          {t.hoursRemove}
                          <span className="visually-hidden"> {periodLabel(period, t)}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="table-wrap">
            <table id="hours-closed">
              <caption>{t.hoursClosedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colDate}</th>
                  <th scope="col">{t.colNote}</th>
                  <th scope="col">{t.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.closedDays.length === 0 && (
                  <tr>
                    <td colSpan={3}>{t.hoursNoClosedDays}</td>
                  </tr>
                )}
                {schedule.closedDays.map((day) => (
                  <tr key={day.date} data-date={day.date}>
                    <th scope="row">{formatDay(day.date, t.locale)}</th>
                    <td>{day.note}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="remove-closed-day"
                          onClick={() => {
                            removeClosedDay(day)
                          }}
                        >
                          {t.hoursRemove}
                          <span className="visually-hidden"> {formatDay(day.date, t.locale)}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <button
            id="hours-save"
            type="button"
            className="primary"
            aria-disabled={busy}
            onClick={() => {
              void save()
            }}
          >
            {busy ? t.saving : t.hoursSave}
          </button>

          <div className="slot-forms">
            <PeriodForm t={t} periods={schedule.weekly} onAdd={addPeriod} />
            <ClosedDayForm t={t} days={schedule.closedDays} onAdd={addClosedDay} />
          </div>
        </>
      )}
    </section>
  )
}

function PeriodForm({
  t,
  periods,
  onAdd,
}: {
  t: Messages
  periods: readonly OpeningPeriod[]
  onAdd: (period: OpeningPeriod) => void
}) {
  const [day, setDay] = useState<Weekday>('MONDAY')
  const [opens, setOpens] = useState('')
  const [closes, setCloses] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const period: OpeningPeriod = {
      day,
      opens: normalizeClock(opens),
      closes: normalizeClock(closes),
    }
    const problem = periodProblem(periods, period)
    if (problem === null) {
      setError(null)
      setFieldErrors({})
      setOpens('')
      setCloses('')
      onAdd(period)
      return
    }
    const message =
      problem === 'invalid-time'
        ? t.hoursInvalidTime
        : problem === 'closes-before-opens'
          ? t.hoursClosesBeforeOpens
          : t.hoursOverlap(t.weekdayNames[day])
    setError(message)
    setFieldErrors(problem === 'overlap' ? { opens: message } : { closes: message })
  }

  return (
    <form
      id="hours-period-form"
      className="stacked-form"
      aria-labelledby="hours-period-heading"
      onSubmit={submit}
    >
      <h3 id="hours-period-heading">{t.hoursAddPeriodHeading}</h3>
      {error !== null && (
        <p id="hours-period-error" className="error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="hours-day">{t.hoursDay}</label>
        <select
          id="hours-day"
          value={day}
          onChange={(event) => {
            const value = WEEKDAYS.find((weekday) => weekday === event.target.value)
            if (value !== undefined) setDay(value)
          }}
        >
          {WEEKDAYS.map((weekday) => (
            <option key={weekday} value={weekday}>
              {t.weekdayNames[weekday]}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <InputField
          id="hours-opens"
          label={t.hoursOpens}
          hint={t.hoursOpensHint}
          required
          autoComplete="off"
          maxLength={5}
          value={opens}
          onValue={setOpens}
          error={fieldErrors.opens}
        />
        <InputField
          id="hours-closes"
          label={t.hoursCloses}
          hint={t.hoursClosesHint}
          required
          autoComplete="off"
          maxLength={5}
          value={closes}
          onValue={setCloses}
          error={fieldErrors.closes}
        />
      </div>
      <button type="submit">{t.hoursAddPeriod}</button>
    </form>
  )
}

function ClosedDayForm({
  t,
  days,
  onAdd,
}: {
  t: Messages
  days: readonly ClosedDay[]
  onAdd: (day: ClosedDay) => void
}) {
  const [date, setDate] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = closedDayProblem(days, date)
    if (problem === null) {
      setError(null)
      setDate('')
      setNote('')
      onAdd({ date, note: note.trim() === '' ? null : note.trim() })
      return
    }
    setError(
      problem === 'invalid-date'
        ? t.hoursInvalidDate
        : t.hoursDuplicateDay(formatDay(date, t.locale)),
    )
  }

  return (
    <form
      id="hours-closed-form"
      className="stacked-form"
      aria-labelledby="hours-closed-heading"
      onSubmit={submit}
    >
      <h3 id="hours-closed-heading">{t.hoursAddClosedHeading}</h3>
      {error !== null && (
        <p id="hours-closed-error" className="error" role="alert">
          {error}
        </p>
      )}
      <InputField
        id="hours-closed-date"
        label={t.hoursClosedDate}
        type="date"
        required
        value={date}
        onValue={setDate}
        error={error ?? undefined}
      />
      <InputField
        id="hours-closed-note"
        label={t.hoursClosedNote}
        maxLength={200}
        autoComplete="off"
        value={note}
        onValue={setNote}
      />
      <button type="submit">{t.hoursAddClosedDay}</button>
    </form>
  )
}
