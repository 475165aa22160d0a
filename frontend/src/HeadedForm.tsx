import type { ReactNode, SubmitEvent } from 'react'
import { ErrorMessage } from './LiveRegions'

interface Props {
  id: string
  /** The form's <h3>, which also names the form. */
  heading: ReactNode
  headingId: string
  /** A paragraph under the heading that describes the form. */
  intro?: { id: string; text: ReactNode }
  /** The form's error, shown (and announced) under the heading while not null. */
  error: string | null
  errorId: string
  method?: 'post'
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void
  /** The fields and buttons. */
  children: ReactNode
}

/** A stacked form named by its own heading, with room for one error under it. */
export function HeadedForm({
  id,
  heading,
  headingId,
  intro,
  error,
  errorId,
  method,
  onSubmit,
  children,
}: Props) {
  return (
    <form
      id={id}
      className="stacked-form"
      method={method}
      aria-labelledby={headingId}
      aria-describedby={intro?.id}
      onSubmit={onSubmit}
    >
      <h3 id={headingId}>{heading}</h3>
      {intro !== undefined && (
        <p id={intro.id} className="muted">
          {intro.text}
        </p>
      )}
      <ErrorMessage id={errorId} message={error} />
      {children}
    </form>
  )
}
