import type {
  AriaAttributes,
  ChangeEvent,
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react'

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

type ControlElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/** A control's own attributes (`Attributes`), bound to a string, with its label, hint and error. */
type BoundProps<Attributes, Element extends ControlElement> = Omit<
  Attributes,
  'id' | 'value' | 'onChange'
> & {
  id: string
  ref?: Ref<Element>
  label: ReactNode
  value: string
  onValue: (value: string) => void
  error?: string | undefined
  hint?: ReactNode
}

/** Renders `control` inside a Field, with the control's own attributes and its binding. */
function boundField<Attributes extends AriaAttributes, Element extends ControlElement>(
  { id, label, value, onValue, error, hint, ...own }: BoundProps<Attributes, Element>,
  control: (
    attributes: typeof own & {
      id: string
      value: string
      'aria-describedby': string | undefined
      'aria-invalid': AriaAttributes['aria-invalid']
      onChange: (event: ChangeEvent<Element>) => void
    },
  ) => ReactNode,
) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) =>
        control({
          ...own,
          id,
          value,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || own['aria-invalid'],
          onChange: (event) => {
            onValue(event.target.value)
          },
        })
      }
    </Field>
  )
}

/** The common case: a labelled <input> bound to a string. */
export function InputField(
  props: BoundProps<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>,
) {
  return boundField(props, (attributes) => <input {...attributes} />)
}

/** A labelled <textarea> bound to a string. */
export function TextAreaField(
  props: BoundProps<TextareaHTMLAttributes<HTMLTextAreaElement>, HTMLTextAreaElement>,
) {
  return boundField(props, (attributes) => <textarea {...attributes} />)
}

/** A labelled <select> bound to a string; `children` are its <option> elements. */
export function SelectField({
  children,
  ...props
}: BoundProps<SelectHTMLAttributes<HTMLSelectElement>, HTMLSelectElement>) {
  return boundField(props, (attributes) => <select {...attributes}>{children}</select>)
}
