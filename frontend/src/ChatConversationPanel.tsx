import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { listCounsellors, type CannedReply, type Counsellor } from './api'
import type { ConsoleChat, ConsoleConversation } from './chat/console'
import { lines, type Line } from './chat/transcript'
import { ChatNotes } from './ChatNotes'
import { ConfirmDialog } from './ConfirmDialog'
import { reportFailure } from './failures'
import { TextAreaField } from './Field'
import { ErrorMessage } from './LiveRegions'
import { languageName, topicName, type Messages } from './messages'
import { PickAndAct } from './PickAndAct'
import { formatClock, formatWhen } from './time'

interface Props {
  t: Messages
  token: string
  chat: ConsoleChat
  conversation: ConsoleConversation
  replies: CannedReply[] | null
  connected: boolean
  onSessionExpired: () => void
}

/** Canned replies in the conversation's language first, then the others. */
function repliesFor(replies: CannedReply[], language: string): CannedReply[] {
  return [
    ...replies.filter((r) => r.language === language),
    ...replies.filter((r) => r.language !== language),
  ]
}

function sender(line: Line, t: Messages): string {
  if (line.from === 'visitor') return t.chatVisitor
  return line.clientMsgId === null ? t.chatCounsellor : t.chatYou
}

/** One conversation: its messages, the composer, notes, transfer and end. */
export function ChatConversationPanel({
  t,
  token,
  chat,
  conversation,
  replies,
  connected,
  onSessionExpired,
}: Props) {
  const [draft, setDraft] = useState('')
  const [canned, setCanned] = useState('')
  const [counsellors, setCounsellors] = useState<Counsellor[] | null>(null)
  const [counsellorsVersion, setCounsellorsVersion] = useState(0)
  const [transferTo, setTransferTo] = useState('')
  const [confirmEnd, setConfirmEnd] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const composer = useRef<HTMLTextAreaElement>(null)
  const log = useRef<HTMLDivElement>(null)
  const shown = lines(conversation.transcript)
  const lastKey = shown.at(-1)?.key
  const active = conversation.status === 'active'
  const id = conversation.id

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setProblem)
  })

  useEffect(() => {
    if (!active) return
    let live = true
    listCounsellors(token).then(
      (list) => {
        if (live) setCounsellors(list)
      },
      (failure: unknown) => {
        if (live) reportLoadFailure(failure)
      },
    )
    return () => {
      live = false
    }
  }, [token, active, counsellorsVersion])

  // A new message scrolls the log to the end.
  useEffect(() => {
    const element = log.current
    if (element !== null) element.scrollTop = element.scrollHeight
  }, [lastKey])

  function send() {
    if (chat.send(id, draft)) {
      setDraft('')
      setProblem(null)
    }
  }

  function insertCanned() {
    const reply = replies?.find((r) => r.id === canned)
    if (reply === undefined) return
    setDraft((text) =>
      text.trim() === '' ? reply.text : `${text}${text.endsWith('\n') ? '' : '\n'}${reply.text}`,
    )
    composer.current?.focus()
  }

  function transfer() {
    if (transferTo === '') return
    if (chat.transfer(id, transferTo)) setProblem(null)
    else setProblem(t.chatNotConnected)
  }

  function end() {
    setConfirmEnd(false)
    if (!chat.end(id)) setProblem(t.chatNotConnected)
  }

  const available = (counsellors ?? []).filter((c) => c.status === 'available')
  const shownReplies = replies === null ? [] : repliesFor(replies, conversation.language)
  const headingId = `chat-panel-heading-${id}`

  return (
    <div
      id={`chat-panel-${id}`}
      className="chat-panel"
      role="tabpanel"
      aria-labelledby={`chat-tab-${id}`}
      data-conversation-id={id}
      data-status={conversation.status}
    >
      <h3 id={headingId}>
        {t.chatConversationHeading(
          languageName(conversation.language, t),
          topicName(conversation.topic, t),
        )}
      </h3>
      <p className="muted">{t.chatStartedAt(formatWhen(conversation.startedAt, t.locale))}</p>

      {/* Focusable: keyboard users can scroll it (WCAG 2.1.1). */}
      <div ref={log} className="chat-log" role="log" aria-label={t.chatMessagesLabel} tabIndex={0}>
        <ol id="chat-messages" className="chat-lines">
          {shown.map((line) => (
            <li
              key={line.key}
              className={`chat-line chat-line-${line.from} chat-line-${line.state}`}
              data-from={line.from}
              data-seq={line.seq ?? undefined}
            >
              <p className="chat-meta">
                <span className="chat-who">{sender(line, t)}</span>{' '}
                <time dateTime={line.at}>{formatClock(line.at, t.locale)}</time>
                {line.state === 'pending' && <span className="chat-state"> · {t.chatSending}</span>}
                {line.state === 'failed' && <span className="chat-state"> · {t.chatNotSent}</span>}
              </p>
              <p className="chat-text">{line.text}</p>
              {line.state === 'failed' && active && line.clientMsgId !== null && (
                <button
                  type="button"
                  className="chat-retry"
                  onClick={() => {
                    if (line.clientMsgId !== null) chat.retry(id, line.clientMsgId)
                  }}
                >
                  {t.chatRetry}
                </button>
              )}
            </li>
          ))}
        </ol>
      </div>
      <p id="chat-visitor-typing" className="chat-typing" aria-live="polite">
        {conversation.visitorTyping ? t.chatVisitorTyping : ''}
      </p>

      {conversation.status === 'ended' && (
        <p id="chat-ended" className="notice" role="status">
          {t.chatEndedBy[conversation.endedBy ?? ''] ?? t.chatEndedBy.counsellor}
        </p>
      )}
      {conversation.status === 'transferred' && (
        <p id="chat-transferred" className="notice" role="status">
          {t.chatTransferredTo(conversation.transferredTo ?? '')}
        </p>
      )}
      <ErrorMessage message={problem} />

      {active ? (
        <>
          <form
            id="chat-reply-form"
            className="stacked-form"
            onSubmit={(event) => {
              event.preventDefault()
              send()
            }}
          >
            <TextAreaField
              id="chat-reply"
              ref={composer}
              label={t.chatReply}
              hint={t.chatReplyHint}
              rows={3}
              maxLength={4000}
              value={draft}
              onValue={(value) => {
                setDraft(value)
                if (value !== '') chat.typed(id)
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault()
                  send()
                }
              }}
            />
            <button type="submit" className="primary">
              {t.chatSend}
            </button>
          </form>

          <PickAndAct
            className="chat-canned-pick"
            selectId="chat-canned"
            label={t.chatCannedPick}
            value={canned}
            onValue={setCanned}
            choose={t.chatCannedChoose}
            buttonId="chat-canned-insert"
            action={t.chatCannedInsert}
            onAct={insertCanned}
          >
            {shownReplies.map((reply) => (
              <option key={reply.id} value={reply.id}>
                {reply.title} ({languageName(reply.language, t)})
              </option>
            ))}
          </PickAndAct>

          <PickAndAct
            className="chat-transfer"
            selectId="chat-transfer-to"
            label={t.chatTransferLabel}
            value={transferTo}
            onValue={setTransferTo}
            choose={t.chatTransferChoose}
            buttonId="chat-transfer"
            action={t.chatTransfer}
            onAct={transfer}
            extra={
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setCounsellorsVersion((n) => n + 1)
                }}
              >
                {t.chatRefreshCounsellors}
              </button>
            }
          >
            {(counsellors ?? []).map((c) => (
              <option key={c.id} value={c.id} disabled={c.status !== 'available'}>
                {t.chatCounsellorOption(
                  c.displayName,
                  t.chatCounsellorStatus[c.status],
                  c.activeChats,
                )}
              </option>
            ))}
          </PickAndAct>
          {counsellors !== null && available.length === 0 && (
            <p className="hint">{t.chatTransferNone}</p>
          )}

          <div className="row-actions">
            <button
              id="chat-end"
              type="button"
              className="danger"
              disabled={!connected}
              onClick={() => {
                setConfirmEnd(true)
              }}
            >
              {t.chatEnd}
            </button>
          </div>
          <ConfirmDialog
            open={confirmEnd}
            title={t.chatConfirmEndTitle}
            text={t.chatConfirmEndText}
            confirmLabel={t.chatConfirmEnd}
            cancelLabel={t.chatKeepOpen}
            onConfirm={end}
            onCancel={() => {
              setConfirmEnd(false)
            }}
          />
        </>
      ) : (
        <div className="row-actions">
          <button
            id="chat-close-tab"
            type="button"
            onClick={() => {
              chat.dismiss(id)
            }}
          >
            {t.chatCloseTab}
          </button>
        </div>
      )}

      {/* Notes go with an erased conversation; a transferred one is no longer this counsellor's. */}
      {conversation.status !== 'transferred' && conversation.endedBy !== 'erased' && (
        <ChatNotes t={t} token={token} conversationId={id} onSessionExpired={onSessionExpired} />
      )}
    </div>
  )
}
