import type { CaseFacts } from '../case-facts';

/**
 * A typical case under integreringsloven: a resettlement refugee aged 33 on the permit date, settled by
 * agreement on arrival, evaluated six weeks later. Tests override only what they are about.
 */
export function caseFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    asOf: '2024-01-10',
    birthDate: '1990-05-01',
    permitBasis: 'RESETTLEMENT',
    permitGrantedDate: '2023-09-01',
    arrivalDate: '2023-11-30',
    settlementDate: '2023-11-30',
    settledByAgreement: true,
    claimDate: null,
    hasUpperSecondaryEducation: false,
    endGoal: null,
    livesWithParents: false,
    childlessCoupleBothParticipating: null,
    hasChildrenUnder18: false,
    referencePersonSettledDate: null,
    familyApplicationDate: null,
    programmeDecisionDate: null,
    ...overrides,
  };
}

/** A case under introduksjonsloven: permit and arrival in 2020. */
export function oldActFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return caseFacts({
    asOf: '2021-03-01',
    permitGrantedDate: '2020-06-01',
    arrivalDate: '2020-10-01',
    settlementDate: '2020-10-01',
    ...overrides,
  });
}

/** A case under chapter 6A: a Ukrainian with collective protection from 2023. */
export function kap6aFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return caseFacts({
    permitBasis: 'COLLECTIVE_PROTECTION',
    permitGrantedDate: '2023-03-01',
    arrivalDate: '2023-02-20',
    settlementDate: '2023-04-15',
    asOf: '2023-05-01',
    ...overrides,
  });
}
