import { useEffect, useEffectEvent, useState } from 'react'
import {
  QUESTION_STATUSES,
  listCategories,
  listQuestions,
  listQuestionsForReview,
  type Category,
  type QuestionStatus,
  type StaffQuestion,
} from './api'
import { reportFailure } from './failures'
import type { Messages } from './messages'
import { QuestionDetail } from './QuestionDetail'
import { formatWhen } from './time'
import { ViewHeading } from './ViewHeading'
import { ErrorMessage } from './LiveRegions'

/** A list by status, or the published answers due for their yearly review. */
type Filter = QuestionStatus | 'review'

const FILTERS: readonly Filter[] = [...QUESTION_STATUSES, 'review']

function isFilter(value: string): value is Filter {
  return (FILTERS as readonly string[]).includes(value)
}

interface Props {
  t: Messages
  token: string
  roles: readonly string[]
  onSessionExpired: () => void
}

interface Loaded {
  filter: Filter
  questions: StaffQuestion[]
}

/**
 * Questions and answers: moderators screen the questions that arrive (remove personal data,
 * accept or reject) and publish answers; counsellors answer accepted questions.
 */
export function QuestionsView({ t, token, roles, onSessionExpired }: Props) {
  const canModerate = roles.includes('moderator')
  const [filter, setFilter] = useState<Filter>(canModerate ? 'received' : 'accepted')
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [reloads, setReloads] = useState(0)
  const [listError, setListError] = useState<string | null>(null)
  const [categories, setCategories] = useState<Category[]>([])
  const [selected, setSelected] = useState<StaffQuestion | null>(null)

  const questions = loaded?.filter === filter ? loaded.questions : null
  const filterName = (value: Filter) =>
    value === 'review' ? t.filterReview : t.questionStatusNames[value]

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setListError)
  })

  useEffect(() => {
    let current = true
    listCategories(t.code).then(
      (list) => {
        if (current) setCategories(list)
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [t.code])

  useEffect(() => {
    let current = true
    const request =
      filter === 'review' ? listQuestionsForReview(token) : listQuestions(token, filter)
    request.then(
      (list) => {
        if (current) setLoaded({ filter, questions: list })
      },
      (failure: unknown) => {
        if (current) reportLoadFailure(failure)
      },
    )
    return () => {
      current = false
    }
  }, [token, filter, reloads])

  function choose(question: StaffQuestion) {
    setSelected(question)
  }

  function changed(question: StaffQuestion) {
    setSelected(question)
    setReloads((n) => n + 1)
  }

  function gone() {
    setSelected(null)
    setListError(t.questionGone)
    setReloads((n) => n + 1)
  }

  return (
    <>
      <ViewHeading>{t.questionsHeading}</ViewHeading>
      <div className="questions-layout">
        <section className="panel" aria-labelledby="question-list-heading">
          <h2 id="question-list-heading">
            {filterName(filter)}
            {questions !== null && <span className="muted"> ({questions.length})</span>}
          </h2>
          <div className="filters">
            <div className="field">
              <label htmlFor="question-status-filter">{t.questionFilter}</label>
              <select
                id="question-status-filter"
                value={filter}
                onChange={(event) => {
                  const value = event.target.value
                  if (isFilter(value)) {
                    setFilter(value)
                    setListError(null)
                  }
                }}
              >
                {FILTERS.map((value) => (
                  <option key={value} value={value}>
                    {filterName(value)}
                  </option>
                ))}
              </select>
            </div>
            <button
              id="refresh-questions"
              type="button"
              onClick={() => {
                setListError(null)
                setReloads((n) => n + 1)
              }}
            >
              {t.refresh}
            </button>
          </div>
          <ErrorMessage id="questions-error" message={listError} />
          {questions === null && listError === null && <p>{t.loading}</p>}
          {questions?.length === 0 && <p id="no-questions">{t.noQuestions}</p>}
          {questions !== null && questions.length > 0 && (
            <ul id="question-list" className="choice-list question-list">
              {questions.map((question) => {
                const findings = question.titleFindings.length + question.bodyFindings.length
                return (
                  <li
                    key={question.id}
                    data-question-id={question.id}
                    data-status={question.status}
                  >
                    <button
                      type="button"
                      aria-current={question.id === selected?.id ? 'true' : undefined}
                      onClick={() => {
                        choose(question)
                      }}
                    >
                      <span className="question-list-title" lang={question.language}>
                        {question.title}
                      </span>
                      <span className="question-list-meta">
                        {formatWhen(question.lastChangedAt, t.locale)}
                        {findings > 0 && ` · ${t.questionFindingCount(findings)}`}
                      </span>
                    </button>
                  </li>
                )
              })}
            </ul>
          )}
        </section>

        {selected === null ? (
          <section className="panel" aria-labelledby="question-heading">
            <h2 id="question-heading">{t.questionHeading}</h2>
            <p>{t.chooseQuestion}</p>
          </section>
        ) : (
          <QuestionDetail
            key={selected.id}
            t={t}
            token={token}
            roles={roles}
            question={selected}
            categories={categories}
            onChanged={changed}
            onGone={gone}
            onSessionExpired={onSessionExpired}
          />
        )}
      </div>
    </>
  )
}
