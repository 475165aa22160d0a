import type { ReactNode } from 'react'

interface Props {
  id: string
  caption: ReactNode
  /** The column headings, in order. */
  columns: readonly string[]
  /** A row across all columns instead of data ("Loading…", "None yet"); none when undefined. */
  placeholder?: ReactNode
  busy?: boolean
  /** The data rows. */
  children: ReactNode
}

/** A captioned table that scrolls sideways on narrow screens. */
export function DataTable({ id, caption, columns, placeholder, busy, children }: Props) {
  return (
    <div className="table-wrap">
      <table id={id} aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {placeholder !== undefined && (
            <tr>
              <td colSpan={columns.length}>{placeholder}</td>
            </tr>
          )}
          {children}
        </tbody>
      </table>
    </div>
  )
}

/** The last cell of a row, holding its buttons. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="row-actions">{children}</div>
    </td>
  )
}

/** A row's button: the visible `label`, and for screen readers also what it acts on. */
export function RowButton({
  className,
  label,
  target,
  disabled,
  onClick,
}: {
  className: string
  label: string
  /** What the button acts on, e.g. "mandag 09:00–11:00", read out after the label. */
  target: string
  /** Shown as aria-disabled (the button stays focusable); omitted when not true. */
  disabled?: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={disabled === true || undefined}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {target}</span>
    </button>
  )
}
