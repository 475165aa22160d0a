import type { ReactNode } from 'react'

/** An error paragraph, announced when it appears; nothing while `message` is null. */
export function ErrorMessage({ id, message }: { id?: string; message: string | null }) {
  if (message === null) return null
  return (
    <p id={id} className="error" role="alert">
      {message}
    </p>
  )
}

/** An error block, announced when it appears: the message, then what `children` adds to it. */
export function ErrorBlock({
  id,
  message,
  children,
}: {
  id: string
  message: string
  children: ReactNode
}) {
  return (
    <div id={id} className="error" role="alert">
      <p>{message}</p>
      {children}
    </div>
  )
}

/** A status line that is always there, so that screen readers announce each new text. */
export function StatusMessage({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="status" role="status">
      {text}
    </p>
  )
}
