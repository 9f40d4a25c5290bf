/** Route paths: Norwegian URLs, English identifiers. */
export const paths = {
  home: '/',
  signIn: '/logg-inn',
  account: '/min-konto',
  users: '/brukere',
  newUser: '/brukere/ny',
} as const;
