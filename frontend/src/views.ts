// Which console views a staff member may open. A staff member can hold several roles; each view
// names the roles that may use it (the server enforces the same rule on every call).

export type View = 'home' | 'chat' | 'questions' | 'desk' | 'admin'

const ROLES_FOR: Record<Exclude<View, 'home'>, readonly string[]> = {
  chat: ['counsellor'],
  questions: ['moderator', 'counsellor'],
  desk: ['clinic', 'admin'],
  admin: ['admin'],
}

/** The views in menu order; the home view is always there. */
export function availableViews(roles: readonly string[]): View[] {
  const views: View[] = ['home']
  for (const view of ['chat', 'questions', 'desk', 'admin'] as const) {
    if (ROLES_FOR[view].some((role) => roles.includes(role))) views.push(view)
  }
  return views
}
