import { useEffect, useState, type ReactNode } from 'react'
import type { Staff } from './api'
import { AdminView } from './AdminView'
import { browserConsoleChat } from './chat/console'
import { ChatView } from './ChatView'
import { DeskView } from './DeskView'
import { QuestionsView } from './QuestionsView'
import { roleLabel, type Messages } from './messages'
import { ViewHeading } from './ViewHeading'
import { availableViews, type View } from './views'

interface Props {
  t: Messages
  staff: Staff
  token: string
  onSignOut: () => void
  /** A call answered 401: the token has expired or been revoked. */
  onSessionExpired: () => void
  languageToggle: ReactNode
}

export function ConsoleShell({
  t,
  staff,
  token,
  onSignOut,
  onSessionExpired,
  languageToggle,
}: Props) {
  const views = availableViews(staff.roles)
  const [view, setView] = useState<View>('home')
  // The chat socket lives as long as the session, not the view: switching to another view keeps
  // this counsellor's chats (and presence). It opens when the chat view is first chosen.
  const [chat] = useState(() => browserConsoleChat(token))
  const [chatOpened, setChatOpened] = useState(false)
  useEffect(() => {
    if (!chatOpened) return
    chat.start()
    return () => {
      chat.stop()
    }
  }, [chat, chatOpened])

  const roles =
    staff.roles.length === 0 ? t.noRoles : staff.roles.map((role) => roleLabel(role, t)).join(', ')
  const names: Record<View, string> = {
    home: t.navHome,
    chat: t.navChat,
    questions: t.navQuestions,
    desk: t.navDesk,
    admin: t.navAdmin,
  }

  return (
    <>
      <header id="signed-in" className="topbar">
        <span className="brand">{t.appName}</span>
        <p className="who">
          {t.signedInAs} <strong className="display-name">{staff.displayName}</strong>
          <span className="roles">
            {' · '}
            {t.roles}: {roles}
          </span>
        </p>
        {languageToggle}
        <button id="logout" type="button" onClick={onSignOut}>
          {t.logOut}
        </button>
      </header>
      {views.length > 1 && (
        <nav className="views" aria-label={t.mainNavigation}>
          <ul>
            {views.map((name) => (
              <li key={name}>
                <button
                  id={`nav-${name}`}
                  type="button"
                  aria-current={name === view ? 'page' : undefined}
                  onClick={() => {
                    if (name === 'chat') setChatOpened(true)
                    setView(name)
                  }}
                >
                  {names[name]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* key: a fresh view (and a focused heading) every time the view changes. */}
      <main id="main" key={view} className={view === 'home' ? undefined : 'wide'}>
        {view === 'home' && (
          <>
            <ViewHeading>{t.consoleHeading}</ViewHeading>
            <p>{t.consoleIntro}</p>
            {views.length > 1 && <p>{t.chooseView}</p>}
          </>
        )}
        {view === 'chat' && (
          <ChatView t={t} token={token} chat={chat} onSessionExpired={onSessionExpired} />
        )}
        {view === 'questions' && (
          <QuestionsView
            t={t}
            token={token}
            roles={staff.roles}
            onSessionExpired={onSessionExpired}
          />
        )}
        {view === 'desk' && <DeskView t={t} token={token} onSessionExpired={onSessionExpired} />}
        {view === 'admin' && <AdminView t={t} token={token} onSessionExpired={onSessionExpired} />}
      </main>
    </>
  )
}
