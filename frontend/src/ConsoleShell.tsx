import { useEffect, useRef, type ReactNode } from 'react'
import type { Staff } from './api'
import { roleLabel, type Messages } from './messages'

interface Props {
  t: Messages
  staff: Staff
  onSignOut: () => void
  languageToggle: ReactNode
}

export function ConsoleShell({ t, staff, onSignOut, languageToggle }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)

  // Move focus to the new page's heading so screen readers announce the change of view.
  useEffect(() => {
    heading.current?.focus()
  }, [])

  const roles =
    staff.roles.length === 0 ? t.noRoles : staff.roles.map((role) => roleLabel(role, t)).join(', ')

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
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>
          {t.consoleHeading}
        </h1>
        <p>{t.consoleIntro}</p>
      </main>
    </>
  )
}
