import { buildCaseFacts, type PersonFactsForProgramme, type ProgrammeFactsInput } from './programme-facts';

const person = (overrides: Partial<PersonFactsForProgramme> = {}): PersonFactsForProgramme => ({
  birthDate: '1990-05-01',
  permitBasis: 'RESETTLEMENT',
  permitGrantedDate: '2023-09-01',
  arrivalDate: '2023-11-30',
  settlementDate: '2023-11-30',
  settledByAgreement: true,
  nusLevel: null,
  referencePersonSettledDate: null,
  familyApplicationDate: null,
  childrenBirthDates: [],
  ...overrides,
});
const inputs: ProgrammeFactsInput = {
  claimDate: null,
  endGoal: null,
  livesWithParents: false,
  childlessCoupleBothParticipating: false,
  decisionDate: null,
  regimeOverride: null,
};

describe('the engine facts from the person, household and programme', () => {
  it.each`
    nusLevel | upperSecondary
    ${null}  | ${false}
    ${3}     | ${false}
    ${4}     | ${true}
    ${7}     | ${true}
  `('NUS level $nusLevel → completed upper secondary $upperSecondary', ({ nusLevel, upperSecondary }) => {
    const result = buildCaseFacts(person({ nusLevel }), inputs, '2024-01-10');
    expect(result.ok && result.facts.hasUpperSecondaryEducation).toBe(upperSecondary);
  });

  it.each`
    child           | asOf            | under18
    ${'2006-01-10'} | ${'2024-01-09'} | ${true}
    ${'2006-01-10'} | ${'2024-01-10'} | ${false}
    ${'2024-03-01'} | ${'2024-01-10'} | ${false}
  `('a child born $child on $asOf → children under 18: $under18', ({ child, asOf, under18 }) => {
    const result = buildCaseFacts(person({ childrenBirthDates: [child] }), inputs, asOf);
    expect(result.ok && result.facts.hasChildrenUnder18).toBe(under18);
  });

  it('names every missing fact the engine needs', () => {
    const result = buildCaseFacts(person({ permitBasis: null, settlementDate: null }), inputs, '2024-01-10');
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ path: 'person.permitBasis', code: 'required' }),
        expect.objectContaining({ path: 'person.settlementDate', code: 'required' }),
      ],
    });
  });

  it('passes the programme inputs and the evaluation date through', () => {
    const result = buildCaseFacts(
      person(),
      {
        ...inputs,
        claimDate: '2024-01-05',
        endGoal: 'WORK',
        decisionDate: '2024-01-08',
        livesWithParents: true,
        regimeOverride: 'INTRODUKSJONSLOVEN',
      },
      '2024-01-10',
    );
    expect(result.ok && result.facts).toMatchObject({
      asOf: '2024-01-10',
      claimDate: '2024-01-05',
      endGoal: 'WORK',
      programmeDecisionDate: '2024-01-08',
      livesWithParents: true,
      regimeOverride: 'INTRODUKSJONSLOVEN',
    });
  });
});
