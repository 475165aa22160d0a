import { useEffect, useRef, useState, type SubmitEvent } from 'react'
import { login, type LoginResponse } from './api'
import { describeLoginError, type Messages } from './messages'

interface Props {
  t: Messages
  onSignedIn: (response: LoginResponse) => void
  /** Why the previous session could not be restored, if it failed for a reason worth telling. */
  initialFailure: unknown
  /** The previous session ended because the token expired while in use. */
  expired: boolean
}

export function LoginForm({ t, onSignedIn, initialFailure, expired }: Props) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [failure, setFailure] = useState<unknown>(initialFailure)
  const [busy, setBusy] = useState(false)
  const usernameInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    usernameInput.current?.focus()
  }, [])

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      const response = await login(username.trim(), password)
      onSignedIn(response)
    } catch (error) {
      setFailure(error)
      setPassword('')
      setBusy(false)
    }
  }

  return (
    <>
      <h1>{t.loginHeading}</h1>
      {expired && failure === null && (
        <p id="session-expired" className="notice" role="status">
          {t.sessionExpired}
        </p>
      )}
      {/* method=post: should the script ever not handle the submit, credentials still stay out of the URL. */}
      <form
        id="login"
        className="login"
        method="post"
        onSubmit={(event) => {
          void submit(event)
        }}
      >
        {failure !== null && (
          <p id="login-error" className="error" role="alert">
            {describeLoginError(failure, t)}
          </p>
        )}
        <div className="field">
          <label htmlFor="username">{t.username}</label>
          <input
            ref={usernameInput}
            id="username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => {
              setUsername(event.target.value)
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value)
            }}
          />
        </div>
        <button type="submit" className="primary" aria-disabled={busy}>
          {busy ? t.loggingIn : t.logIn}
        </button>
      </form>
    </>
  )
}
