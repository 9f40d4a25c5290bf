/** Route paths: Norwegian URLs, English identifiers. */
export const paths = {
  home: '/',
  signIn: '/logg-inn',
  account: '/min-konto',
  users: '/brukere',
  newUser: '/brukere/ny',
  handovers: '/overforinger',
  handover: '/overforinger/:handoverId',
  newHandover: '/overforinger/ny/:personId',
  classes: '/klasser',
  class: '/klasser/:classId',
} as const;
