import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from './actor';

/**
 * Need-to-know: which persons an actor may see, as a Prisma where clause that every repository reading person
 * data adds to its query (together with the municipality). A person outside the scope answers 404.
 *
 * - CONSULTANT (refugee service): every person in the municipality (their own caseload is sorted first by callers).
 * - NAV_ADVISER: persons whose responsibility group they belong to, or whose handover was sent to their Nav office.
 * - TEACHER (adult education): persons enrolled in a class they teach, or whose responsibility group they belong to.
 * - MANAGER: every person in the municipality, for drill-down; services audit each opened person.
 * - ADMIN: no person data.
 * A user with several roles sees the union.
 */
export function personScope(actor: Pick<Actor, 'userId' | 'municipalityId' | 'roles'>): Prisma.PersonWhereInput {
  if (seesWholeMunicipality(actor)) return { municipalityId: actor.municipalityId };
  const grants: Prisma.PersonWhereInput[] = [];
  for (const role of actor.roles) {
    switch (role) {
      case 'NAV_ADVISER':
        grants.push(
          { group: { members: { some: { userId: actor.userId } } } },
          {
            handovers: { some: { status: { not: 'DRAFT' }, navOffice: { advisers: { some: { id: actor.userId } } } } },
          },
        );
        break;
      case 'TEACHER':
        grants.push(
          { enrolments: { some: { class: { teachers: { some: { userId: actor.userId } } } } } },
          { group: { members: { some: { userId: actor.userId } } } },
        );
        break;
      default: // ADMIN: no person data; CONSULTANT and MANAGER returned above
        break;
    }
  }
  return { municipalityId: actor.municipalityId, OR: grants.length > 0 ? grants : [{ id: { in: [] } }] };
}

/**
 * Whether the actor's scope is every person of the municipality (consultants, managers): queries can then leave
 * out the person join that a narrower scope needs.
 */
export function seesWholeMunicipality(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('CONSULTANT') || actor.roles.includes('MANAGER');
}

/** Whether the actor sees everything about the persons in scope, or only what their service needs. */
export function seesFullCase(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('CONSULTANT');
}

/**
 * Kode 6/7: a protected person's address and contact details are shown only to their own caseworker.
 * Lists, exports, letters and everyone else get nothing.
 */
export function mayReadProtectedAddress(
  actor: Pick<Actor, 'userId'>,
  person: { addressProtection: string; caseworkerId: string | null },
): boolean {
  return person.addressProtection === 'NONE' || person.caseworkerId === actor.userId;
}

/**
 * Family matters (the care situation behind the child-illness quota) are special-category data: only integration
 * consultants have the need to know. Everyone else is answered as if the record did not exist (ADR 0004).
 */
export function mayReadFamilyMatters(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.includes('CONSULTANT');
}
