import { useEffect, useEffectEvent, useState } from 'react'
import { addNote, listNotes, type ChatNote } from './api'
import { reportFailure } from './failures'
import { TextAreaField } from './Field'
import type { Messages } from './messages'
import { formatWhen } from './time'
import { ErrorMessage } from './LiveRegions'

interface Props {
  t: Messages
  token: string
  conversationId: string
  onSessionExpired: () => void
}

/** Internal notes on one conversation: counsellors only, never shown to the visitor. */
export function ChatNotes({ t, token, conversationId, onSessionExpired }: Props) {
  const [notes, setNotes] = useState<ChatNote[] | null>(null)
  const [text, setText] = useState('')
  const [saving, setSaving] = useState(false)
  const [notice, setNotice] = useState('')
  const [error, setError] = useState<string | null>(null)

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setError)
  })

  useEffect(() => {
    let live = true
    listNotes(token, conversationId).then(
      (list) => {
        if (live) setNotes(list)
      },
      (failure: unknown) => {
        if (live) reportLoadFailure(failure)
      },
    )
    return () => {
      live = false
    }
  }, [token, conversationId])

  function save() {
    if (saving || text.trim() === '') return
    setSaving(true)
    setError(null)
    setNotice('')
    addNote(token, conversationId, text.trim()).then(
      (note) => {
        setSaving(false)
        setNotes((list) => [...(list ?? []), note])
        setText('')
        setNotice(t.chatNoteSaved)
      },
      (failure: unknown) => {
        setSaving(false)
        reportFailure(failure, t, onSessionExpired, setError)
      },
    )
  }

  return (
    <section className="chat-notes" aria-labelledby="chat-notes-heading">
      <h3 id="chat-notes-heading">{t.chatNotesHeading}</h3>
      <p className="hint">{t.chatNotesHint}</p>
      {notes === null && error === null && <p>{t.loading}</p>}
      {notes?.length === 0 && <p id="chat-no-notes">{t.chatNoNotes}</p>}
      {notes !== null && notes.length > 0 && (
        <ul id="chat-notes" className="chat-notes-list">
          {notes.map((note) => (
            <li key={note.id} data-note-id={note.id}>
              <p className="chat-text">{note.text}</p>
              <p className="muted">
                {t.chatNoteBy(note.author, formatWhen(note.createdAt, t.locale))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        id="chat-note-form"
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <TextAreaField
          id="chat-note-text"
          label={t.chatNoteLabel}
          rows={2}
          maxLength={4000}
          value={text}
          onValue={setText}
        />
        <button type="submit" aria-disabled={saving}>
          {saving ? t.saving : t.chatAddNote}
        </button>
      </form>
      <p id="chat-note-notice" className="status" role="status">
        {notice}
      </p>
      <ErrorMessage message={error} />
    </section>
  )
}
