import { evaluate } from '../evaluate';
import { caseFacts, kap6aFacts, oldActFacts } from '../testing/case-facts-builder';

const ids = (rules: ReadonlyArray<{ id: string }>): string[] => rules.map((r) => r.id);

describe('programme right, duty and offer under integreringsloven (B-1, B-2, B-4, B-6/7), ages on the permit date 2023-09-01', () => {
  it.each`
    case                                            | birthDate       | permitBasis                           | settledByAgreement | right    | duty     | mayOffer | rule
    ${'turns 18 on the permit date'}                | ${'2005-09-01'} | ${'RESETTLEMENT'}                     | ${true}            | ${true}  | ${true}  | ${false} | ${'B-1'}
    ${'turns 18 the day after: 17, cannot grow in'} | ${'2005-09-02'} | ${'RESETTLEMENT'}                     | ${true}            | ${false} | ${false} | ${false} | ${'B-6/7'}
    ${'55 (turns 56 the day after)'}                | ${'1967-09-02'} | ${'ASYLUM'}                           | ${true}            | ${true}  | ${true}  | ${false} | ${'B-1'}
    ${'turns 56 on the permit date'}                | ${'1967-09-01'} | ${'ASYLUM'}                           | ${true}            | ${false} | ${false} | ${true}  | ${'B-4'}
    ${'settled without agreement'}                  | ${'1990-05-01'} | ${'ASYLUM'}                           | ${false}           | ${false} | ${false} | ${true}  | ${'B-4'}
    ${'§ 53 needs no agreement'}                    | ${'1990-05-01'} | ${'INDEPENDENT_BASIS'}                | ${false}           | ${true}  | ${true}  | ${false} | ${'B-4'}
    ${'§ 38 renewable permit'}                      | ${'1990-05-01'} | ${'RENEWABLE_AFTER_PROTECTION_CLAIM'} | ${true}            | ${true}  | ${true}  | ${false} | ${'B-1'}
    ${'§ 38 (5) limited permit'}                    | ${'1990-05-01'} | ${'LIMITED_CHILD_FAMILY'}             | ${true}            | ${true}  | ${true}  | ${false} | ${'B-2'}
    ${'§ 34 before 6A'}                             | ${'1990-05-01'} | ${'COLLECTIVE_PROTECTION'}            | ${true}            | ${true}  | ${true}  | ${false} | ${'B-1'}
  `(
    '$case → right $right, duty $duty, may offer $mayOffer ($rule)',
    ({ birthDate, permitBasis, settledByAgreement, right, duty, mayOffer, rule }) => {
      const permitGrantedDate = permitBasis === 'COLLECTIVE_PROTECTION' ? '2022-03-01' : '2023-09-01';
      const birth = permitBasis === 'COLLECTIVE_PROTECTION' ? '1990-05-01' : birthDate;
      const result = evaluate(caseFacts({ birthDate: birth, permitBasis, permitGrantedDate, settledByAgreement }));
      expect(result.regime).toBe('INTEGRERINGSLOVEN');
      expect(result.programme).toMatchObject({ right, duty, municipalityMayOffer: mayOffer, lapsed: false });
      expect(ids(result.rules)).toContain(rule);
    },
  );

  it('flags "18–55 includes 55" as an uncertain reading when the person is 55', () => {
    const result = evaluate(caseFacts({ birthDate: '1967-09-02' }));
    expect(result.rules.find((r) => r.id === 'B-1' && r.text.includes('55 år'))?.text).toContain('Usikker tolkning');
  });

  it('a 17-year-old on the permit date gets no programme and no deadline even after turning 18', () => {
    const result = evaluate(caseFacts({ birthDate: '2005-09-02', asOf: '2024-01-10' }));
    expect(result.programme).toEqual({
      right: false,
      duty: false,
      municipalityMayOffer: false,
      lapsed: false,
      latestStart: null,
      maxMonths: null,
      maxMonthsWithExtension: null,
    });
    expect(result.rules.find((r) => r.id === 'B-6/7')?.text).toContain('vokse inn');
  });
});

describe('family reunification: the sponsor had lived < 5 years in a municipality before the application (B-2)', () => {
  it.each`
    referencePersonSettledDate | familyApplicationDate | right    | mayOffer | rule
    ${'2018-06-01'}            | ${'2023-05-31'}       | ${true}  | ${false} | ${'B-2'}
    ${'2018-06-01'}            | ${'2023-06-01'}       | ${false} | ${true}  | ${'B-4'}
    ${null}                    | ${'2023-06-01'}       | ${false} | ${true}  | ${'B-2'}
  `(
    'sponsor settled $referencePersonSettledDate, applied $familyApplicationDate → right $right',
    ({ referencePersonSettledDate, familyApplicationDate, right, mayOffer, rule }) => {
      const result = evaluate(
        caseFacts({
          permitBasis: 'FAMILY_REUNIFICATION',
          settledByAgreement: false,
          referencePersonSettledDate,
          familyApplicationDate,
        }),
      );
      expect(result.programme.right).toBe(right);
      expect(result.programme.duty).toBe(right);
      expect(result.programme.municipalityMayOffer).toBe(mayOffer);
      const ref = result.rules.find((r) => r.id === rule && r.text.startsWith('Familiegjenforent'));
      expect(ref?.source).toMatch(/integreringsloven § 9|§§ 8–9/);
    },
  );
});

describe('lapse: no decision within 24 months of settlement (B-13, introduksjonsloven § 2, C-2)', () => {
  it.each`
    case                                        | settlementDate  | asOf            | programmeDecisionDate | lapsed
    ${'one day before 24 months, no decision'}  | ${'2022-03-15'} | ${'2024-03-14'} | ${null}               | ${false}
    ${'exactly 24 months, no decision'}         | ${'2022-03-15'} | ${'2024-03-15'} | ${null}               | ${true}
    ${'decided the day before the limit'}       | ${'2022-03-15'} | ${'2025-01-01'} | ${'2024-03-14'}       | ${false}
    ${'decided on the limit'}                   | ${'2022-03-15'} | ${'2025-01-01'} | ${'2024-03-15'}       | ${true}
    ${'settled 31 Aug, limit clamps to 31 Aug'} | ${'2022-08-31'} | ${'2024-08-31'} | ${null}               | ${true}
  `('$case → lapsed $lapsed', ({ settlementDate, asOf, programmeDecisionDate, lapsed }) => {
    const result = evaluate(
      caseFacts({
        permitGrantedDate: '2022-01-10',
        arrivalDate: settlementDate,
        settlementDate,
        asOf,
        programmeDecisionDate,
      }),
    );
    expect(result.programme.lapsed).toBe(lapsed);
    expect(result.programme.right).toBe(!lapsed);
    if (lapsed) {
      expect(result.programme).toMatchObject({ municipalityMayOffer: false, latestStart: null, maxMonths: null });
      expect(result.rules.find((r) => r.id === 'B-13')?.text).toContain('falt bort');
    }
  });

  it.each`
    regime                       | facts
    ${'INTRODUKSJONSLOVEN'}      | ${oldActFacts({ settlementDate: '2020-10-01', asOf: '2022-10-01' })}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${kap6aFacts({ settlementDate: '2023-04-15', asOf: '2025-04-15' })}
  `('$regime lapses at 24 months too', ({ regime, facts }) => {
    const result = evaluate(facts);
    expect(result.regime).toBe(regime);
    expect(result.programme.lapsed).toBe(true);
    expect(result.programme.right).toBe(false);
  });
});

describe('latest start: settlement (or a later claim) + 3 months, clamped to the month end (B-11, A-6, C-2)', () => {
  it.each`
    settlementDate  | claimDate       | latestStart
    ${'2023-11-30'} | ${null}         | ${'2024-02-29'}
    ${'2024-08-31'} | ${null}         | ${'2024-11-30'}
    ${'2022-11-30'} | ${null}         | ${'2023-02-28'}
    ${'2023-01-31'} | ${null}         | ${'2023-04-30'}
    ${'2023-03-31'} | ${null}         | ${'2023-06-30'}
    ${'2023-05-15'} | ${null}         | ${'2023-08-15'}
    ${'2023-01-10'} | ${'2023-05-31'} | ${'2023-08-31'}
    ${'2023-05-10'} | ${'2023-04-01'} | ${'2023-08-10'}
  `(
    'settled $settlementDate, claim $claimDate → start by $latestStart',
    ({ settlementDate, claimDate, latestStart }) => {
      const result = evaluate(
        caseFacts({
          permitGrantedDate: '2022-12-01',
          arrivalDate: '2022-12-01',
          settlementDate,
          claimDate,
          asOf: settlementDate,
        }),
      );
      expect(result.programme.latestStart).toBe(latestStart);
      expect(result.rules.find((r) => r.id === 'B-11')?.source).toBe('integreringsloven § 12');
    },
  );

  it('is the same three months under introduksjonsloven and chapter 6A', () => {
    expect(evaluate(oldActFacts({ settlementDate: '2020-11-30', asOf: '2020-12-01' })).programme.latestStart).toBe(
      '2021-02-28',
    );
    const kap6a = evaluate(kap6aFacts({ settlementDate: '2023-05-31', asOf: '2023-06-01' }));
    expect(kap6a.programme.latestStart).toBe('2023-08-31');
    expect(kap6a.rules.some((r) => r.id === 'C-2' && r.text.includes('31. august 2023'))).toBe(true);
  });

  it('gives no start deadline when the municipality only may offer the programme', () => {
    expect(evaluate(caseFacts({ settledByAgreement: false })).programme.latestStart).toBeNull();
  });
});

describe('maximum programme length by regime and end goal', () => {
  it.each`
    case                                             | facts                                                                                              | maxMonths | withExtension | rule
    ${'B: upper secondary or higher'}                | ${caseFacts({ hasUpperSecondaryEducation: true })}                                                 | ${6}      | ${12}         | ${'B-DUR-1'}
    ${'B: 24 at the decision, no upper secondary'}   | ${caseFacts({ birthDate: '1999-01-11', asOf: '2024-01-10' })}                                      | ${36}     | ${48}         | ${'B-DUR-2'}
    ${'B: turns 25 on the decision day, goal work'}  | ${caseFacts({ birthDate: '1999-01-10', asOf: '2024-01-10', endGoal: 'WORK' })}                     | ${24}     | ${36}         | ${'B-DUR-4'}
    ${'B: 25+, goal complete upper secondary'}       | ${caseFacts({ endGoal: 'COMPLETE_UPPER_SECONDARY' })}                                              | ${36}     | ${48}         | ${'B-DUR-3'}
    ${'B: 25+, goal primary school'}                 | ${caseFacts({ endGoal: 'PRIMARY_OR_PART_UPPER_SECONDARY' })}                                       | ${24}     | ${36}         | ${'B-DUR-4'}
    ${'B: decision date, not asOf, decides the age'} | ${caseFacts({ birthDate: '1999-01-11', asOf: '2024-03-01', programmeDecisionDate: '2024-01-10' })} | ${36}     | ${48}         | ${'B-DUR-2'}
    ${'B: over 55, offered'}                         | ${caseFacts({ birthDate: '1960-01-01' })}                                                          | ${24}     | ${36}         | ${'B-DUR-4'}
    ${'A: 2 years, 3 with special reasons'}          | ${oldActFacts()}                                                                                   | ${24}     | ${36}         | ${'A-5'}
    ${'C: 12-month cap, no extension'}               | ${kap6aFacts()}                                                                                    | ${12}     | ${12}         | ${'C-7'}
  `('$case → $maxMonths months, $withExtension with extension', ({ facts, maxMonths, withExtension, rule }) => {
    const result = evaluate(facts);
    expect(result.programme.maxMonths).toBe(maxMonths);
    expect(result.programme.maxMonthsWithExtension).toBe(withExtension);
    expect(ids(result.rules)).toContain(rule);
  });

  it('chapter 6A duration is marked as an uncertain reading', () => {
    expect(evaluate(kap6aFacts()).rules.find((r) => r.id === 'C-7')?.text).toContain('Usikker tolkning');
  });
});

describe('introduksjonsloven: age at the decision (A-2, A-3)', () => {
  it.each`
    case                                 | birthDate       | right    | mayOffer | rule
    ${'turns 18 on the evaluation date'} | ${'2003-03-01'} | ${true}  | ${false} | ${'A-2'}
    ${'17 the day before, may grow in'}  | ${'2003-03-02'} | ${false} | ${false} | ${'A-2'}
    ${'55 the day before turning 56'}    | ${'1965-03-02'} | ${true}  | ${false} | ${'A-2'}
    ${'turns 56 on the evaluation date'} | ${'1965-03-01'} | ${false} | ${true}  | ${'A-3'}
  `('$case → right $right, may offer $mayOffer', ({ birthDate, right, mayOffer, rule }) => {
    const result = evaluate(oldActFacts({ birthDate, asOf: '2021-03-01' }));
    expect(result.regime).toBe('INTRODUKSJONSLOVEN');
    expect(result.programme).toMatchObject({ right, duty: right, municipalityMayOffer: mayOffer });
    expect(ids(result.rules)).toContain(rule);
  });

  it('a 17-year-old is told they can get the right on turning 18', () => {
    const result = evaluate(oldActFacts({ birthDate: '2003-03-02', asOf: '2021-03-01' }));
    expect(result.rules.find((r) => r.id === 'A-2')?.text).toContain('når hen fyller 18');
  });

  it('settled without agreement → may offer (§ 3)', () => {
    const result = evaluate(oldActFacts({ settledByAgreement: false }));
    expect(result.programme).toMatchObject({ right: false, municipalityMayOffer: true });
    expect(result.rules.find((r) => r.id === 'A-3')?.source).toBe('introduksjonsloven § 3');
  });
});

describe('chapter 6A: right, no duty (C-2)', () => {
  it.each`
    case                             | birthDate       | settledByAgreement | right    | duty     | mayOffer
    ${'aged 18–55, by agreement'}    | ${'1990-05-01'} | ${true}            | ${true}  | ${false} | ${false}
    ${'settled without agreement'}   | ${'1990-05-01'} | ${false}           | ${false} | ${false} | ${true}
    ${'turns 56 on the permit date'} | ${'1967-03-01'} | ${true}            | ${false} | ${false} | ${true}
    ${'67 (turns 68 the day after)'} | ${'1955-03-02'} | ${true}            | ${false} | ${false} | ${true}
    ${'turns 68 on the permit date'} | ${'1955-03-01'} | ${true}            | ${false} | ${false} | ${false}
  `(
    '$case → right $right, duty $duty, may offer $mayOffer',
    ({ birthDate, settledByAgreement, right, duty, mayOffer }) => {
      const result = evaluate(kap6aFacts({ birthDate, settledByAgreement }));
      expect(result.regime).toBe('INTEGRERINGSLOVEN_KAP6A');
      expect(result.programme).toMatchObject({ right, duty, municipalityMayOffer: mayOffer });
      expect(ids(result.rules)).toContain('C-2');
    },
  );

  it('says "rett, men ikke plikt" and lists the 6A content rules', () => {
    const result = evaluate(kap6aFacts());
    expect(
      result.rules.some(
        (r) => r.text === 'Rett, men ikke plikt, til introduksjonsprogram etter integreringsloven kapittel 6A.',
      ),
    ).toBe(true);
    expect(ids(result.rules)).toEqual(expect.arrayContaining(['C-3', 'C-4/5', 'C-6']));
  });
});

describe('content rules for someone in the programme under integreringsloven', () => {
  it('lists mapping and guidance before the decision, plan and contract, full time, content and NIR', () => {
    expect(ids(evaluate(caseFacts()).rules)).toEqual(
      expect.arrayContaining(['B-9/10', 'B-12', 'B-14', 'B-15', 'B-36']),
    );
  });
  it('under introduksjonsloven: an individual plan, no end goal or contract', () => {
    const planRule = evaluate(oldActFacts()).rules.find((r) => r.id === 'A-6' && r.text.startsWith('Individuell plan'));
    expect(planRule?.text).toContain('Ingen karriereveiledning, sluttmål eller integreringskontrakt');
  });
});
