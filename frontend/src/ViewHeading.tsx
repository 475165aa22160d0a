import { useEffect, useRef, type ReactNode } from 'react'

/**
 * The view's <h1>. It takes focus when the view opens so that screen readers announce the change
 * of view and keyboard users start from the top of it.
 */
export function ViewHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  )
}
