import {
  useEffect,
  useEffectEvent,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react'
import { listCannedReplies, type CannedReply } from './api'
import { CannedRepliesPanel } from './CannedRepliesPanel'
import type { ConsoleChat, ConsoleConversation } from './chat/console'
import { ChatConversationPanel } from './ChatConversationPanel'
import { reportFailure } from './failures'
import { describeChatError, languageName, topicName, type Messages } from './messages'
import { formatClock } from './time'
import { ViewHeading } from './ViewHeading'
import { ErrorMessage } from './LiveRegions'

interface Props {
  t: Messages
  token: string
  chat: ConsoleChat
  onSessionExpired: () => void
}

function tabLabel(conversation: ConsoleConversation, t: Messages): string {
  const base = `${languageName(conversation.language, t)} · ${topicName(conversation.topic, t)}`
  if (conversation.status === 'ended') return `${base} (${t.chatTabEnded})`
  if (conversation.status === 'transferred') return `${base} (${t.chatTabTransferred})`
  return base
}

/**
 * Chat for counsellors: presence, the queue, a tab for every conversation this counsellor holds
 * (messages, composer with canned replies, internal notes, transfer, end) and the shared canned
 * replies. The socket belongs to the console session (ConsoleChat), so chats go on while another
 * view is open.
 */
export function ChatView({ t, token, chat, onSessionExpired }: Props) {
  const state = useSyncExternalStore(chat.subscribe, chat.getSnapshot)
  const [selected, setSelected] = useState<string | null>(null)
  const [seen, setSeen] = useState<Record<string, number>>({})
  const [replies, setReplies] = useState<CannedReply[] | null>(null)
  const [repliesVersion, setRepliesVersion] = useState(0)
  const [viewError, setViewError] = useState<string | null>(null)

  const conversations = state.conversations
  const current = conversations.find((c) => c.id === selected) ?? conversations[0] ?? null
  // What the counsellor has seen of the open tab; other tabs with more get marked as new.
  if (current !== null && seen[current.id] !== current.transcript.lastSeq) {
    setSeen({ ...seen, [current.id]: current.transcript.lastSeq })
  }

  const reportLoadFailure = useEffectEvent((failure: unknown) => {
    reportFailure(failure, t, onSessionExpired, setViewError)
  })

  useEffect(() => {
    let live = true
    listCannedReplies(token).then(
      (list) => {
        if (live) setReplies(list)
      },
      (failure: unknown) => {
        if (live) reportLoadFailure(failure)
      },
    )
    return () => {
      live = false
    }
  }, [token, repliesVersion])

  function claim(conversationId: string) {
    if (chat.claim(conversationId)) {
      setSelected(conversationId)
      setViewError(null)
    } else {
      setViewError(t.chatNotConnected)
    }
  }

  function choose(conversationId: string) {
    setSelected(conversationId)
    document.getElementById(`chat-tab-${conversationId}`)?.focus()
  }

  function tabKeys(event: KeyboardEvent<HTMLDivElement>) {
    if (current === null) return
    const index = conversations.findIndex((c) => c.id === current.id)
    const last = conversations.length - 1
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const next = target === null ? undefined : conversations[target]
    if (next === undefined) return
    event.preventDefault()
    choose(next.id)
  }

  const connectionText = t.chatConnection[state.connection]

  return (
    <>
      <ViewHeading>{t.chatHeading}</ViewHeading>
      <p id="chat-connection" className="status" role="status" data-state={state.connection}>
        {connectionText}
      </p>
      {state.error !== null && (
        <p
          key={state.error.serial}
          id="chat-error"
          className="error"
          role="alert"
          data-code={state.error.code}
        >
          {describeChatError(state.error.code, t)}
        </p>
      )}
      <ErrorMessage id="chat-view-error" message={viewError} />
      <div className="chat-layout">
        <div className="chat-side">
          <fieldset id="chat-presence" className="panel">
            <legend>{t.chatPresence}</legend>
            <div className="checkbox">
              <input
                id="presence-available"
                type="radio"
                name="presence"
                value="available"
                checked={state.presence === 'available'}
                onChange={() => {
                  chat.setPresence('available')
                }}
              />
              <label htmlFor="presence-available">{t.chatAvailable}</label>
            </div>
            <div className="checkbox">
              <input
                id="presence-away"
                type="radio"
                name="presence"
                value="away"
                checked={state.presence === 'away'}
                onChange={() => {
                  chat.setPresence('away')
                }}
              />
              <label htmlFor="presence-away">{t.chatAway}</label>
            </div>
            <p className="hint">{t.chatPresenceHint}</p>
          </fieldset>

          <section className="panel" aria-labelledby="chat-queue-heading">
            <h2 id="chat-queue-heading">{t.chatQueueHeading(state.queueTotal)}</h2>
            {state.queue.length === 0 ? (
              <p id="chat-queue-empty">{t.chatQueueEmpty}</p>
            ) : (
              <ul id="chat-queue" className="chat-queue">
                {state.queue.map((entry) => (
                  <li key={entry.conversationId} data-conversation-id={entry.conversationId}>
                    <span id={`queue-${entry.conversationId}`}>
                      <span className="chat-queue-topic">{topicName(entry.topic, t)}</span>
                      <span className="muted">
                        {' · '}
                        {languageName(entry.language, t)}
                        {' · '}
                        {t.chatWaitingSince(formatClock(entry.waitingSince, t.locale))}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="claim"
                      aria-describedby={`queue-${entry.conversationId}`}
                      onClick={() => {
                        claim(entry.conversationId)
                      }}
                    >
                      {t.chatClaim}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {state.queueTotal > state.queue.length && (
              <p className="hint">{t.chatQueueMore(state.queue.length, state.queueTotal)}</p>
            )}
          </section>
        </div>

        <section className="panel chat-main" aria-labelledby="chat-conversations-heading">
          <h2 id="chat-conversations-heading">{t.chatConversationsHeading}</h2>
          {current === null ? (
            <p id="chat-no-conversations">{t.chatNoConversations}</p>
          ) : (
            <>
              <div
                id="chat-tabs"
                className="chat-tabs"
                role="tablist"
                aria-labelledby="chat-conversations-heading"
                onKeyDown={tabKeys}
              >
                {conversations.map((conversation) => {
                  const isCurrent = conversation.id === current.id
                  const unread =
                    !isCurrent && conversation.transcript.lastSeq > (seen[conversation.id] ?? 0)
                  return (
                    <button
                      key={conversation.id}
                      id={`chat-tab-${conversation.id}`}
                      type="button"
                      role="tab"
                      data-conversation-id={conversation.id}
                      data-status={conversation.status}
                      aria-selected={isCurrent}
                      aria-controls={isCurrent ? `chat-panel-${conversation.id}` : undefined}
                      tabIndex={isCurrent ? 0 : -1}
                      onClick={() => {
                        choose(conversation.id)
                      }}
                    >
                      {tabLabel(conversation, t)}
                      {unread && (
                        <span className="chat-unread">
                          <span aria-hidden="true"> ●</span>
                          <span className="visually-hidden"> ({t.chatTabNew})</span>
                        </span>
                      )}
                    </button>
                  )
                })}
              </div>
              <ChatConversationPanel
                key={current.id}
                t={t}
                token={token}
                chat={chat}
                conversation={current}
                replies={replies}
                connected={state.connection === 'open'}
                onSessionExpired={onSessionExpired}
              />
            </>
          )}
        </section>
      </div>
      <CannedRepliesPanel
        t={t}
        token={token}
        replies={replies}
        onChanged={() => {
          setRepliesVersion((n) => n + 1)
        }}
        onSessionExpired={onSessionExpired}
      />
    </>
  )
}
