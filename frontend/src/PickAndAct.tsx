import type { ReactNode } from 'react'
import { SelectField } from './Field'

interface Props {
  /** Added to `inline-form` on the row. */
  className: string
  selectId: string
  label: ReactNode
  value: string
  onValue: (value: string) => void
  /** The first option, with the value '': nothing chosen yet. */
  choose: string
  /** The other options. */
  children: ReactNode
  buttonId: string
  action: ReactNode
  /** Acts on the chosen value; the button is disabled while nothing is chosen. */
  onAct: () => void
  /** More controls after the button. */
  extra?: ReactNode
}

/** One row: a labelled <select> and the button that acts on what it has chosen. */
export function PickAndAct({
  className,
  selectId,
  label,
  value,
  onValue,
  choose,
  children,
  buttonId,
  action,
  onAct,
  extra,
}: Props) {
  return (
    <div className={`inline-form ${className}`}>
      <SelectField id={selectId} label={label} value={value} onValue={onValue}>
        <option value="">{choose}</option>
        {children}
      </SelectField>
      <button id={buttonId} type="button" disabled={value === ''} onClick={onAct}>
        {action}
      </button>
      {extra}
    </div>
  )
}
