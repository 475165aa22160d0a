import { useState } from 'react'
import {
  createCannedReply,
  deleteCannedReply,
  updateCannedReply,
  type CannedReply,
  type CannedReplyInput,
} from './api'
import { ConfirmDialog } from './ConfirmDialog'
import { hasStatus, reportFailure } from './failures'
import { InputField, TextAreaField } from './Field'
import { languageName, type Messages } from './messages'
import { ErrorMessage } from './LiveRegions'

const LANGUAGES = ['nb', 'sv', 'en'] as const

interface Props {
  t: Messages
  token: string
  /** null while loading. */
  replies: CannedReply[] | null
  /** A reply was created, changed or deleted: load the list again. */
  onChanged: () => void
  onSessionExpired: () => void
}

const EMPTY: CannedReplyInput = { title: '', text: '', language: 'nb' }

/** The canned replies all counsellors share: create, edit, delete. */
export function CannedRepliesPanel({ t, token, replies, onChanged, onSessionExpired }: Props) {
  const [editing, setEditing] = useState<CannedReply | null>(null)
  const [form, setForm] = useState<CannedReplyInput>(EMPTY)
  const [missing, setMissing] = useState<Partial<Record<'title' | 'text', string>>>({})
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<CannedReply | null>(null)

  function edit(reply: CannedReply | null) {
    setEditing(reply)
    setForm(
      reply === null ? EMPTY : { title: reply.title, text: reply.text, language: reply.language },
    )
    setMissing({})
    setNotice('')
    setError(null)
    document.getElementById('canned-title')?.focus()
  }

  function failed(failure: unknown) {
    setBusy(false)
    if (hasStatus(failure, 404)) {
      setError(t.chatCannedGone)
      edit(null)
      onChanged()
      return
    }
    reportFailure(failure, t, onSessionExpired, setError)
  }

  function save() {
    const input = { ...form, title: form.title.trim(), text: form.text.trim() }
    const gaps: Partial<Record<'title' | 'text', string>> = {}
    if (input.title === '') gaps.title = t.fieldRequired
    if (input.text === '') gaps.text = t.fieldRequired
    setMissing(gaps)
    if (Object.keys(gaps).length > 0 || busy) return
    setBusy(true)
    setError(null)
    const request =
      editing === null
        ? createCannedReply(token, input)
        : updateCannedReply(token, editing.id, input)
    request.then((saved) => {
      setBusy(false)
      setNotice(
        editing === null ? t.chatCannedCreated(saved.title) : t.chatCannedSaved(saved.title),
      )
      setEditing(null)
      setForm(EMPTY)
      onChanged()
    }, failed)
  }

  function remove(reply: CannedReply) {
    setDeleting(null)
    setBusy(true)
    deleteCannedReply(token, reply.id).then(() => {
      setBusy(false)
      setNotice(t.chatCannedDeleted(reply.title))
      if (editing?.id === reply.id) edit(null)
      onChanged()
    }, failed)
  }

  return (
    <section id="canned-replies" className="panel" aria-labelledby="canned-heading">
      <h2 id="canned-heading">{t.chatCannedHeading}</h2>
      {replies === null && <p>{t.loading}</p>}
      {replies?.length === 0 && <p id="canned-none">{t.chatCannedNone}</p>}
      {replies !== null && replies.length > 0 && (
        <ul id="canned-list" className="canned-list">
          {replies.map((reply) => (
            <li key={reply.id} data-reply-id={reply.id}>
              <p>
                <strong className="canned-title">{reply.title}</strong>{' '}
                <span className="muted">({languageName(reply.language, t)})</span>
              </p>
              <p className="chat-text canned-text">{reply.text}</p>
              <div className="row-actions">
                <button
                  type="button"
                  className="canned-edit"
                  aria-label={t.chatCannedEditButton(reply.title)}
                  onClick={() => {
                    edit(reply)
                  }}
                >
                  {t.chatCannedEditShort}
                </button>
                <button
                  type="button"
                  className="danger canned-delete"
                  aria-label={t.chatCannedDeleteButton(reply.title)}
                  onClick={() => {
                    setDeleting(reply)
                  }}
                >
                  {t.chatCannedDeleteShort}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <form
        id="canned-form"
        className="stacked-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <h3>{editing === null ? t.chatCannedNew : t.chatCannedEdit(editing.title)}</h3>
        <InputField
          id="canned-title"
          label={t.chatCannedTitle}
          maxLength={100}
          value={form.title}
          error={missing.title}
          onValue={(title) => {
            setForm((f) => ({ ...f, title }))
          }}
        />
        <div className="field">
          <label htmlFor="canned-language">{t.chatCannedLanguage}</label>
          <select
            id="canned-language"
            value={form.language}
            onChange={(event) => {
              const language = event.target.value
              setForm((f) => ({ ...f, language }))
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageName(language, t)}
              </option>
            ))}
          </select>
        </div>
        <TextAreaField
          id="canned-text"
          label={t.chatCannedText}
          rows={4}
          maxLength={4000}
          value={form.text}
          error={missing.text}
          onValue={(text) => {
            setForm((f) => ({ ...f, text }))
          }}
        />
        <div className="row-actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? t.saving : editing === null ? t.chatCannedCreate : t.chatCannedSave}
          </button>
          {editing !== null && (
            <button
              type="button"
              onClick={() => {
                edit(null)
              }}
            >
              {t.chatCannedCancel}
            </button>
          )}
        </div>
      </form>
      <p id="canned-notice" className="status" role="status">
        {notice}
      </p>
      <ErrorMessage id="canned-error" message={error} />
      <ConfirmDialog
        open={deleting !== null}
        title={t.chatConfirmDeleteTitle}
        text={deleting === null ? '' : t.chatConfirmDeleteText(deleting.title)}
        confirmLabel={t.chatConfirmDelete}
        cancelLabel={t.chatKeepReply}
        onConfirm={() => {
          if (deleting !== null) remove(deleting)
        }}
        onCancel={() => {
          setDeleting(null)
        }}
      />
    </section>
  )
}
