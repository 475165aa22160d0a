import { ApiError } from './api'
import { describeError, type Messages } from './messages'

/**
 * Reports a failed call that no rule of the calling view covers: a 401 means the token has
 * expired or been revoked and ends the session; anything else is shown through `show`.
 */
export function reportFailure(
  failure: unknown,
  t: Messages,
  onSessionExpired: () => void,
  show: (message: string) => void,
): void {
  if (failure instanceof ApiError && failure.status === 401) {
    onSessionExpired()
    return
  }
  show(describeError(failure, t))
}

export function hasStatus(failure: unknown, ...statuses: number[]): failure is ApiError {
  return failure instanceof ApiError && statuses.includes(failure.status)
}
