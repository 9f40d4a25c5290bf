import type { CurrentUser, Role, User } from '@ankomst/contracts';

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  locale: string;
  version: number;
  createdAt: Date;
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toCurrentUser(
  row: UserRow & { municipality: { id: string; name: string; municipalityNumber: string } },
): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    locale: row.locale === 'en' ? 'en' : 'nb',
    municipality: {
      id: row.municipality.id,
      name: row.municipality.name,
      municipalityNumber: row.municipality.municipalityNumber,
    },
  };
}
