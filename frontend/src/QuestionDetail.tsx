import { Fragment, useEffect, useRef, useState, type SubmitEvent } from 'react'
import {
  acceptQuestion,
  answerQuestion,
  editQuestion,
  fieldErrorsOf,
  getQuestion,
  previewAnswer,
  publishQuestion,
  rejectQuestion,
  unpublishQuestion,
  type Category,
  type Finding,
  type QuestionStatus,
  type StaffQuestion,
} from './api'
import { ConfirmDialog } from './ConfirmDialog'
import { hasStatus, reportFailure } from './failures'
import { Field, InputField, TextAreaField } from './Field'
import { locateAll, redactSpan, segmentsOf } from './findings'
import type { Messages } from './messages'
import { formatWhen } from './time'

/** Moderators may still redact the text while it is not public (the server's rule). */
const EDITABLE: readonly QuestionStatus[] = ['received', 'accepted', 'answered']
const REJECTABLE: readonly QuestionStatus[] = ['received', 'accepted']
const ANSWERABLE: readonly QuestionStatus[] = ['accepted', 'answered']

type TextField = 'title' | 'body'

/** Where a message about an action is shown: next to what the staff member just used. */
type Place = 'top' | 'findings' | 'edit' | 'moderation' | 'answer'

interface Feedback {
  at: Place
  notice: string
  error: string | null
}

interface Draft {
  title: string
  body: string
  category: string
}

interface Pending {
  title: Finding[]
  body: Finding[]
}

function draftOf(question: StaffQuestion): Draft {
  return { title: question.title, body: question.body, category: question.category }
}

function pendingOf(question: StaffQuestion): Pending {
  return { title: question.titleFindings, body: question.bodyFindings }
}

function editKeyOf(question: StaffQuestion): string {
  return [question.title, question.body, question.category].join('\u0000')
}

interface Props {
  t: Messages
  token: string
  roles: readonly string[]
  question: StaffQuestion
  categories: Category[]
  /** The server answered with a newer version of the question. */
  onChanged: (question: StaffQuestion) => void
  /** The question no longer exists (404). */
  onGone: () => void
  onSessionExpired: () => void
}

/**
 * One question: its text with the personal data the server found highlighted, the moderator's
 * redaction and decisions, and the counsellor's answer.
 */
export function QuestionDetail({
  t,
  token,
  roles,
  question,
  categories,
  onChanged,
  onGone,
  onSessionExpired,
}: Props) {
  const canModerate = roles.includes('moderator')
  const canAnswer = roles.includes('counsellor')
  const editable = canModerate && EDITABLE.includes(question.status)

  const [editBasis, setEditBasis] = useState(() => editKeyOf(question))
  const [draft, setDraft] = useState(() => draftOf(question))
  const [pending, setPending] = useState(() => pendingOf(question))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>(undefined)
  const [answerBasis, setAnswerBasis] = useState(question.answerMarkdown ?? '')
  const [answer, setAnswer] = useState(question.answerMarkdown ?? '')
  const [answerError, setAnswerError] = useState<string | undefined>(undefined)
  const [preview, setPreview] = useState<string | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [feedback, setFeedback] = useState<Feedback>({ at: 'top', notice: '', error: null })
  const [confirmingPublish, setConfirmingPublish] = useState(false)
  const [removals, setRemovals] = useState(0)
  const saveButton = useRef<HTMLButtonElement>(null)
  const findingsList = useRef<HTMLUListElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  // A newer version from the server: the form starts again from what is saved. Adjusting state
  // during render keeps the form elements, and so the keyboard focus, in place.
  const editKey = editKeyOf(question)
  if (editKey !== editBasis) {
    setEditBasis(editKey)
    setDraft(draftOf(question))
    setPending(pendingOf(question))
    setFieldErrors({})
  }
  const answerKey = question.answerMarkdown ?? ''
  if (answerKey !== answerBasis) {
    setAnswerBasis(answerKey)
    setAnswer(answerKey)
    setPreview(null)
  }

  // A question chosen in the list: its heading takes focus, so that screen readers announce it.
  useEffect(() => {
    heading.current?.focus()
  }, [])

  // After "Fjern" the button is gone: keep the keyboard on the next finding, or on "save".
  useEffect(() => {
    if (removals === 0) return
    const next = findingsList.current?.querySelector<HTMLButtonElement>('button.remove-finding')
    ;(next ?? saveButton.current)?.focus()
  }, [removals])

  const titleText = editable ? draft.title : question.title
  const bodyText = editable ? draft.body : question.body
  const titleFindings = locateAll(titleText, editable ? pending.title : question.titleFindings)
  const bodyFindings = locateAll(bodyText, editable ? pending.body : question.bodyFindings)
  const shownFindings = [
    ...titleFindings.map((finding) => ({ field: 'title' as const, finding })),
    ...bodyFindings.map((finding) => ({ field: 'body' as const, finding })),
  ]
  const savedFindings = question.titleFindings.length + question.bodyFindings.length
  const dirty =
    editable &&
    (draft.title !== question.title ||
      draft.body !== question.body ||
      draft.category !== question.category)
  const categoryName = (slug: string) =>
    categories.find((category) => category.slug === slug)?.name ?? slug

  function say(at: Place, notice: string) {
    setFeedback({ at, notice, error: null })
  }

  function fail(at: Place, error: string) {
    setFeedback({ at, notice: '', error })
  }

  function report(failure: unknown, at: Place) {
    reportFailure(failure, t, onSessionExpired, (message) => {
      fail(at, message)
    })
  }

  async function reload(at: Place) {
    try {
      onChanged(await getQuestion(token, question.id))
    } catch (failure) {
      if (hasStatus(failure, 404)) onGone()
      else report(failure, at)
    }
  }

  /**
   * Runs one call that answers with the question and shows `success` at `at`. A change of status
   * takes the staff member to the top (`at` 'top'), where the new status shows: the button they
   * used is gone. A 409 means the question changed under us (or the action does not fit its
   * status): say so and reload it.
   */
  async function run(
    call: () => Promise<StaffQuestion>,
    success: string,
    at: Place,
    onFieldErrors?: (errors: Record<string, string>) => void,
  ): Promise<boolean> {
    if (busy) return false
    setBusy(true)
    setFeedback({ at, notice: '', error: null })
    try {
      const updated = await call()
      onChanged(updated)
      say(at, success)
      if (at === 'top') heading.current?.focus()
      return true
    } catch (failure) {
      if (hasStatus(failure, 409)) {
        fail(at, t.questionChanged)
        await reload(at)
      } else if (hasStatus(failure, 404)) {
        onGone()
      } else {
        onFieldErrors?.(fieldErrorsOf(failure))
        report(failure, at)
      }
      return false
    } finally {
      setBusy(false)
    }
  }

  function blockedByUnsavedChanges(at: Place): boolean {
    if (!dirty) return false
    fail(at, t.unsavedChanges)
    return true
  }

  function remove(field: TextField, finding: Finding) {
    const text = draft[field]
    const next = redactSpan(text, finding.start, finding.end)
    setDraft((previous) => ({ ...previous, [field]: next }))
    setPending((previous) => ({ ...previous, [field]: locateAll(next, previous[field]) }))
    say('findings', t.findingRemoved(t.findingKindNames[finding.kind]))
    setRemovals((n) => n + 1)
  }

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const edit = {
      title: draft.title.trim(),
      body: draft.body.trim(),
      category: draft.category,
    }
    const missing: Record<string, string> = {}
    if (edit.title === '') missing.title = t.fieldRequired
    if (edit.body === '') missing.body = t.fieldRequired
    if (edit.category === '') missing.category = t.fieldRequired
    setFieldErrors(missing)
    const firstMissing = Object.keys(missing)[0]
    if (firstMissing !== undefined) {
      document.getElementById(`edit-${firstMissing}`)?.focus()
      return
    }
    await run(() => editQuestion(token, question.id, edit), t.questionSaved, 'edit', setFieldErrors)
  }

  function accept() {
    if (blockedByUnsavedChanges('moderation')) return
    void run(() => acceptQuestion(token, question.id), t.questionAccepted, 'top')
  }

  async function reject(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (blockedByUnsavedChanges('moderation')) return
    const text = reason.trim()
    if (text === '') {
      setReasonError(t.fieldRequired)
      document.getElementById('reject-reason')?.focus()
      return
    }
    setReasonError(undefined)
    const done = await run(
      () => rejectQuestion(token, question.id, text),
      t.questionRejected,
      'top',
      (errors) => {
        setReasonError(errors.reason)
      },
    )
    if (done) setReason('')
  }

  function publish() {
    if (blockedByUnsavedChanges('moderation')) return
    if (savedFindings > 0) {
      setConfirmingPublish(true)
      return
    }
    void run(() => publishQuestion(token, question.id), t.questionPublished, 'top')
  }

  function unpublish() {
    void run(() => unpublishQuestion(token, question.id), t.questionUnpublished, 'top')
  }

  async function sendAnswer(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    const markdown = answer.trim()
    if (markdown === '') {
      setAnswerError(t.fieldRequired)
      document.getElementById('answer-body')?.focus()
      return
    }
    setAnswerError(undefined)
    await run(
      () => answerQuestion(token, question.id, markdown),
      t.answerSaved,
      'answer',
      (errors) => {
        setAnswerError(errors.body)
      },
    )
  }

  async function showPreview() {
    if (previewing) return
    const markdown = answer.trim()
    if (markdown === '') {
      setPreview(null)
      setAnswerError(t.previewEmpty)
      return
    }
    setAnswerError(undefined)
    setPreviewing(true)
    setFeedback({ at: 'answer', notice: '', error: null })
    try {
      const rendered = await previewAnswer(token, markdown)
      setPreview(rendered.html)
      say('answer', t.previewReady)
    } catch (failure) {
      setAnswerError(fieldErrorsOf(failure).body)
      report(failure, 'answer')
    } finally {
      setPreviewing(false)
    }
  }

  const status = question.status
  const showAnswerForm = canAnswer && ANSWERABLE.includes(status)

  return (
    <section
      id="question-detail"
      className="panel question-detail"
      aria-labelledby="question-heading"
      data-question-id={question.id}
      data-findings={savedFindings}
      aria-busy={busy}
    >
      <h2 id="question-heading" ref={heading} tabIndex={-1}>
        {t.questionHeading}
      </h2>

      <p id="question-status" data-status={status}>
        {t.questionStatus}: <strong>{t.questionStatusNames[status]}</strong>
      </p>
      <p id="question-consent" data-consent={question.publishConsent}>
        {t.consent(question.publishConsent)}
      </p>
      <p className="muted">
        {t.questionCategory}: {categoryName(question.category)} · {t.questionLanguage}:{' '}
        {t.languageNames[question.language] ?? question.language} · {t.questionLastChanged}:{' '}
        {formatWhen(question.lastChangedAt, t.locale)}
      </p>
      {question.redacted && <p id="question-redacted">{t.questionRedacted}</p>}
      {status === 'published' && question.slug !== null && (
        <p>
          <a
            id="public-link"
            href={`/qa/${encodeURIComponent(question.slug)}?lang=${encodeURIComponent(question.language)}`}
          >
            {t.publicPage}
          </a>
        </p>
      )}
      {status === 'rejected' && question.rejectReason !== null && (
        <p id="question-reject-reason">
          {t.rejectedBecause}: {question.rejectReason}
        </p>
      )}
      {status === 'withdrawn' && <p>{t.withdrawnNote}</p>}

      <FeedbackAt place="top" feedback={feedback} />

      <dl className="question-text">
        <dt>{t.questionTitle}</dt>
        <dd id="question-title-text" className="question-title" lang={question.language}>
          <Highlighted t={t} text={titleText} findings={titleFindings} />
        </dd>
        <dt>{t.questionBody}</dt>
        <dd id="question-body-text" className="question-body" lang={question.language}>
          <Highlighted t={t} text={bodyText} findings={bodyFindings} />
        </dd>
      </dl>

      <h3 id="findings-heading">{t.findingsHeading}</h3>
      {shownFindings.length === 0 ? (
        <p id="no-findings">{t.noFindings}</p>
      ) : (
        <>
          {editable && <p className="hint">{t.findingsDraftNote}</p>}
          <ul id="findings" ref={findingsList} aria-labelledby="findings-heading">
            {shownFindings.map(({ field, finding }) => (
              <li key={`${field}-${finding.start}`} data-kind={finding.kind} data-field={field}>
                <span className="finding-kind">{t.findingKindNames[finding.kind]}</span>{' '}
                {field === 'title' ? t.findingInTitle : t.findingInBody}:{' '}
                <span className="finding-match">{finding.match}</span>
                {editable && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="remove-finding"
                      onClick={() => {
                        remove(field, finding)
                      }}
                    >
                      {t.removeFinding}
                      <span className="visually-hidden">
                        {' '}
                        {t.findingKindNames[finding.kind]} {finding.match}
                      </span>
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <FeedbackAt place="findings" feedback={feedback} />

      {editable && (
        <form
          id="question-edit"
          className="stacked-form"
          method="post"
          aria-labelledby="edit-heading"
          noValidate
          onSubmit={(event) => {
            void save(event)
          }}
        >
          <h3 id="edit-heading">{t.editHeading}</h3>
          <FeedbackAt place="edit" feedback={feedback} />
          <InputField
            id="edit-title"
            name="title"
            lang={question.language}
            label={t.editTitle}
            value={draft.title}
            onValue={(value) => {
              setDraft((previous) => ({ ...previous, title: value }))
            }}
            error={fieldErrors.title}
            required
            maxLength={200}
            autoComplete="off"
          />
          <TextAreaField
            id="edit-body"
            name="body"
            lang={question.language}
            label={t.editBody}
            value={draft.body}
            onValue={(value) => {
              setDraft((previous) => ({ ...previous, body: value }))
            }}
            error={fieldErrors.body}
            required
            rows={8}
            maxLength={4000}
          />
          <Field id="edit-category" label={t.editCategory} error={fieldErrors.category}>
            {(describedBy, invalid) => (
              <select
                id="edit-category"
                name="category"
                value={draft.category}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(event) => {
                  const value = event.target.value
                  setDraft((previous) => ({ ...previous, category: value }))
                }}
              >
                {!categories.some((category) => category.slug === draft.category) && (
                  <option value={draft.category}>{draft.category}</option>
                )}
                {categories.map((category) => (
                  <option key={category.slug} value={category.slug}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="actions">
            <button
              ref={saveButton}
              id="save-question"
              type="submit"
              className="primary"
              aria-disabled={busy}
            >
              {busy ? t.saving : t.saveQuestion}
            </button>
            {dirty && (
              <button
                id="discard-changes"
                type="button"
                onClick={() => {
                  setDraft(draftOf(question))
                  setPending(pendingOf(question))
                  setFieldErrors({})
                  say('edit', t.changesDiscarded)
                }}
              >
                {t.discardChanges}
              </button>
            )}
          </div>
        </form>
      )}

      {canModerate && status !== 'rejected' && status !== 'withdrawn' && (
        <section className="moderation" aria-labelledby="moderation-heading">
          <h3 id="moderation-heading">{t.moderationHeading}</h3>
          <FeedbackAt place="moderation" feedback={feedback} />
          <div className="actions">
            {status === 'received' && (
              <button
                id="accept"
                type="button"
                className="primary"
                aria-disabled={busy}
                onClick={accept}
              >
                {t.accept}
              </button>
            )}
            {status === 'answered' && question.publishConsent && (
              <button
                id="publish"
                type="button"
                className="primary"
                aria-disabled={busy}
                onClick={publish}
              >
                {t.publish}
              </button>
            )}
            {status === 'published' && (
              <button id="unpublish" type="button" aria-disabled={busy} onClick={unpublish}>
                {t.unpublish}
              </button>
            )}
          </div>
          {(status === 'answered' || status === 'published') && !question.publishConsent && (
            <p id="no-consent">{t.noConsent}</p>
          )}
          {REJECTABLE.includes(status) && (
            <form
              id="reject-form"
              className="stacked-form"
              method="post"
              noValidate
              onSubmit={(event) => {
                void reject(event)
              }}
            >
              <TextAreaField
                id="reject-reason"
                name="reason"
                label={t.rejectReason}
                hint={t.rejectReasonHint}
                value={reason}
                onValue={setReason}
                error={reasonError}
                required
                rows={3}
                maxLength={500}
              />
              <button type="submit" className="danger" aria-disabled={busy}>
                {t.reject}
              </button>
            </form>
          )}
        </section>
      )}

      {(question.answerHtml !== null || canAnswer) && (
        <section className="answer" aria-labelledby="answer-heading">
          <h3 id="answer-heading">{t.answerHeading}</h3>
          <FeedbackAt place="answer" feedback={feedback} />
          {question.answerHtml !== null && (
            <>
              <h4 id="current-answer-heading">{t.currentAnswer}</h4>
              {question.answeredAt !== null && (
                <p className="muted">{t.answeredAt(formatWhen(question.answeredAt, t.locale))}</p>
              )}
              {/* Rendered from Markdown and sanitised by the server; nothing else goes in here. */}
              <div
                id="current-answer"
                className="answer-html"
                lang={question.language}
                aria-labelledby="current-answer-heading"
                role="region"
                dangerouslySetInnerHTML={{ __html: question.answerHtml }}
              />
            </>
          )}
          {canAnswer && status === 'received' && <p>{t.answerNotYet}</p>}
          {canAnswer && status === 'published' && <p>{t.answerLocked}</p>}
          {showAnswerForm && (
            <form
              id="answer-form"
              className="stacked-form"
              method="post"
              noValidate
              onSubmit={(event) => {
                void sendAnswer(event)
              }}
            >
              <TextAreaField
                id="answer-body"
                name="body"
                lang={question.language}
                label={t.answerBody}
                hint={t.answerHint}
                value={answer}
                onValue={setAnswer}
                error={answerError}
                required
                rows={10}
                maxLength={20000}
              />
              <div className="actions">
                <button
                  id="preview-answer"
                  type="button"
                  aria-disabled={previewing}
                  onClick={() => {
                    void showPreview()
                  }}
                >
                  {previewing ? t.previewing : t.preview}
                </button>
                <button type="submit" className="primary" aria-disabled={busy}>
                  {busy
                    ? t.sending
                    : question.answerMarkdown === null
                      ? t.sendAnswer
                      : t.replaceAnswer}
                </button>
              </div>
            </form>
          )}
          {showAnswerForm && preview !== null && (
            <>
              <h4 id="preview-heading">{t.previewHeading}</h4>
              {/* The server's rendering of the draft, sanitised exactly as a published answer. */}
              <div
                id="answer-preview"
                className="answer-html preview"
                lang={question.language}
                aria-labelledby="preview-heading"
                role="region"
                dangerouslySetInnerHTML={{ __html: preview }}
              />
            </>
          )}
        </section>
      )}

      <ConfirmDialog
        open={confirmingPublish}
        title={t.confirmPublishTitle}
        text={t.confirmPublishText(savedFindings)}
        confirmLabel={t.confirmPublish}
        cancelLabel={t.keepUnpublished}
        onCancel={() => {
          setConfirmingPublish(false)
        }}
        onConfirm={() => {
          setConfirmingPublish(false)
          void run(() => publishQuestion(token, question.id), t.questionPublished, 'top')
        }}
      />
    </section>
  )
}

interface HighlightedProps {
  t: Messages
  text: string
  findings: Finding[]
}

/** The text with each finding in a <mark>, its kind spelt out for screen readers. */
function Highlighted({ t, text, findings }: HighlightedProps) {
  return (
    <>
      {segmentsOf(text, findings).map((segment) => {
        if (segment.finding === null) {
          return <Fragment key={segment.start}>{segment.text}</Fragment>
        }
        return (
          <Fragment key={segment.start}>
            <mark className="finding" data-kind={segment.finding.kind}>
              {segment.text}
            </mark>
            <span className="visually-hidden"> ({t.findingKindNames[segment.finding.kind]})</span>
          </Fragment>
        )
      })}
    </>
  )
}

/**
 * The message about the last action, shown where it was taken. Every place keeps its (empty)
 * status region in the page, so that screen readers announce what is put into it.
 */
function FeedbackAt({ place, feedback }: { place: Place; feedback: Feedback }) {
  const here = feedback.at === place
  return (
    <>
      {here && feedback.error !== null && (
        <p id={`question-error-${place}`} className="error question-error" role="alert">
          {feedback.error}
        </p>
      )}
      <p id={`question-notice-${place}`} className="status success question-notice" role="status">
        {here ? feedback.notice : ''}
      </p>
    </>
  )
}
