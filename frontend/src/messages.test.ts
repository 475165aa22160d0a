import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import {
  describeChatError,
  describeError,
  describeLoginError,
  messages,
  roleLabel,
} from './messages'

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
    for (const group of [
      'statusNames',
      'resultNames',
      'weekdayNames',
      'roleNames',
      'questionStatusNames',
      'findingKindNames',
      'languageNames',
      'chatConnection',
      'chatTopicNames',
      'chatEndedBy',
      'chatCounsellorStatus',
      'chatErrors',
    ] as const) {
      expect(Object.keys(messages.en[group]).sort(), group).toEqual(
        Object.keys(messages.nb[group]).sort(),
      )
    }
  })

  it('names booking statuses the way visitors see them', () => {
    expect(nb.statusNames).toEqual({
      booked: 'Bestilt',
      cancelled: 'Avbestilt',
      attended: 'Møtt',
      'no-show': 'Ikke møtt',
    })
  })

  it('says in words whether the asker consents to publishing', () => {
    expect(nb.consent(true)).toBe('Samtykker til publisering: ja')
    expect(nb.consent(false)).toBe('Samtykker til publisering: nei')
  })

  it('names known roles and passes unknown ones through', () => {
    expect(roleLabel('counsellor', nb)).toBe('rådgiver')
    expect(roleLabel('auditor', nb)).toBe('auditor')
  })
})

describe('describeError', () => {
  it('tells a signed-in staff member that the session has expired on 401', () => {
    expect(describeError(new ApiError({ status: 401 }), nb)).toBe(nb.sessionExpired)
  })

  it('separates access, validation, throttling, network and server failures', () => {
    expect(describeError(new ApiError({ status: 403 }), nb)).toBe(nb.forbidden)
    expect(describeError(new ApiError({ status: 400 }), nb)).toBe(nb.invalidInput)
    expect(describeError(new ApiError({ status: 429 }, 5), nb)).toBe(nb.tooManyAttempts(5))
    expect(describeError(new ApiError({ status: 0 }), nb)).toBe(nb.networkError)
    expect(describeError(new ApiError({ status: 500 }), nb)).toBe(nb.unexpectedError)
    expect(describeError(new Error('bug'), nb)).toBe(nb.unexpectedError)
  })
})

describe('describeChatError', () => {
  it('names the chat errors a counsellor can meet, and has a fallback', () => {
    expect(describeChatError('already-claimed', nb)).toBe('En annen rådgiver tok samtalen først.')
    expect(describeChatError('bad-frame', messages.en)).toBe(messages.en.chatErrorOther)
  })
})
