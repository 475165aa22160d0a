import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react'

interface Props {
  id: string
  label: ReactNode
  /** The server's (or our own) complaint about this field, shown under it and announced with it. */
  error?: string | undefined
  hint?: ReactNode
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode
}

/**
 * A labelled form control with an optional hint and error. `children` renders the control and
 * gets the ids it must reference in aria-describedby.
 */
export function Field({ id, label, error, hint, children }: Props) {
  const hintId = hint === undefined ? undefined : `${id}-hint`
  const errorId = error === undefined ? undefined : `${id}-error`
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children(describedBy, error !== undefined)}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string
  ref?: Ref<HTMLInputElement>
  label: ReactNode
  value: string
  onValue: (value: string) => void
  error?: string | undefined
  hint?: ReactNode
}

/** The common case: a labelled <input> bound to a string. */
export function InputField({ id, label, value, onValue, error, hint, ...input }: TextInputProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input
          {...input}
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || input['aria-invalid']}
          onChange={(event) => {
            onValue(event.target.value)
          }}
        />
      )}
    </Field>
  )
}

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange'
> & {
  id: string
  ref?: Ref<HTMLTextAreaElement>
  label: ReactNode
  value: string
  onValue: (value: string) => void
  error?: string | undefined
  hint?: ReactNode
}

/** A labelled <textarea> bound to a string. */
export function TextAreaField({
  id,
  label,
  value,
  onValue,
  error,
  hint,
  ...textarea
}: TextAreaProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          {...textarea}
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || textarea['aria-invalid']}
          onChange={(event) => {
            onValue(event.target.value)
          }}
        />
      )}
    </Field>
  )
}
