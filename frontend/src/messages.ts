// Every text the console shows. Norwegian bokmål is the default; English is for staff who prefer it.

import { ApiError } from './api'

export type Language = 'nb' | 'en'

export interface Messages {
  appName: string
  loginHeading: string
  username: string
  password: string
  logIn: string
  loggingIn: string
  logOut: string
  restoring: string
  signedInAs: string
  roles: string
  noRoles: string
  consoleHeading: string
  consoleIntro: string
  /** Label of the button that switches to the other language, written in that language. */
  otherLanguage: string
  otherLanguageCode: Language
  wrongCredentials: string
  tooManyAttempts: (retryAfterSeconds: number | null) => string
  networkError: string
  unexpectedError: string
  roleNames: Record<string, string>
}

export const messages: Record<Language, Messages> = {
  nb: {
    appName: 'Samtale',
    loginHeading: 'Logg inn i konsollen',
    username: 'Brukernavn',
    password: 'Passord',
    logIn: 'Logg inn',
    loggingIn: 'Logger inn …',
    logOut: 'Logg ut',
    restoring: 'Henter innloggingen …',
    signedInAs: 'Innlogget som',
    roles: 'Roller',
    noRoles: 'ingen',
    consoleHeading: 'Konsoll',
    consoleIntro: 'Du er logget inn. Økten avsluttes når du logger ut eller lukker fanen.',
    otherLanguage: 'English',
    otherLanguageCode: 'en',
    wrongCredentials: 'Feil brukernavn eller passord.',
    tooManyAttempts: (seconds) =>
      seconds === null
        ? 'For mange forsøk. Vent litt og prøv igjen.'
        : `For mange forsøk. Prøv igjen om ${seconds} sekunder.`,
    networkError: 'Fikk ikke kontakt med serveren. Sjekk nettverket og prøv igjen.',
    unexpectedError: 'Noe gikk galt. Prøv igjen senere.',
    roleNames: {
      counsellor: 'rådgiver',
      moderator: 'moderator',
      clinic: 'klinikk',
      admin: 'administrator',
    },
  },
  en: {
    appName: 'Samtale',
    loginHeading: 'Sign in to the console',
    username: 'Username',
    password: 'Password',
    logIn: 'Sign in',
    loggingIn: 'Signing in …',
    logOut: 'Sign out',
    restoring: 'Restoring your session …',
    signedInAs: 'Signed in as',
    roles: 'Roles',
    noRoles: 'none',
    consoleHeading: 'Console',
    consoleIntro: 'You are signed in. The session ends when you sign out or close the tab.',
    otherLanguage: 'Norsk',
    otherLanguageCode: 'nb',
    wrongCredentials: 'Wrong username or password.',
    tooManyAttempts: (seconds) =>
      seconds === null
        ? 'Too many attempts. Wait a moment and try again.'
        : `Too many attempts. Try again in ${seconds} seconds.`,
    networkError: 'Could not reach the server. Check the network and try again.',
    unexpectedError: 'Something went wrong. Try again later.',
    roleNames: {
      counsellor: 'counsellor',
      moderator: 'moderator',
      clinic: 'clinic',
      admin: 'administrator',
    },
  },
}

export function isLanguage(value: string | null): value is Language {
  return value === 'nb' || value === 'en'
}

/** What to tell a staff member whose login (or session restore) failed. */
export function describeLoginError(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.unexpectedError
  if (error.isNetworkError) return t.networkError
  if (error.status === 401) return t.wrongCredentials
  if (error.status === 429) return t.tooManyAttempts(error.retryAfterSeconds)
  return t.unexpectedError
}

export function roleLabel(role: string, t: Messages): string {
  return t.roleNames[role] ?? role
}
