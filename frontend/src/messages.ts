// Every text the console shows. Norwegian bokmål is the default; English is for staff who prefer it.

import {
  ApiError,
  type BookingStatus,
  type CounsellorStatus,
  type FindingKind,
  type QuestionStatus,
  type ResultStatus,
  type Weekday,
} from './api'
import type { ConnectionState } from './chat/connection'

export type Language = 'nb' | 'en'

export interface Messages {
  /** BCP 47 locale for dates and times. */
  locale: string
  /** This language's code, as the API takes it (`lang=`). */
  code: Language
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
  sessionExpired: string
  forbidden: string
  invalidInput: string
  loading: string
  saving: string
  roleNames: Record<string, string>

  mainNavigation: string
  navHome: string
  navDesk: string
  navAdmin: string
  navQuestions: string
  chooseView: string

  statusNames: Record<BookingStatus, string>
  resultNames: Record<ResultStatus, string>
  weekdayNames: Record<Weekday, string>
  timesAreNorwegian: string
  colTime: string
  colDate: string
  colStatus: string
  colActions: string

  deskHeading: string
  deskClinic: string
  deskDate: string
  deskNoClinics: string
  deskBookingsHeading: string
  deskBookingsCaption: (clinic: string, day: string) => string
  deskNoBookings: string
  refresh: string
  colReference: string
  colResult: string
  markAttended: string
  markNoShow: string
  resultLabel: (reference: string) => string
  attendanceSaved: (reference: string, status: string) => string
  resultSaved: (reference: string, result: string) => string
  bookingChangedMeanwhile: string
  checkInHeading: string
  checkInCode: string
  checkInHint: string
  checkInSubmit: string
  checkingIn: string
  checkedIn: (time: string, day: string, reference: string) => string
  checkInUnknownCode: string
  checkInNotPossible: string
  checkInMalformedCode: string

  adminHeading: string
  clinicsHeading: string
  noClinicsYet: string
  newClinic: string
  newClinicHeading: string
  editClinicHeading: (name: string) => string
  clinicName: string
  clinicAddress: string
  clinicDirections: string
  clinicInfo: string
  createClinic: string
  saveClinic: string
  clinicCreated: (name: string) => string
  clinicSaved: (name: string) => string
  slotsHeading: (clinic: string) => string
  slotsCaption: (from: string, to: string) => string
  noSlots: string
  colCapacity: string
  colBooked: string
  slotOpen: string
  slotFull: string
  slotCancelled: string
  deleteSlot: string
  cancelSlot: string
  slotDeleted: (slot: string) => string
  slotHasBookings: (slot: string) => string
  cancelInstead: string
  confirmCancelTitle: string
  confirmCancelText: (slot: string, booked: number) => string
  confirmCancel: string
  keepSlot: string
  slotWasCancelled: (slot: string) => string
  singleSlotHeading: string
  slotDate: string
  slotStart: string
  slotEnd: string
  slotCapacity: string
  createSlot: string
  slotCreated: (slot: string) => string
  endBeforeStart: string
  weeklyHeading: string
  weeklyIntro: string
  weeklyFrom: string
  weeklyTo: string
  weeklyDays: string
  weeklyStart: string
  weeklyEnd: string
  weeklyMinutes: string
  weeklyCapacity: string
  createWeekly: string
  weeklyCreated: (created: number) => string
  noDaysChosen: string
  toBeforeFrom: string

  hoursHeading: string
  hoursIntro: (zone: string) => string
  hoursWeeklyCaption: string
  hoursNoPeriods: string
  colWeekday: string
  colOpens: string
  colCloses: string
  colNote: string
  hoursRemove: string
  hoursPeriod: (day: string, opens: string, closes: string) => string
  hoursAddPeriodHeading: string
  hoursDay: string
  hoursOpens: string
  hoursCloses: string
  hoursOpensHint: string
  hoursClosesHint: string
  hoursAddPeriod: string
  hoursClosedCaption: string
  hoursNoClosedDays: string
  hoursAddClosedHeading: string
  hoursClosedDate: string
  hoursClosedNote: string
  hoursAddClosedDay: string
  hoursSave: string
  hoursSaved: string
  hoursPeriodAdded: (period: string) => string
  hoursPeriodRemoved: (period: string) => string
  hoursClosedAdded: (day: string) => string
  hoursClosedRemoved: (day: string) => string
  hoursInvalidTime: string
  hoursClosesBeforeOpens: string
  hoursOverlap: (day: string) => string
  hoursInvalidDate: string
  hoursDuplicateDay: (day: string) => string
  hoursServerSaid: string

  questionsHeading: string
  questionStatusNames: Record<QuestionStatus, string>
  languageNames: Record<string, string>
  findingKindNames: Record<FindingKind, string>
  questionFilter: string
  filterReview: string
  questionListHeading: string
  noQuestions: string
  chooseQuestion: string
  questionFindingCount: (count: number) => string
  questionHeading: string
  questionStatus: string
  questionCategory: string
  questionLanguage: string
  questionLastChanged: string
  consent: (consents: boolean) => string
  questionRedacted: string
  publicPage: string
  questionTitle: string
  questionBody: string
  findingsHeading: string
  noFindings: string
  findingsDraftNote: string
  findingInTitle: string
  findingInBody: string
  removeFinding: string
  findingRemoved: (kind: string) => string
  editHeading: string
  editTitle: string
  editBody: string
  editCategory: string
  saveQuestion: string
  discardChanges: string
  questionSaved: string
  changesDiscarded: string
  unsavedChanges: string
  fieldRequired: string
  moderationHeading: string
  accept: string
  questionAccepted: string
  rejectReason: string
  rejectReasonHint: string
  reject: string
  questionRejected: string
  rejectedBecause: string
  publish: string
  unpublish: string
  questionPublished: string
  questionUnpublished: string
  noConsent: string
  confirmPublishTitle: string
  confirmPublishText: (count: number) => string
  confirmPublish: string
  keepUnpublished: string
  withdrawnNote: string
  answerHeading: string
  currentAnswer: string
  answeredAt: (when: string) => string
  answerBody: string
  answerHint: string
  preview: string
  previewing: string
  previewHeading: string
  previewReady: string
  previewEmpty: string
  sendAnswer: string
  replaceAnswer: string
  sending: string
  answerSaved: string
  answerLocked: string
  answerNotYet: string
  questionChanged: string
  questionGone: string

  navChat: string
  chatHeading: string
  chatConnection: Record<ConnectionState, string>
  chatPresence: string
  chatAvailable: string
  chatAway: string
  chatPresenceHint: string
  chatQueueHeading: (total: number) => string
  chatQueueEmpty: string
  chatQueueMore: (shown: number, total: number) => string
  chatWaitingSince: (time: string) => string
  chatClaim: string
  chatNoTopic: string
  chatTopicNames: Record<string, string>
  chatConversationsHeading: string
  chatNoConversations: string
  chatTabEnded: string
  chatTabTransferred: string
  chatTabNew: string
  chatConversationHeading: (language: string, topic: string) => string
  chatStartedAt: (time: string) => string
  chatMessagesLabel: string
  chatVisitor: string
  chatYou: string
  chatCounsellor: string
  chatSending: string
  chatNotSent: string
  chatRetry: string
  chatVisitorTyping: string
  chatReply: string
  chatReplyHint: string
  chatSend: string
  chatEndedBy: Record<string, string>
  chatTransferredTo: (name: string) => string
  chatCloseTab: string
  chatCannedPick: string
  chatCannedChoose: string
  chatCannedInsert: string
  chatCannedHeading: string
  chatCannedNone: string
  chatCannedNew: string
  chatCannedEdit: (title: string) => string
  chatCannedTitle: string
  chatCannedText: string
  chatCannedLanguage: string
  chatCannedCreate: string
  chatCannedSave: string
  chatCannedCancel: string
  chatCannedEditShort: string
  chatCannedEditButton: (title: string) => string
  chatCannedDeleteShort: string
  chatCannedDeleteButton: (title: string) => string
  chatCannedCreated: (title: string) => string
  chatCannedSaved: (title: string) => string
  chatCannedDeleted: (title: string) => string
  chatCannedGone: string
  chatConfirmDeleteTitle: string
  chatConfirmDeleteText: (title: string) => string
  chatConfirmDelete: string
  chatKeepReply: string
  chatNotesHeading: string
  chatNotesHint: string
  chatNoNotes: string
  chatNoteLabel: string
  chatAddNote: string
  chatNoteSaved: string
  chatNoteBy: (author: string, time: string) => string
  chatTransferLabel: string
  chatTransferChoose: string
  chatTransfer: string
  chatTransferNone: string
  chatCounsellorOption: (name: string, status: string, chats: number) => string
  chatCounsellorStatus: Record<CounsellorStatus, string>
  chatRefreshCounsellors: string
  chatEnd: string
  chatConfirmEndTitle: string
  chatConfirmEndText: string
  chatConfirmEnd: string
  chatKeepOpen: string
  chatNotConnected: string
  chatErrors: Record<string, string>
  chatErrorOther: string
}

export const messages: Record<Language, Messages> = {
  nb: {
    locale: 'nb-NO',
    code: 'nb',
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
    sessionExpired: 'Økten er utløpt. Logg inn igjen.',
    forbidden: 'Du har ikke tilgang til dette.',
    invalidInput: 'Noen felt er ikke riktig fylt ut.',
    loading: 'Henter …',
    saving: 'Lagrer …',
    roleNames: {
      counsellor: 'rådgiver',
      moderator: 'moderator',
      clinic: 'klinikk',
      admin: 'administrator',
    },

    mainNavigation: 'Hovedmeny',
    navHome: 'Start',
    navDesk: 'Klinikkskranke',
    navAdmin: 'Klinikker, timer og åpningstider',
    navQuestions: 'Spørsmål',
    chooseView: 'Velg hva du vil gjøre i menyen.',

    statusNames: {
      booked: 'Bestilt',
      cancelled: 'Avbestilt',
      attended: 'Møtt',
      'no-show': 'Ikke møtt',
    },
    resultNames: {
      pending: 'Venter på svar',
      'no-action-needed': 'Ingen oppfølging',
      'contact-clinic': 'Ta kontakt med klinikken',
    },
    weekdayNames: {
      MONDAY: 'Mandag',
      TUESDAY: 'Tirsdag',
      WEDNESDAY: 'Onsdag',
      THURSDAY: 'Torsdag',
      FRIDAY: 'Fredag',
      SATURDAY: 'Lørdag',
      SUNDAY: 'Søndag',
    },
    timesAreNorwegian: 'Alle tider er norsk tid.',
    colTime: 'Tid',
    colDate: 'Dato',
    colStatus: 'Status',
    colActions: 'Handlinger',

    deskHeading: 'Klinikkskranke',
    deskClinic: 'Klinikk',
    deskDate: 'Dato',
    deskNoClinics: 'Ingen klinikker er satt opp ennå.',
    deskBookingsHeading: 'Bookinger for dagen',
    deskBookingsCaption: (clinic, day) => `Bookinger ved ${clinic}, ${day}`,
    deskNoBookings: 'Ingen bookinger denne dagen.',
    refresh: 'Oppdater listen',
    colReference: 'Referanse',
    colResult: 'Resultat',
    markAttended: 'Møtt',
    markNoShow: 'Ikke møtt',
    resultLabel: (reference) => `Resultat for ${reference}`,
    attendanceSaved: (reference, status) => `${reference}: ${status}.`,
    resultSaved: (reference, result) => `${reference}: resultat «${result}».`,
    bookingChangedMeanwhile: 'Bookingen er endret i mellomtiden. Listen er oppdatert.',
    checkInHeading: 'Sjekk inn',
    checkInCode: 'Bookingkode',
    checkInHint:
      'Koden den besøkende viser deg, for eksempel 7KQ2-M9XD-4RTP-WB3H. Store eller små bokstaver, med eller uten bindestreker.',
    checkInSubmit: 'Sjekk inn',
    checkingIn: 'Sjekker inn …',
    checkedIn: (time, day, reference) =>
      `Sjekket inn: timen kl. ${time} ${day}, referanse ${reference}.`,
    checkInUnknownCode: 'Fant ingen booking med den koden. Sjekk koden og prøv igjen.',
    checkInNotPossible:
      'Bookingen kan ikke sjekkes inn: den er avbestilt, eller timen er ikke i dag.',
    checkInMalformedCode: 'Koden kan bare inneholde bokstaver, tall og bindestreker.',

    adminHeading: 'Klinikker, timer og åpningstider',
    clinicsHeading: 'Klinikker',
    noClinicsYet: 'Ingen klinikker ennå. Opprett den første med skjemaet.',
    newClinic: 'Ny klinikk',
    newClinicHeading: 'Ny klinikk',
    editClinicHeading: (name) => `Rediger ${name}`,
    clinicName: 'Navn',
    clinicAddress: 'Adresse',
    clinicDirections: 'Veibeskrivelse',
    clinicInfo: 'Praktisk informasjon',
    createClinic: 'Opprett klinikk',
    saveClinic: 'Lagre endringer',
    clinicCreated: (name) => `${name} er opprettet.`,
    clinicSaved: (name) => `Endringene i ${name} er lagret.`,
    slotsHeading: (clinic) => `Timer ved ${clinic}`,
    slotsCaption: (from, to) => `Timer fra ${from} til ${to}`,
    noSlots: 'Ingen timer de neste fire ukene.',
    colCapacity: 'Plasser',
    colBooked: 'Booket',
    slotOpen: 'Åpen',
    slotFull: 'Full',
    slotCancelled: 'Avlyst',
    deleteSlot: 'Slett',
    cancelSlot: 'Avlys',
    slotDeleted: (slot) => `Timen ${slot} er slettet.`,
    slotHasBookings: (slot) =>
      `Timen ${slot} har bookinger og kan ikke slettes. Du kan avlyse den i stedet.`,
    cancelInstead: 'Avlys timen i stedet',
    confirmCancelTitle: 'Avlyse timen?',
    confirmCancelText: (slot, booked) =>
      `Timen ${slot} blir avlyst. ` +
      (booked === 0
        ? 'Ingen har booket den.'
        : booked === 1
          ? 'Én booking blir avbestilt.'
          : `${booked} bookinger blir avbestilt.`) +
      ' De besøkende ser det når de slår opp koden sin. Dette kan ikke angres.',
    confirmCancel: 'Avlys timen',
    keepSlot: 'Behold timen',
    slotWasCancelled: (slot) => `Timen ${slot} er avlyst.`,
    singleSlotHeading: 'Ny enkelttime',
    slotDate: 'Dato',
    slotStart: 'Fra klokken',
    slotEnd: 'Til klokken',
    slotCapacity: 'Antall plasser',
    createSlot: 'Opprett time',
    slotCreated: (slot) => `Timen ${slot} er opprettet.`,
    endBeforeStart: 'Sluttiden må være etter starttiden.',
    weeklyHeading: 'Timer fra ukemal',
    weeklyIntro:
      'Lager timer etter hverandre på de valgte ukedagene i perioden, fra første til siste klokkeslett.',
    weeklyFrom: 'Fra og med dato',
    weeklyTo: 'Til og med dato',
    weeklyDays: 'Ukedager',
    weeklyStart: 'Første time klokken',
    weeklyEnd: 'Slutt klokken',
    weeklyMinutes: 'Lengde per time (minutter)',
    weeklyCapacity: 'Plasser per time',
    createWeekly: 'Opprett timer',
    weeklyCreated: (created) =>
      created === 0
        ? 'Ingen nye timer ble opprettet.'
        : created === 1
          ? 'Én ny time er opprettet.'
          : `${created} nye timer er opprettet.`,
    noDaysChosen: 'Velg minst én ukedag.',
    toBeforeFrom: 'Til-datoen kan ikke være før fra-datoen.',

    hoursHeading: 'Åpningstider for chatten',
    hoursIntro: (zone) =>
      `Tidene er norsk tid (${zone}). Endringene gjelder først når du har lagret dem.`,
    hoursWeeklyCaption: 'Ukentlige åpningstider',
    hoursNoPeriods: 'Ingen åpningstider: chatten er stengt hele uken.',
    colWeekday: 'Ukedag',
    colOpens: 'Åpner',
    colCloses: 'Stenger',
    colNote: 'Merknad',
    hoursRemove: 'Fjern',
    hoursPeriod: (day, opens, closes) => `${day.toLowerCase()} ${opens}–${closes}`,
    hoursAddPeriodHeading: 'Ny åpningstid',
    hoursDay: 'Ukedag',
    hoursOpens: 'Åpner klokken',
    hoursCloses: 'Stenger klokken',
    hoursOpensHint: 'TT:MM, for eksempel 09:30.',
    hoursClosesHint: 'TT:MM. 24:00 er midnatt ved slutten av dagen.',
    hoursAddPeriod: 'Legg til åpningstid',
    hoursClosedCaption: 'Stengte dager',
    hoursNoClosedDays: 'Ingen stengte dager.',
    hoursAddClosedHeading: 'Ny stengt dag',
    hoursClosedDate: 'Dato',
    hoursClosedNote: 'Merknad (valgfri)',
    hoursAddClosedDay: 'Legg til stengt dag',
    hoursSave: 'Lagre åpningstidene',
    hoursSaved: 'Åpningstidene er lagret.',
    hoursPeriodAdded: (period) => `Åpningstiden ${period} er lagt til. Husk å lagre.`,
    hoursPeriodRemoved: (period) => `Åpningstiden ${period} er fjernet. Husk å lagre.`,
    hoursClosedAdded: (day) => `Den stengte dagen ${day} er lagt til. Husk å lagre.`,
    hoursClosedRemoved: (day) => `Den stengte dagen ${day} er fjernet. Husk å lagre.`,
    hoursInvalidTime: 'Skriv klokkeslettene som TT:MM, fra 00:00 til 24:00.',
    hoursClosesBeforeOpens: 'Chatten må stenge etter at den åpner, samme dag.',
    hoursOverlap: (day) => `Åpningstiden overlapper en annen åpningstid på ${day.toLowerCase()}.`,
    hoursInvalidDate: 'Velg en gyldig dato.',
    hoursDuplicateDay: (day) => `Datoen ${day} er allerede en stengt dag.`,
    hoursServerSaid: 'Serveren svarte:',

    questionsHeading: 'Spørsmål',
    questionStatusNames: {
      received: 'Mottatt',
      accepted: 'Godkjent',
      rejected: 'Avvist',
      answered: 'Besvart',
      published: 'Publisert',
      withdrawn: 'Trukket tilbake',
    },
    languageNames: { nb: 'norsk', sv: 'svensk', en: 'engelsk' },
    findingKindNames: {
      email: 'E-postadresse',
      phone: 'Telefonnummer',
      'national-id-no': 'Fødselsnummer eller D-nummer',
      'personal-id-se': 'Svensk personnummer',
      url: 'Nettadresse',
    },
    questionFilter: 'Vis',
    filterReview: 'Publiserte svar eldre enn ett år',
    questionListHeading: 'Liste',
    noQuestions: 'Ingen spørsmål her.',
    chooseQuestion: 'Velg et spørsmål i listen.',
    questionFindingCount: (count) =>
      count === 1 ? 'én mulig personopplysning' : `${count} mulige personopplysninger`,
    questionHeading: 'Spørsmålet',
    questionStatus: 'Status',
    questionCategory: 'Kategori',
    questionLanguage: 'Språk',
    questionLastChanged: 'Sist endret',
    consent: (consents) => `Samtykker til publisering: ${consents ? 'ja' : 'nei'}`,
    questionRedacted: 'Teksten er redigert av en moderator.',
    publicPage: 'Se den publiserte siden',
    questionTitle: 'Tittel',
    questionBody: 'Tekst',
    findingsHeading: 'Personopplysninger',
    noFindings: 'Ingen personopplysninger funnet.',
    findingsDraftNote:
      'Markeringene viser utkastet i skjemaet. «Fjern» bytter teksten ut med [fjernet]; lagre for å beholde endringen.',
    findingInTitle: 'i tittelen',
    findingInBody: 'i teksten',
    removeFinding: 'Fjern',
    findingRemoved: (kind) =>
      `${kind} er byttet ut med [fjernet] i skjemaet. Lagre for å beholde endringen.`,
    editHeading: 'Rediger',
    editTitle: 'Tittel',
    editBody: 'Tekst',
    editCategory: 'Kategori',
    saveQuestion: 'Lagre endringer',
    discardChanges: 'Forkast endringer',
    questionSaved: 'Endringene er lagret.',
    changesDiscarded: 'Endringene er forkastet.',
    unsavedChanges: 'Du har endringer som ikke er lagret. Lagre eller forkast dem først.',
    fieldRequired: 'Feltet må fylles ut.',
    moderationHeading: 'Behandling',
    accept: 'Godkjenn',
    questionAccepted: 'Spørsmålet er godkjent og kan besvares.',
    rejectReason: 'Begrunnelse for avvisning',
    rejectReasonHint: 'Den som spurte ser begrunnelsen når de slår opp kvitteringen.',
    reject: 'Avvis spørsmålet',
    questionRejected: 'Spørsmålet er avvist.',
    rejectedBecause: 'Begrunnelse for avvisningen',
    publish: 'Publiser',
    unpublish: 'Avpubliser',
    questionPublished: 'Spørsmålet og svaret er publisert.',
    questionUnpublished: 'Svaret er ikke lenger publisert.',
    noConsent:
      'Den som spurte har ikke samtykket til publisering. Svaret er bare synlig for dem, med kvitteringen.',
    confirmPublishTitle: 'Publisere med personopplysninger?',
    confirmPublishText: (count) =>
      (count === 1
        ? 'Teksten har fortsatt én mulig personopplysning.'
        : `Teksten har fortsatt ${count} mulige personopplysninger.`) +
      ' Publiser bare hvis du har sjekket at de ikke kan knyttes til en person.',
    confirmPublish: 'Publiser likevel',
    keepUnpublished: 'Ikke publiser',
    withdrawnNote: 'Den som spurte har trukket spørsmålet tilbake.',
    answerHeading: 'Svar',
    currentAnswer: 'Nåværende svar',
    answeredAt: (when) => `Besvart ${when}.`,
    answerBody: 'Svar (Markdown)',
    answerHint:
      'Markdown: **fet**, *kursiv*, lister med «- » og lenker som [tekst](https://…). Skriv ikke noe som kan identifisere den som spurte.',
    preview: 'Forhåndsvis',
    previewing: 'Lager forhåndsvisning …',
    previewHeading: 'Forhåndsvisning',
    previewReady: 'Forhåndsvisningen står under skjemaet.',
    previewEmpty: 'Skriv et svar for å se en forhåndsvisning.',
    sendAnswer: 'Send svar',
    replaceAnswer: 'Lagre nytt svar',
    sending: 'Sender …',
    answerSaved: 'Svaret er lagret.',
    answerLocked: 'Svaret er publisert. Avpubliser det for å endre svaret.',
    answerNotYet: 'Spørsmålet må godkjennes før det kan besvares.',
    questionChanged:
      'Det gikk ikke: spørsmålet er endret i mellomtiden, eller handlingen passer ikke med statusen. Spørsmålet er hentet på nytt.',
    questionGone: 'Spørsmålet finnes ikke lenger.',
    navChat: 'Chat',
    chatHeading: 'Chat',
    chatConnection: {
      idle: '',
      connecting: 'Kobler til chatten …',
      open: 'Tilkoblet chatten.',
      reconnecting: 'Forbindelsen til chatten er brutt. Kobler til igjen …',
      stopped: 'Frakoblet chatten.',
    },
    chatPresence: 'Din status',
    chatAvailable: 'Tilgjengelig for nye chatter',
    chatAway: 'Borte',
    chatPresenceHint:
      'Chatten er åpen for besøkende bare når minst én rådgiver er tilgjengelig. Du blir borte når du logger ut eller lukker fanen.',
    chatQueueHeading: (total) => `Kø (${total})`,
    chatQueueEmpty: 'Ingen venter akkurat nå.',
    chatQueueMore: (shown, total) => `Viser de ${shown} første av ${total}.`,
    chatWaitingSince: (time) => `venter siden ${time}`,
    chatClaim: 'Ta samtalen',
    chatNoTopic: 'uten tema',
    chatTopicNames: {
      stopping: 'Å slutte å kjøpe sex',
      health: 'Helse og testing',
      relationships: 'Parforhold og familie',
      feelings: 'Tanker og følelser',
      other: 'Noe annet',
    },
    chatConversationsHeading: 'Mine samtaler',
    chatNoConversations: 'Du har ingen samtaler nå. Ta en fra køen.',
    chatTabEnded: 'avsluttet',
    chatTabTransferred: 'overført',
    chatTabNew: 'nye meldinger',
    chatConversationHeading: (language, topic) => `Samtale på ${language} – ${topic}`,
    chatStartedAt: (time) => `Startet ${time}.`,
    chatMessagesLabel: 'Meldinger',
    chatVisitor: 'Besøkende',
    chatYou: 'Du',
    chatCounsellor: 'Rådgiver',
    chatSending: 'sender …',
    chatNotSent: 'ikke sendt',
    chatRetry: 'Send på nytt',
    chatVisitorTyping: 'Den besøkende skriver …',
    chatReply: 'Svar',
    chatReplyHint: 'Enter sender, Shift+Enter gir ny linje.',
    chatSend: 'Send',
    chatEndedBy: {
      visitor: 'Den besøkende har avsluttet samtalen.',
      counsellor: 'Samtalen er avsluttet.',
      erased: 'Den besøkende har slettet samtalen.',
      timeout: 'Samtalen ble avsluttet etter en tid uten aktivitet.',
    },
    chatTransferredTo: (name) => `Samtalen er overført til ${name}.`,
    chatCloseTab: 'Lukk fanen',
    chatCannedPick: 'Ferdig svar',
    chatCannedChoose: 'Velg et ferdig svar',
    chatCannedInsert: 'Sett inn',
    chatCannedHeading: 'Ferdige svar',
    chatCannedNone: 'Ingen ferdige svar ennå.',
    chatCannedNew: 'Nytt ferdig svar',
    chatCannedEdit: (title) => `Rediger «${title}»`,
    chatCannedTitle: 'Tittel',
    chatCannedText: 'Tekst',
    chatCannedLanguage: 'Språk',
    chatCannedCreate: 'Lagre det nye svaret',
    chatCannedSave: 'Lagre endringene',
    chatCannedCancel: 'Avbryt',
    chatCannedEditShort: 'Rediger',
    chatCannedEditButton: (title) => `Rediger «${title}»`,
    chatCannedDeleteShort: 'Slett',
    chatCannedDeleteButton: (title) => `Slett «${title}»`,
    chatCannedCreated: (title) => `«${title}» er lagret.`,
    chatCannedSaved: (title) => `Endringene i «${title}» er lagret.`,
    chatCannedDeleted: (title) => `«${title}» er slettet.`,
    chatCannedGone: 'Det ferdige svaret finnes ikke lenger. Listen er oppdatert.',
    chatConfirmDeleteTitle: 'Slette det ferdige svaret?',
    chatConfirmDeleteText: (title) =>
      `«${title}» blir slettet for alle rådgivere. Dette kan ikke angres.`,
    chatConfirmDelete: 'Slett svaret',
    chatKeepReply: 'Behold svaret',
    chatNotesHeading: 'Interne notater',
    chatNotesHint:
      'Bare rådgivere ser notatene, aldri den besøkende. Skriv ikke noe som kan identifisere den besøkende.',
    chatNoNotes: 'Ingen notater ennå.',
    chatNoteLabel: 'Nytt notat',
    chatAddNote: 'Lagre notatet',
    chatNoteSaved: 'Notatet er lagret.',
    chatNoteBy: (author, time) => `${author}, ${time}`,
    chatTransferLabel: 'Overfør til',
    chatTransferChoose: 'Velg en rådgiver',
    chatTransfer: 'Overfør',
    chatTransferNone: 'Ingen andre rådgivere er tilgjengelige nå.',
    chatCounsellorOption: (name, status, chats) => `${name} (${status}, ${chats} samtaler)`,
    chatCounsellorStatus: { available: 'tilgjengelig', away: 'borte', offline: 'frakoblet' },
    chatRefreshCounsellors: 'Oppdater listen',
    chatEnd: 'Avslutt samtalen',
    chatConfirmEndTitle: 'Avslutte samtalen?',
    chatConfirmEndText:
      'Den besøkende får beskjed om at samtalen er avsluttet, og kan ikke skrive mer i den.',
    chatConfirmEnd: 'Avslutt',
    chatKeepOpen: 'Fortsett samtalen',
    chatNotConnected: 'Ikke tilkoblet chatten akkurat nå. Prøv igjen om litt.',
    chatErrors: {
      'too-long': 'Meldingen er for lang (høyst 4000 tegn).',
      'rate-limited': 'For mange meldinger på kort tid. Vent litt.',
      unavailable: 'Meldingen ble ikke lagret. Send den på nytt.',
      'not-yours': 'Du har ikke denne samtalen lenger.',
      'already-claimed': 'En annen rådgiver tok samtalen først.',
      'chat-limit': 'Du har så mange samtaler som du kan ha samtidig.',
      'not-available': 'Den rådgiveren kan ikke ta imot en overføring nå.',
      ended: 'Samtalen er avsluttet.',
      'no-conversation': 'Samtalen finnes ikke lenger.',
    },
    chatErrorOther: 'Noe gikk galt i chatten. Prøv igjen.',
  },
  en: {
    locale: 'en-GB',
    code: 'en',
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
    sessionExpired: 'Your session has expired. Sign in again.',
    forbidden: 'You do not have access to this.',
    invalidInput: 'Some fields are not filled in correctly.',
    loading: 'Loading …',
    saving: 'Saving …',
    roleNames: {
      counsellor: 'counsellor',
      moderator: 'moderator',
      clinic: 'clinic',
      admin: 'administrator',
    },

    mainNavigation: 'Main menu',
    navHome: 'Home',
    navDesk: 'Clinic desk',
    navAdmin: 'Clinics, slots and opening hours',
    navQuestions: 'Questions',
    chooseView: 'Choose what to do in the menu.',

    statusNames: {
      booked: 'Booked',
      cancelled: 'Cancelled',
      attended: 'Attended',
      'no-show': 'Did not attend',
    },
    resultNames: {
      pending: 'Awaiting result',
      'no-action-needed': 'No follow-up needed',
      'contact-clinic': 'Contact the clinic',
    },
    weekdayNames: {
      MONDAY: 'Monday',
      TUESDAY: 'Tuesday',
      WEDNESDAY: 'Wednesday',
      THURSDAY: 'Thursday',
      FRIDAY: 'Friday',
      SATURDAY: 'Saturday',
      SUNDAY: 'Sunday',
    },
    timesAreNorwegian: 'All times are Norwegian time.',
    colTime: 'Time',
    colDate: 'Date',
    colStatus: 'Status',
    colActions: 'Actions',

    deskHeading: 'Clinic desk',
    deskClinic: 'Clinic',
    deskDate: 'Date',
    deskNoClinics: 'No clinics have been set up yet.',
    deskBookingsHeading: 'Bookings for the day',
    deskBookingsCaption: (clinic, day) => `Bookings at ${clinic}, ${day}`,
    deskNoBookings: 'No bookings on this day.',
    refresh: 'Refresh the list',
    colReference: 'Reference',
    colResult: 'Result',
    markAttended: 'Attended',
    markNoShow: 'Did not attend',
    resultLabel: (reference) => `Result for ${reference}`,
    attendanceSaved: (reference, status) => `${reference}: ${status}.`,
    resultSaved: (reference, result) => `${reference}: result “${result}”.`,
    bookingChangedMeanwhile: 'The booking changed in the meantime. The list has been refreshed.',
    checkInHeading: 'Check in',
    checkInCode: 'Booking code',
    checkInHint:
      'The code the visitor shows you, for example 7KQ2-M9XD-4RTP-WB3H. Upper or lower case, with or without dashes.',
    checkInSubmit: 'Check in',
    checkingIn: 'Checking in …',
    checkedIn: (time, day, reference) =>
      `Checked in: the appointment at ${time} on ${day}, reference ${reference}.`,
    checkInUnknownCode: 'No booking has that code. Check the code and try again.',
    checkInNotPossible: 'This booking cannot be checked in: it is cancelled or not for today.',
    checkInMalformedCode: 'A code contains only letters, digits and dashes.',

    adminHeading: 'Clinics, slots and opening hours',
    clinicsHeading: 'Clinics',
    noClinicsYet: 'No clinics yet. Create the first one with the form.',
    newClinic: 'New clinic',
    newClinicHeading: 'New clinic',
    editClinicHeading: (name) => `Edit ${name}`,
    clinicName: 'Name',
    clinicAddress: 'Address',
    clinicDirections: 'Directions',
    clinicInfo: 'Practical information',
    createClinic: 'Create clinic',
    saveClinic: 'Save changes',
    clinicCreated: (name) => `${name} has been created.`,
    clinicSaved: (name) => `The changes to ${name} have been saved.`,
    slotsHeading: (clinic) => `Slots at ${clinic}`,
    slotsCaption: (from, to) => `Slots from ${from} to ${to}`,
    noSlots: 'No slots in the next four weeks.',
    colCapacity: 'Places',
    colBooked: 'Booked',
    slotOpen: 'Open',
    slotFull: 'Full',
    slotCancelled: 'Cancelled',
    deleteSlot: 'Delete',
    cancelSlot: 'Cancel slot',
    slotDeleted: (slot) => `The slot ${slot} has been deleted.`,
    slotHasBookings: (slot) =>
      `The slot ${slot} has bookings and cannot be deleted. You can cancel it instead.`,
    cancelInstead: 'Cancel the slot instead',
    confirmCancelTitle: 'Cancel this slot?',
    confirmCancelText: (slot, booked) =>
      `The slot ${slot} will be cancelled. ` +
      (booked === 0
        ? 'Nobody has booked it.'
        : booked === 1
          ? 'One booking will be cancelled.'
          : `${booked} bookings will be cancelled.`) +
      ' Visitors see this when they look up their code. This cannot be undone.',
    confirmCancel: 'Cancel the slot',
    keepSlot: 'Keep the slot',
    slotWasCancelled: (slot) => `The slot ${slot} has been cancelled.`,
    singleSlotHeading: 'New single slot',
    slotDate: 'Date',
    slotStart: 'From',
    slotEnd: 'Until',
    slotCapacity: 'Number of places',
    createSlot: 'Create slot',
    slotCreated: (slot) => `The slot ${slot} has been created.`,
    endBeforeStart: 'The end time must be after the start time.',
    weeklyHeading: 'Slots from a weekly template',
    weeklyIntro:
      'Creates back-to-back slots on the chosen weekdays in the period, from the first to the last time.',
    weeklyFrom: 'From date',
    weeklyTo: 'Until date (inclusive)',
    weeklyDays: 'Weekdays',
    weeklyStart: 'First slot at',
    weeklyEnd: 'End at',
    weeklyMinutes: 'Length of each slot (minutes)',
    weeklyCapacity: 'Places per slot',
    createWeekly: 'Create slots',
    weeklyCreated: (created) =>
      created === 0
        ? 'No new slots were created.'
        : created === 1
          ? 'One new slot has been created.'
          : `${created} new slots have been created.`,
    noDaysChosen: 'Choose at least one weekday.',
    toBeforeFrom: 'The until date cannot be before the from date.',

    hoursHeading: 'Chat opening hours',
    hoursIntro: (zone) =>
      `Times are Norwegian time (${zone}). Changes take effect once you have saved them.`,
    hoursWeeklyCaption: 'Weekly opening hours',
    hoursNoPeriods: 'No opening hours: the chat is closed all week.',
    colWeekday: 'Weekday',
    colOpens: 'Opens',
    colCloses: 'Closes',
    colNote: 'Note',
    hoursRemove: 'Remove',
    hoursPeriod: (day, opens, closes) => `${day} ${opens}–${closes}`,
    hoursAddPeriodHeading: 'New opening period',
    hoursDay: 'Weekday',
    hoursOpens: 'Opens at',
    hoursCloses: 'Closes at',
    hoursOpensHint: 'HH:MM, for example 09:30.',
    hoursClosesHint: 'HH:MM. 24:00 is midnight at the end of the day.',
    hoursAddPeriod: 'Add opening period',
    hoursClosedCaption: 'Closed days',
    hoursNoClosedDays: 'No closed days.',
    hoursAddClosedHeading: 'New closed day',
    hoursClosedDate: 'Date',
    hoursClosedNote: 'Note (optional)',
    hoursAddClosedDay: 'Add closed day',
    hoursSave: 'Save opening hours',
    hoursSaved: 'The opening hours have been saved.',
    hoursPeriodAdded: (period) => `The period ${period} has been added. Remember to save.`,
    hoursPeriodRemoved: (period) => `The period ${period} has been removed. Remember to save.`,
    hoursClosedAdded: (day) => `The closed day ${day} has been added. Remember to save.`,
    hoursClosedRemoved: (day) => `The closed day ${day} has been removed. Remember to save.`,
    hoursInvalidTime: 'Write the times as HH:MM, from 00:00 to 24:00.',
    hoursClosesBeforeOpens: 'The chat must close after it opens, on the same day.',
    hoursOverlap: (day) => `The period overlaps another opening period on ${day}.`,
    hoursInvalidDate: 'Choose a valid date.',
    hoursDuplicateDay: (day) => `${day} is already a closed day.`,
    hoursServerSaid: 'The server said:',

    questionsHeading: 'Questions',
    questionStatusNames: {
      received: 'Received',
      accepted: 'Accepted',
      rejected: 'Rejected',
      answered: 'Answered',
      published: 'Published',
      withdrawn: 'Withdrawn',
    },
    languageNames: { nb: 'Norwegian', sv: 'Swedish', en: 'English' },
    findingKindNames: {
      email: 'E-mail address',
      phone: 'Phone number',
      'national-id-no': 'Norwegian national identity number',
      'personal-id-se': 'Swedish personal identity number',
      url: 'Web address',
    },
    questionFilter: 'Show',
    filterReview: 'Published answers older than a year',
    questionListHeading: 'List',
    noQuestions: 'No questions here.',
    chooseQuestion: 'Choose a question in the list.',
    questionFindingCount: (count) =>
      count === 1
        ? 'one possible piece of personal data'
        : `${count} possible pieces of personal data`,
    questionHeading: 'The question',
    questionStatus: 'Status',
    questionCategory: 'Category',
    questionLanguage: 'Language',
    questionLastChanged: 'Last changed',
    consent: (consents) => `Consents to publishing: ${consents ? 'yes' : 'no'}`,
    questionRedacted: 'A moderator has edited the text.',
    publicPage: 'See the published page',
    questionTitle: 'Title',
    questionBody: 'Text',
    findingsHeading: 'Personal data',
    noFindings: 'No personal data found.',
    findingsDraftNote:
      'The highlights show the draft in the form. “Remove” replaces the text with [fjernet]; save to keep the change.',
    findingInTitle: 'in the title',
    findingInBody: 'in the text',
    removeFinding: 'Remove',
    findingRemoved: (kind) =>
      `${kind} has been replaced with [fjernet] in the form. Save to keep the change.`,
    editHeading: 'Edit',
    editTitle: 'Title',
    editBody: 'Text',
    editCategory: 'Category',
    saveQuestion: 'Save changes',
    discardChanges: 'Discard changes',
    questionSaved: 'The changes have been saved.',
    changesDiscarded: 'The changes have been discarded.',
    unsavedChanges: 'You have unsaved changes. Save or discard them first.',
    fieldRequired: 'This field is required.',
    moderationHeading: 'Moderation',
    accept: 'Accept',
    questionAccepted: 'The question has been accepted and can be answered.',
    rejectReason: 'Reason for rejecting',
    rejectReasonHint: 'The asker sees the reason when they look up their receipt.',
    reject: 'Reject the question',
    questionRejected: 'The question has been rejected.',
    rejectedBecause: 'Reason for the rejection',
    publish: 'Publish',
    unpublish: 'Unpublish',
    questionPublished: 'The question and answer have been published.',
    questionUnpublished: 'The answer is no longer published.',
    noConsent:
      'The asker did not consent to publishing. Only they can see the answer, with their receipt.',
    confirmPublishTitle: 'Publish with personal data?',
    confirmPublishText: (count) =>
      (count === 1
        ? 'The text still has one possible piece of personal data.'
        : `The text still has ${count} possible pieces of personal data.`) +
      ' Publish only if you have checked that it cannot identify anyone.',
    confirmPublish: 'Publish anyway',
    keepUnpublished: 'Do not publish',
    withdrawnNote: 'The asker has withdrawn the question.',
    answerHeading: 'Answer',
    currentAnswer: 'Current answer',
    answeredAt: (when) => `Answered ${when}.`,
    answerBody: 'Answer (Markdown)',
    answerHint:
      'Markdown: **bold**, *italic*, lists with “- ” and links like [text](https://…). Write nothing that could identify the asker.',
    preview: 'Preview',
    previewing: 'Preparing the preview …',
    previewHeading: 'Preview',
    previewReady: 'The preview is below the form.',
    previewEmpty: 'Write an answer to see a preview.',
    sendAnswer: 'Send answer',
    replaceAnswer: 'Save new answer',
    sending: 'Sending …',
    answerSaved: 'The answer has been saved.',
    answerLocked: 'The answer is published. Unpublish it to change the answer.',
    answerNotYet: 'The question must be accepted before it can be answered.',
    questionChanged:
      'That did not work: the question changed in the meantime, or the action does not fit its status. The question has been reloaded.',
    questionGone: 'The question no longer exists.',
    navChat: 'Chat',
    chatHeading: 'Chat',
    chatConnection: {
      idle: '',
      connecting: 'Connecting to the chat …',
      open: 'Connected to the chat.',
      reconnecting: 'The connection to the chat was lost. Reconnecting …',
      stopped: 'Disconnected from the chat.',
    },
    chatPresence: 'Your status',
    chatAvailable: 'Available for new chats',
    chatAway: 'Away',
    chatPresenceHint:
      'The chat is open to visitors only while at least one counsellor is available. You become away when you log out or close the tab.',
    chatQueueHeading: (total) => `Queue (${total})`,
    chatQueueEmpty: 'Nobody is waiting right now.',
    chatQueueMore: (shown, total) => `Showing the first ${shown} of ${total}.`,
    chatWaitingSince: (time) => `waiting since ${time}`,
    chatClaim: 'Take the chat',
    chatNoTopic: 'no topic',
    chatTopicNames: {
      stopping: 'Stopping buying sex',
      health: 'Health and testing',
      relationships: 'Relationships and family',
      feelings: 'Thoughts and feelings',
      other: 'Something else',
    },
    chatConversationsHeading: 'My conversations',
    chatNoConversations: 'You have no conversations now. Take one from the queue.',
    chatTabEnded: 'ended',
    chatTabTransferred: 'transferred',
    chatTabNew: 'new messages',
    chatConversationHeading: (language, topic) => `Conversation in ${language} – ${topic}`,
    chatStartedAt: (time) => `Started ${time}.`,
    chatMessagesLabel: 'Messages',
    chatVisitor: 'Visitor',
    chatYou: 'You',
    chatCounsellor: 'Counsellor',
    chatSending: 'sending …',
    chatNotSent: 'not sent',
    chatRetry: 'Send again',
    chatVisitorTyping: 'The visitor is typing …',
    chatReply: 'Reply',
    chatReplyHint: 'Enter sends, Shift+Enter starts a new line.',
    chatSend: 'Send',
    chatEndedBy: {
      visitor: 'The visitor has ended the conversation.',
      counsellor: 'The conversation has ended.',
      erased: 'The visitor has deleted the conversation.',
      timeout: 'The conversation ended after a while without activity.',
    },
    chatTransferredTo: (name) => `The conversation has been transferred to ${name}.`,
    chatCloseTab: 'Close the tab',
    chatCannedPick: 'Canned reply',
    chatCannedChoose: 'Choose a canned reply',
    chatCannedInsert: 'Insert',
    chatCannedHeading: 'Canned replies',
    chatCannedNone: 'No canned replies yet.',
    chatCannedNew: 'New canned reply',
    chatCannedEdit: (title) => `Edit “${title}”`,
    chatCannedTitle: 'Title',
    chatCannedText: 'Text',
    chatCannedLanguage: 'Language',
    chatCannedCreate: 'Save the new reply',
    chatCannedSave: 'Save the changes',
    chatCannedCancel: 'Cancel',
    chatCannedEditShort: 'Edit',
    chatCannedEditButton: (title) => `Edit “${title}”`,
    chatCannedDeleteShort: 'Delete',
    chatCannedDeleteButton: (title) => `Delete “${title}”`,
    chatCannedCreated: (title) => `“${title}” has been saved.`,
    chatCannedSaved: (title) => `The changes to “${title}” have been saved.`,
    chatCannedDeleted: (title) => `“${title}” has been deleted.`,
    chatCannedGone: 'The canned reply no longer exists. The list has been updated.',
    chatConfirmDeleteTitle: 'Delete the canned reply?',
    chatConfirmDeleteText: (title) =>
      `“${title}” will be deleted for all counsellors. This cannot be undone.`,
    chatConfirmDelete: 'Delete the reply',
    chatKeepReply: 'Keep the reply',
    chatNotesHeading: 'Internal notes',
    chatNotesHint:
      'Only counsellors see the notes, never the visitor. Write nothing that could identify the visitor.',
    chatNoNotes: 'No notes yet.',
    chatNoteLabel: 'New note',
    chatAddNote: 'Save the note',
    chatNoteSaved: 'The note has been saved.',
    chatNoteBy: (author, time) => `${author}, ${time}`,
    chatTransferLabel: 'Transfer to',
    chatTransferChoose: 'Choose a counsellor',
    chatTransfer: 'Transfer',
    chatTransferNone: 'No other counsellor is available now.',
    chatCounsellorOption: (name, status, chats) => `${name} (${status}, ${chats} chats)`,
    chatCounsellorStatus: { available: 'available', away: 'away', offline: 'offline' },
    chatRefreshCounsellors: 'Refresh the list',
    chatEnd: 'End the conversation',
    chatConfirmEndTitle: 'End the conversation?',
    chatConfirmEndText:
      'The visitor is told that the conversation has ended and cannot write in it any more.',
    chatConfirmEnd: 'End',
    chatKeepOpen: 'Continue the conversation',
    chatNotConnected: 'Not connected to the chat right now. Try again in a moment.',
    chatErrors: {
      'too-long': 'The message is too long (at most 4000 characters).',
      'rate-limited': 'Too many messages in a short time. Wait a moment.',
      unavailable: 'The message was not saved. Send it again.',
      'not-yours': 'You no longer hold this conversation.',
      'already-claimed': 'Another counsellor took the chat first.',
      'chat-limit': 'You hold as many conversations as you can at once.',
      'not-available': 'That counsellor cannot take a transfer now.',
      ended: 'The conversation has ended.',
      'no-conversation': 'The conversation no longer exists.',
    },
    chatErrorOther: 'Something went wrong in the chat. Try again.',
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

/**
 * What to tell a signed-in staff member whose call failed for a reason the view does not handle
 * itself (views handle the 404s and 409s that mean something in their context first).
 */
export function describeError(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.unexpectedError
  if (error.isNetworkError) return t.networkError
  if (error.status === 401) return t.sessionExpired
  if (error.status === 403) return t.forbidden
  if (error.status === 429) return t.tooManyAttempts(error.retryAfterSeconds)
  if (error.status === 400 || error.status === 422) return t.invalidInput
  return t.unexpectedError
}

export function roleLabel(role: string, t: Messages): string {
  return t.roleNames[role] ?? role
}

/** What to tell a counsellor about a chat `error` frame. */
export function describeChatError(code: string, t: Messages): string {
  return t.chatErrors[code] ?? t.chatErrorOther
}

/** A chat topic's name; the visitor page sends a slug, or nothing. */
export function topicName(topic: string | null, t: Messages): string {
  if (topic === null || topic === '') return t.chatNoTopic
  return t.chatTopicNames[topic] ?? topic
}

export function languageName(language: string, t: Messages): string {
  return t.languageNames[language] ?? language
}
