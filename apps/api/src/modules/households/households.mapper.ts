import {
  SETTLEMENT_TRANSITIONS,
  type Household,
  type HouseholdListItem,
  type HouseholdMember,
  type HouseholdRelation,
} from '@ankomst/contracts';
import { ageOn } from '@ankomst/regimes';
import { isoDate } from '../../core/database/date-column';
import type { HouseholdDetailRow } from './households.repository';

/** Adults (18 or older on the date) are programme candidates and get a caseworker. */
export const ADULT_AGE = 18;

const RELATION_ORDER: Record<HouseholdRelation, number> = { HEAD: 0, SPOUSE: 1, OTHER: 2, CHILD: 3 };

export function toHousehold(row: HouseholdDetailRow, asOf: string, userNames: Map<string, string>): Household {
  const members: HouseholdMember[] = row.members
    .map((m) => {
      const birthDate = isoDate(m.person.birthDate);
      const age = ageOn(birthDate, asOf);
      return {
        personId: m.person.id,
        firstName: m.person.firstName,
        lastName: m.person.lastName,
        birthDate,
        age,
        adult: age >= ADULT_AGE,
        relation: m.relation,
        sex: m.person.sex,
        settlementDate: isoDate(m.person.settlementDate),
      };
    })
    .sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.birthDate.localeCompare(b.birthDate));
  return {
    id: row.id,
    name: row.name,
    settlementStatus: row.settlementStatus,
    imdiReference: row.imdiReference,
    imdiRequestDate: isoDate(row.imdiRequestDate),
    decisionDate: isoDate(row.decisionDate),
    expectedArrivalDate: isoDate(row.expectedArrivalDate),
    arrivalDate: isoDate(row.arrivalDate),
    settlementDate: isoDate(row.settlementDate),
    housingType: row.housingType,
    schoolPlaces: row.schoolPlaces,
    kindergartenPlaces: row.kindergartenPlaces,
    notes: row.notes,
    asOf,
    members,
    hiddenMemberCount: row._count.members - members.length,
    history: row.statusChanges.map((c) => ({
      id: c.id,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      effectiveDate: isoDate(c.effectiveDate),
      note: c.note,
      actorName: c.actorId ? (userNames.get(c.actorId) ?? null) : null,
      occurredAt: c.occurredAt.toISOString(),
    })),
    nextStatuses: [...SETTLEMENT_TRANSITIONS[row.settlementStatus]],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toHouseholdListItem(row: {
  id: string;
  name: string;
  settlementStatus: HouseholdListItem['settlementStatus'];
  expectedArrivalDate: Date | null;
  settlementDate: Date | null;
  createdAt: Date;
  _count: { members: number };
}): HouseholdListItem {
  return {
    id: row.id,
    name: row.name,
    settlementStatus: row.settlementStatus,
    memberCount: row._count.members,
    expectedArrivalDate: isoDate(row.expectedArrivalDate),
    settlementDate: isoDate(row.settlementDate),
    createdAt: row.createdAt.toISOString(),
  };
}
