import { useEffect, useEffectEvent, useRef, useState, type SubmitEvent } from 'react'
import {
  WEEKDAYS,
  getOpeningHours,
  saveOpeningHours,
  type ClosedDay,
  type OpeningPeriod,
  type Weekday,
} from './api'
import { DataTable, RowActions, RowButton } from './DataTable'
import { reportFailure } from './failures'
import { InputField, SelectField } from './Field'
import { HeadedForm } from './HeadedForm'
import { ErrorBlock, ErrorMessage, StatusMessage } from './LiveRegions'
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
      <ErrorMessage id="hours-load-error" message={loadError} />
      {schedule === null && loadError === null && <p>{t.loading}</p>}
      {schedule !== null && (
        <>
          <p className="muted">{t.hoursIntro(schedule.zone)}</p>
          {problem !== null && (
            <ErrorBlock id="hours-error" message={problem.message}>
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
            </ErrorBlock>
          )}
          <StatusMessage id="hours-notice" text={notice} />

          <DataTable
            id="hours-weekly"
            caption={t.hoursWeeklyCaption}
            columns={[t.colWeekday, t.colOpens, t.colCloses, t.colActions]}
            placeholder={schedule.weekly.length === 0 ? t.hoursNoPeriods : undefined}
          >
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
                <RowActions>
                  <RowButton
                    className="remove-period"
                    label={t.hoursRemove}
                    target={periodLabel(period, t)}
                    onClick={() => {
                      removePeriod(period)
                    }}
                  />
                </RowActions>
              </tr>
            ))}
          </DataTable>

          <DataTable
            id="hours-closed"
            caption={t.hoursClosedCaption}
            columns={[t.colDate, t.colNote, t.colActions]}
            placeholder={schedule.closedDays.length === 0 ? t.hoursNoClosedDays : undefined}
          >
            {schedule.closedDays.map((day) => (
              <tr key={day.date} data-date={day.date}>
                <th scope="row">{formatDay(day.date, t.locale)}</th>
                <td>{day.note}</td>
                <RowActions>
                  <RowButton
                    className="remove-closed-day"
                    label={t.hoursRemove}
                    target={formatDay(day.date, t.locale)}
                    onClick={() => {
                      removeClosedDay(day)
                    }}
                  />
                </RowActions>
              </tr>
            ))}
          </DataTable>

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
    <HeadedForm
      id="hours-period-form"
      heading={t.hoursAddPeriodHeading}
      headingId="hours-period-heading"
      error={error}
      errorId="hours-period-error"
      onSubmit={submit}
    >
      <SelectField
        id="hours-day"
        label={t.hoursDay}
        value={day}
        onValue={(value) => {
          const weekday = WEEKDAYS.find((candidate) => candidate === value)
          if (weekday !== undefined) setDay(weekday)
        }}
      >
        {WEEKDAYS.map((weekday) => (
          <option key={weekday} value={weekday}>
            {t.weekdayNames[weekday]}
          </option>
        ))}
      </SelectField>
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
    </HeadedForm>
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
    <HeadedForm
      id="hours-closed-form"
      heading={t.hoursAddClosedHeading}
      headingId="hours-closed-heading"
      error={error}
      errorId="hours-closed-error"
      onSubmit={submit}
    >
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
    </HeadedForm>
  )
}
