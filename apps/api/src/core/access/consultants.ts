import type { Prisma } from '../../generated/prisma/client';

/**
 * Who may own a caseload: an active user of the municipality with the consultant role. The one rule behind the
 * person's caseworker, the programme's consultant (programrådgiver) and the pickers that offer them; repositories
 * use it in their own queries.
 */
export function activeConsultantWhere(municipalityId: string): Prisma.UserWhereInput {
  return { municipalityId, active: true, roles: { has: 'CONSULTANT' } };
}

/** What a picker shows of a consultant, and what a check returns: the id and the name, nothing else. */
export const CONSULTANT_SELECT = { id: true, name: true } as const satisfies Prisma.UserSelect;

/** The arguments of a picker's list: the municipality's active consultants by name (tens, not thousands). */
export function consultantOptionsArgs(municipalityId: string) {
  return {
    where: activeConsultantWhere(municipalityId),
    select: CONSULTANT_SELECT,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 500,
  } as const satisfies Prisma.UserFindManyArgs;
}
