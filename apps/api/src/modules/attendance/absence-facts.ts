import type { AbsenceFacts, Regime } from '@ankomst/regimes';
import type { PrismaService, Tx } from '../../core/database/prisma.service';
import { careFactRowsByPerson } from '../care-facts/care-facts.repository';
import { childrenInCareByPerson } from '../households/households.repository';

/**
 * The participant facts the absence rules need, gathered in one place for the absence checks (warnings), the
 * participant's month and the benefit calculation, so the child-illness quota is decided the same way everywhere.
 *
 * The care facts (ADR 0004, addendum): what a consultant recorded in `care_fact` wins. Without a recorded number,
 * the children under 12 are taken from the household register (CHILD members under 12 in a household where the
 * participant is head or spouse). Sole care and a chronically ill or disabled child cannot be derived: without a
 * record they are assumed false (the smallest quota), and the warning says the facts are assumed.
 */
export const CHILD_ILLNESS_AGE_LIMIT = 12;

export type CareFactsForAbsence = Pick<
  AbsenceFacts,
  'numberOfChildren' | 'soleCarer' | 'chronicallyIllChild' | 'careFactsRecorded'
>;

/** Nothing recorded and no household children: the defaults the rules assume. */
export const ASSUMED_CARE_FACTS: CareFactsForAbsence = {
  numberOfChildren: 0,
  soleCarer: false,
  chronicallyIllChild: false,
  careFactsRecorded: false,
};

/** Care facts per person on `onDate`: two set-based queries whatever the head count. */
export async function careFactsForAbsence(
  db: PrismaService | Tx,
  municipalityId: string,
  personIds: readonly string[],
  onDate: string,
): Promise<Map<string, CareFactsForAbsence>> {
  const ids = [...new Set(personIds)];
  // In a caller's transaction the queries share one connection, so they run one after the other.
  const recorded = await careFactRowsByPerson(db, municipalityId, ids);
  const household = await childrenInCareByPerson(db, municipalityId, ids, onDate, CHILD_ILLNESS_AGE_LIMIT);
  const byPerson = new Map(recorded.map((r) => [r.personId, r]));
  return new Map(ids.map((personId) => [personId, careFacts(byPerson.get(personId), household.get(personId) ?? 0)]));
}

/** The rule: a recorded row wins; an unrecorded count comes from the household; the rest is assumed false. */
export function careFacts(
  recorded: { childrenUnder12: number | null; soleCarer: boolean; chronicallyIllChild: boolean } | null | undefined,
  childrenInHousehold: number,
): CareFactsForAbsence {
  return recorded
    ? {
        numberOfChildren: recorded.childrenUnder12 ?? childrenInHousehold,
        soleCarer: recorded.soleCarer,
        chronicallyIllChild: recorded.chronicallyIllChild,
        careFactsRecorded: true,
      }
    : { ...ASSUMED_CARE_FACTS, numberOfChildren: childrenInHousehold };
}

/** The facts for `checkAbsence` and the ledger replay: the programme's regime and start, and the care facts. */
export function absenceFacts(
  programme: { regime: Regime; programmeStart: string },
  care: CareFactsForAbsence | undefined,
): AbsenceFacts {
  return { ...programme, ...(care ?? ASSUMED_CARE_FACTS) };
}
