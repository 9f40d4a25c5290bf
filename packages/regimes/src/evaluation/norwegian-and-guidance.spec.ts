import { evaluate } from '../evaluate';
import { caseFacts, kap6aFacts, oldActFacts } from '../testing/case-facts-builder';

describe('Norwegian training (B-18, B-19, B-21, C-8, introduksjonsloven §§ 17–19), age on the permit date', () => {
  it.each`
    case                                | facts                                              | right    | duty     | maxMonths | rule
    ${'B: turns 18 on the permit date'} | ${caseFacts({ birthDate: '2005-09-01' })}          | ${true}  | ${true}  | ${36}     | ${'B-18'}
    ${'B: 17 on the permit date'}       | ${caseFacts({ birthDate: '2005-09-02' })}          | ${false} | ${false} | ${null}   | ${'B-18'}
    ${'B: 67 (turns 68 the day after)'} | ${caseFacts({ birthDate: '1955-09-02' })}          | ${true}  | ${true}  | ${36}     | ${'B-18'}
    ${'B: turns 68 on the permit date'} | ${caseFacts({ birthDate: '1955-09-01' })}          | ${false} | ${false} | ${null}   | ${'B-18'}
    ${'B: upper secondary → 18 months'} | ${caseFacts({ hasUpperSecondaryEducation: true })} | ${true}  | ${true}  | ${18}     | ${'B-19'}
    ${'C: right, no duty, 1 year'}      | ${kap6aFacts()}                                    | ${true}  | ${false} | ${12}     | ${'C-8'}
    ${'A: 16 on the permit date'}       | ${oldActFacts({ birthDate: '2004-06-01' })}        | ${true}  | ${true}  | ${36}     | ${'A-17'}
    ${'A: 55 → right and duty'}         | ${oldActFacts({ birthDate: '1964-06-02' })}        | ${true}  | ${true}  | ${36}     | ${'A-17'}
    ${'A: turns 56 → right only'}       | ${oldActFacts({ birthDate: '1964-06-01' })}        | ${true}  | ${false} | ${36}     | ${'A-17'}
    ${'A: turns 68 → none'}             | ${oldActFacts({ birthDate: '1952-06-01' })}        | ${false} | ${false} | ${null}   | ${'A-17'}
  `('$case → right $right, duty $duty, $maxMonths months', ({ facts, right, duty, maxMonths, rule }) => {
    const result = evaluate(facts);
    expect(result.norwegianTraining).toEqual({ right, duty, maxMonths });
    expect(result.rules.map((r) => r.id)).toContain(rule);
  });

  it.each`
    permitGrantedDate | hours
    ${'2021-06-01'}   | ${'50 timer'}
    ${'2021-12-31'}   | ${'50 timer'}
    ${'2022-01-01'}   | ${'75 timer'}
  `('B-21: social studies for a permit on $permitGrantedDate is $hours', ({ permitGrantedDate, hours }) => {
    const result = evaluate(
      caseFacts({ permitGrantedDate, arrivalDate: '2022-02-01', settlementDate: '2022-02-01', asOf: '2022-02-01' }),
    );
    expect(result.rules.find((r) => r.id === 'B-21')?.text).toContain(`Samfunnskunnskap: ${hours}`);
  });

  it.each`
    permitGrantedDate | hours
    ${'2011-12-31'}   | ${'250 timer norsk'}
    ${'2012-01-01'}   | ${'550 timer norsk'}
  `('introduksjonsloven: a permit on $permitGrantedDate gives $hours', ({ permitGrantedDate, hours }) => {
    const result = evaluate(
      oldActFacts({ permitGrantedDate, arrivalDate: '2012-02-01', settlementDate: '2012-02-01', asOf: '2012-03-01' }),
    );
    expect(result.rules.find((r) => r.id === 'A-17')?.text).toContain(hours);
  });

  it('C-8 says there is no right to social studies under chapter 6A', () => {
    expect(evaluate(kap6aFacts()).rules.find((r) => r.id === 'C-8')?.text).toContain('Ingen rett til samfunnskunnskap');
  });
});

describe('parental guidance (B-16, C-6; not mandatory under introduksjonsloven)', () => {
  it.each`
    case                                | facts                                                               | required | rule
    ${'B with children under 18'}       | ${caseFacts({ hasChildrenUnder18: true })}                          | ${true}  | ${'B-16'}
    ${'B without children'}             | ${caseFacts({ hasChildrenUnder18: false })}                         | ${false} | ${'B-16'}
    ${'B with children, offered (56+)'} | ${caseFacts({ hasChildrenUnder18: true, birthDate: '1960-01-01' })} | ${true}  | ${'B-16'}
    ${'B with children, lapsed'}        | ${caseFacts({ hasChildrenUnder18: true, asOf: '2025-12-01' })}      | ${false} | ${'B-16'}
    ${'C with children'}                | ${kap6aFacts({ hasChildrenUnder18: true })}                         | ${true}  | ${'C-6'}
    ${'C without children'}             | ${kap6aFacts({ hasChildrenUnder18: false })}                        | ${false} | ${'C-6'}
    ${'A with children'}                | ${oldActFacts({ hasChildrenUnder18: true })}                        | ${false} | ${'A-4'}
  `('$case → required $required', ({ facts, required, rule }) => {
    const result = evaluate(facts);
    expect(result.parentalGuidanceRequired).toBe(required);
    expect(result.rules.map((r) => r.id)).toContain(rule);
  });

  it('B-16 names the number of meetings', () => {
    expect(evaluate(caseFacts({ hasChildrenUnder18: true })).rules.find((r) => r.id === 'B-16')?.text).toContain(
      '8–12 gruppemøter eller 5–8 individuelle møter',
    );
  });
});

describe('benefit as a fraction of 2G on the evaluation date (A-8, B-23/24, B-25, C-9)', () => {
  it.each`
    case                                        | facts                                                                                                                                                                  | fraction
    ${'B: 24, lives with a parent'}             | ${caseFacts({ birthDate: '1999-01-11', asOf: '2024-01-10', livesWithParents: true })}                                                                                  | ${1 / 3}
    ${'B: turns 25 today, lives with a parent'} | ${caseFacts({ birthDate: '1999-01-10', asOf: '2024-01-10', livesWithParents: true })}                                                                                  | ${1}
    ${'B: 24, own household'}                   | ${caseFacts({ birthDate: '1999-01-11', asOf: '2024-01-10' })}                                                                                                          | ${2 / 3}
    ${'B: childless couple both participating'} | ${caseFacts({ childlessCoupleBothParticipating: true, asOf: '2024-08-01', settlementDate: '2024-06-01', arrivalDate: '2024-06-01', permitGrantedDate: '2024-05-01' })} | ${5 / 6}
    ${'A: 24, lives with a parent'}             | ${oldActFacts({ birthDate: '1996-03-02', asOf: '2021-03-01', livesWithParents: true })}                                                                                | ${2 / 3}
    ${'A: turns 25 today'}                      | ${oldActFacts({ birthDate: '1996-03-01', asOf: '2021-03-01' })}                                                                                                        | ${1}
    ${'C: 20, lives with a parent (B rules)'}   | ${kap6aFacts({ birthDate: '2003-01-01', livesWithParents: true })}                                                                                                     | ${1 / 3}
  `('$case → $fraction', ({ facts, fraction }) => {
    expect(evaluate(facts).benefit.fractionOf2G).toBeCloseTo(fraction, 10);
  });
});

describe('every conclusion carries a readable rule', () => {
  it.each([
    caseFacts(),
    oldActFacts(),
    kap6aFacts(),
    caseFacts({ permitBasis: 'FAMILY_REUNIFICATION', settledByAgreement: false }),
  ])('has an id, Norwegian text and a source for each rule', (facts) => {
    const result = evaluate(facts);
    expect(result.rules.length).toBeGreaterThan(4);
    for (const rule of result.rules) {
      expect(rule.id).toMatch(/^(SEL|A|B|C)-/);
      expect(rule.text).toMatch(/[.)]$/);
      expect(rule.source).toMatch(/loven|forskriften/);
    }
  });
});
