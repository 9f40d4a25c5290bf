import type { Role } from '@ankomst/contracts';

/** Who is acting: every service use-case takes this first. */
export interface Actor {
  userId: string;
  municipalityId: string;
  roles: Role[];
  name: string;
  requestId?: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}
