/** Route paths: Norwegian URLs, English identifiers. */
export const paths = {
  home: '/',
  signIn: '/logg-inn',
  account: '/min-konto',
  users: '/brukere',
  newUser: '/brukere/ny',
  households: '/husstander',
  newHousehold: '/husstander/ny',
  household: '/husstander/:householdId',
  participant: '/deltakere/:personId',
  handovers: '/overforinger',
  handover: '/overforinger/:handoverId',
  newHandover: '/overforinger/ny/:personId',
  classes: '/klasser',
  class: '/klasser/:classId',
  tasks: '/oppgaver',
  inbox: '/innboks',
  meeting: '/moter/:meetingId',
  participantMeetings: '/deltakere/:personId/moter',
  outcomes: '/resultater',
  caseload: '/mine-deltakere',
  deadlines: '/frister',
  attendance: '/oppmote',
  participantAttendance: '/oppmote/deltakere/:personId/:month',
  benefits: '/stonad',
  benefit: '/stonad/:programmeId/:month',
  paymentRuns: '/utbetalinger',
  paymentRun: '/utbetalinger/:runId',
  nir: '/nir',
} as const;
export const householdPath = (householdId: string) => `/husstander/${encodeURIComponent(householdId)}`;
export const participantPath = (personId: string) => `/deltakere/${encodeURIComponent(personId)}`;
export const meetingPath = (meetingId: string) => `/moter/${encodeURIComponent(meetingId)}`;
export const participantMeetingsPath = (personId: string) => `/deltakere/${encodeURIComponent(personId)}/moter`;
