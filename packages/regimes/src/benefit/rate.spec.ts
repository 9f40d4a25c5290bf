import { benefitRate } from './rate';

describe('benefitRate', () => {
  it.each`
    regime                       | birthDate       | livesWithParents | couple   | onDate          | fraction | ruleId
    ${'INTRODUKSJONSLOVEN'}      | ${'2000-06-15'} | ${false}         | ${false} | ${'2025-06-14'} | ${2 / 3} | ${'A-8'}
    ${'INTRODUKSJONSLOVEN'}      | ${'2000-06-15'} | ${true}          | ${false} | ${'2025-06-14'} | ${2 / 3} | ${'A-8'}
    ${'INTRODUKSJONSLOVEN'}      | ${'2000-06-15'} | ${false}         | ${false} | ${'2025-06-15'} | ${1}     | ${'A-8'}
    ${'INTRODUKSJONSLOVEN'}      | ${'1980-01-01'} | ${false}         | ${true}  | ${'2025-06-15'} | ${1}     | ${'A-8'}
    ${'INTEGRERINGSLOVEN'}       | ${'2000-06-15'} | ${false}         | ${false} | ${'2025-06-14'} | ${2 / 3} | ${'B-23/24'}
    ${'INTEGRERINGSLOVEN'}       | ${'2000-06-15'} | ${true}          | ${false} | ${'2025-06-14'} | ${1 / 3} | ${'B-23/24'}
    ${'INTEGRERINGSLOVEN'}       | ${'2000-06-15'} | ${true}          | ${false} | ${'2025-06-15'} | ${1}     | ${'B-23/24'}
    ${'INTEGRERINGSLOVEN'}       | ${'1980-01-01'} | ${false}         | ${true}  | ${'2025-01-01'} | ${5 / 6} | ${'B-25'}
    ${'INTEGRERINGSLOVEN'}       | ${'1980-01-01'} | ${false}         | ${true}  | ${'2024-06-30'} | ${1}     | ${'B-23/24'}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${'2000-06-15'} | ${true}          | ${false} | ${'2024-01-10'} | ${1 / 3} | ${'B-23/24'}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${'1980-01-01'} | ${false}         | ${true}  | ${'2025-01-01'} | ${5 / 6} | ${'B-25'}
  `(
    '$regime, born $birthDate, with parents $livesWithParents, couple $couple, on $onDate → $fraction of 2G',
    ({ regime, birthDate, livesWithParents, couple, onDate, fraction, ruleId }) => {
      const result = benefitRate(
        { regime, birthDate, livesWithParents, childlessCoupleBothParticipating: couple },
        onDate,
      );
      expect(result.fractionOf2G).toBeCloseTo(fraction, 10);
      expect(result.rule.id).toBe(ruleId);
      expect(result.rule.text.length).toBeGreaterThan(10);
    },
  );

  it('says when the couple rate rests on an uncertain in-force date', () => {
    const r = benefitRate(
      {
        regime: 'INTEGRERINGSLOVEN',
        birthDate: '1980-01-01',
        livesWithParents: false,
        childlessCoupleBothParticipating: true,
      },
      '2025-01-01',
    );
    expect(r.rule.text).toContain('5/6');
    expect(r.rule.text).toContain('Usikker tolkning');
    expect(r.rule.source).toContain('§ 20');
  });
});
