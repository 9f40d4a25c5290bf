import type { CaseFacts } from '../case-facts';
import { evaluate } from '../evaluate';
import { caseFacts, kap6aFacts, oldActFacts } from '../testing/case-facts-builder';
import { REGIME_OVERRIDE_RULE_ID } from './regime-override';

/**
 * A case the engine places under integreringsloven (permit 1 Sep 2023) whose conclusions differ under each law:
 * 22 on the permit date, upper secondary, end goal work, living with a parent, with a child under 18.
 */
const youngWithUpperSecondary = (regimeOverride: CaseFacts['regimeOverride'] = null): CaseFacts =>
  caseFacts({
    birthDate: '2001-05-01',
    hasUpperSecondaryEducation: true,
    endGoal: 'WORK',
    livesWithParents: true,
    hasChildrenUnder18: true,
    regimeOverride,
  });

describe('a regime set by the municipality (override) drives every conclusion', () => {
  it.each`
    regime                       | duty     | maxMonths | withExtension | norwegianDuty | norwegianMonths | guidance | fraction | firstRule
    ${'INTRODUKSJONSLOVEN'}      | ${true}  | ${24}     | ${36}         | ${true}       | ${36}           | ${false} | ${2 / 3} | ${REGIME_OVERRIDE_RULE_ID}
    ${'INTEGRERINGSLOVEN'}       | ${true}  | ${6}      | ${12}         | ${true}       | ${18}           | ${true}  | ${1 / 3} | ${'SEL-1'}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${false} | ${12}     | ${12}         | ${false}      | ${12}           | ${true}  | ${1 / 3} | ${REGIME_OVERRIDE_RULE_ID}
  `(
    'override $regime → duty $duty, $maxMonths (+ext. $withExtension) months, Norwegian $norwegianMonths months, guidance $guidance, $fraction of 2G',
    ({ regime, duty, maxMonths, withExtension, norwegianDuty, norwegianMonths, guidance, fraction, firstRule }) => {
      const result = evaluate(youngWithUpperSecondary(regime));
      expect(result.regime).toBe(regime);
      expect(result.derivedRegime).toBe('INTEGRERINGSLOVEN');
      expect(result.programme).toMatchObject({
        right: true,
        duty,
        latestStart: '2024-02-29', // settled 30 Nov 2023 + 3 months, clamped: the same rule under all three laws
        maxMonths,
        maxMonthsWithExtension: withExtension,
      });
      expect(result.norwegianTraining).toEqual({ right: true, duty: norwegianDuty, maxMonths: norwegianMonths });
      expect(result.parentalGuidanceRequired).toBe(guidance);
      expect(result.benefit.fractionOf2G).toBeCloseTo(fraction, 10);
      expect(result.rules[0]?.id).toBe(firstRule);
    },
  );

  it('the rules rest on the law in force: the introduksjonsloven sections, none of integreringsloven', () => {
    const ids = evaluate(youngWithUpperSecondary('INTRODUKSJONSLOVEN')).rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['A-2', 'A-5', 'A-6', 'A-17', 'A-8']));
    expect(ids.filter((id) => id.startsWith('B-') || id.startsWith('SEL-1'))).toEqual([]);
  });

  it('says in words that the municipality set the regime and names the derived one and its rule', () => {
    const [first, ...rest] = evaluate(youngWithUpperSecondary('INTEGRERINGSLOVEN_KAP6A')).rules;
    expect(first).toEqual({
      id: 'SEL-OVERRIDE',
      text:
        'Kommunen har bestemt at integreringsloven kapittel 6A gjelder (konsulentens vurdering), ikke regelverket ' +
        'regelmotoren utledet: integreringsloven (SEL-1). Konklusjonene under følger integreringsloven kapittel 6A.',
      source: 'kommunens vedtak; utledningen etter integreringsforskriften § 72 er overstyrt',
    });
    expect(rest.map((r) => r.id)).not.toContain('SEL-1');
  });

  it.each`
    name                    | facts            | derived
    ${'introduksjonsloven'} | ${oldActFacts()} | ${'INTRODUKSJONSLOVEN'}
    ${'integreringsloven'}  | ${caseFacts()}   | ${'INTEGRERINGSLOVEN'}
    ${'chapter 6A'}         | ${kap6aFacts()}  | ${'INTEGRERINGSLOVEN_KAP6A'}
  `('an override equal to the derived regime ($name) changes nothing', ({ facts, derived }) => {
    const f = facts as CaseFacts;
    const plain = evaluate(f);
    expect(plain.derivedRegime).toBe(derived);
    expect(evaluate({ ...f, regimeOverride: derived as CaseFacts['regimeOverride'] })).toEqual(plain);
    expect(evaluate({ ...f, regimeOverride: null })).toEqual(plain);
  });

  it('a chapter 6A case overridden to integreringsloven gets the duty and the B durations', () => {
    const result = evaluate(kap6aFacts({ regimeOverride: 'INTEGRERINGSLOVEN' }));
    expect(result.derivedRegime).toBe('INTEGRERINGSLOVEN_KAP6A');
    expect(result.programme).toMatchObject({ right: true, duty: true, maxMonths: 24, maxMonthsWithExtension: 36 });
    expect(result.rules[0]?.text).toContain('regelmotoren utledet: integreringsloven kapittel 6A (SEL-7)');
  });
});
