import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { describeLoginError, messages, roleLabel } from './messages'

const nb = messages.nb

describe('describeLoginError', () => {
  it('says wrong credentials on 401, without telling which one was wrong', () => {
    expect(describeLoginError(new ApiError({ status: 401 }), nb)).toBe(nb.wrongCredentials)
  })

  it('tells how long to wait when throttled', () => {
    expect(describeLoginError(new ApiError({ status: 429 }, 30), nb)).toBe(
      'For mange forsøk. Prøv igjen om 30 sekunder.',
    )
    expect(describeLoginError(new ApiError({ status: 429 }), messages.en)).toBe(
      'Too many attempts. Wait a moment and try again.',
    )
  })

  it('separates a network failure from a server failure', () => {
    expect(describeLoginError(new ApiError({ status: 0 }), nb)).toBe(nb.networkError)
    expect(describeLoginError(new ApiError({ status: 500 }), nb)).toBe(nb.unexpectedError)
    expect(describeLoginError(new Error('bug'), nb)).toBe(nb.unexpectedError)
  })
})

describe('messages', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nb).sort())
  })

  it('names known roles and passes unknown ones through', () => {
    expect(roleLabel('counsellor', nb)).toBe('rådgiver')
    expect(roleLabel('auditor', nb)).toBe('auditor')
  })
})
