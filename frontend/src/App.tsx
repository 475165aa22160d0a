import { useEffect, useState } from 'react'
import { ApiError, fetchMe, tokenStore, type LoginResponse, type Staff } from './api'
import { ConsoleShell } from './ConsoleShell'
import { LanguageToggle } from './LanguageToggle'
import { LoginForm } from './LoginForm'
import { isLanguage, messages, type Language } from './messages'

const LANGUAGE_KEY = 'samtale.staff.lang'

type Session =
  | { kind: 'restoring'; token: string }
  | { kind: 'signedOut'; restoreError: unknown; expired: boolean }
  | { kind: 'signedIn'; staff: Staff; token: string }

function initialSession(): Session {
  const token = tokenStore.get()
  return token === null
    ? { kind: 'signedOut', restoreError: null, expired: false }
    : { kind: 'restoring', token }
}

function initialLanguage(): Language {
  try {
    const stored = sessionStorage.getItem(LANGUAGE_KEY)
    return isLanguage(stored) ? stored : 'nb'
  } catch {
    return 'nb'
  }
}

export function App() {
  const [session, setSession] = useState<Session>(initialSession)
  const [language, setLanguage] = useState<Language>(initialLanguage)
  const t = messages[language]

  useEffect(() => {
    document.documentElement.lang = language
    try {
      sessionStorage.setItem(LANGUAGE_KEY, language)
    } catch {
      // Storage unavailable: the choice lasts until reload.
    }
  }, [language])

  const restoringToken = session.kind === 'restoring' ? session.token : null
  useEffect(() => {
    if (restoringToken === null) return
    let current = true
    fetchMe(restoringToken).then(
      (staff) => {
        if (current) setSession({ kind: 'signedIn', staff, token: restoringToken })
      },
      (error: unknown) => {
        if (!current) return
        // Only a 401 says the token is bad; keep it through an outage so a reload can retry.
        if (error instanceof ApiError && error.status === 401) {
          tokenStore.clear()
          setSession({ kind: 'signedOut', restoreError: null, expired: false })
        } else {
          setSession({ kind: 'signedOut', restoreError: error, expired: false })
        }
      },
    )
    return () => {
      current = false
    }
  }, [restoringToken])

  function signedIn(response: LoginResponse) {
    tokenStore.set(response.token)
    setSession({ kind: 'signedIn', staff: response.staff, token: response.token })
  }

  function signOut() {
    tokenStore.clear()
    setSession({ kind: 'signedOut', restoreError: null, expired: false })
  }

  function sessionExpired() {
    tokenStore.clear()
    setSession({ kind: 'signedOut', restoreError: null, expired: true })
  }

  const toggle = <LanguageToggle t={t} onChange={setLanguage} />

  switch (session.kind) {
    case 'restoring':
      return (
        <>
          <header className="topbar">
            <span className="brand">{t.appName}</span>
            {toggle}
          </header>
          <main id="main" aria-busy="true">
            <h1>{t.appName}</h1>
            <p role="status">{t.restoring}</p>
          </main>
        </>
      )
    case 'signedOut':
      return (
        <>
          <header className="topbar">
            <span className="brand">{t.appName}</span>
            {toggle}
          </header>
          <main id="main">
            <LoginForm
              t={t}
              onSignedIn={signedIn}
              initialFailure={session.restoreError}
              expired={session.expired}
            />
          </main>
        </>
      )
    case 'signedIn':
      return (
        <ConsoleShell
          t={t}
          staff={session.staff}
          token={session.token}
          onSignOut={signOut}
          onSessionExpired={sessionExpired}
          languageToggle={toggle}
        />
      )
  }
}
