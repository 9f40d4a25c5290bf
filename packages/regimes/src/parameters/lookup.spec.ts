import { dateParameter, findParameter, numberParameter, parameterRow, UnknownParameterError } from './lookup';
import type { ParameterRow } from './parameter-row';
import { PARAMETER_NAMES } from './parameter-row';
import { RULE_PARAMETERS } from './rule-parameters';
import { benefitRate } from '../benefit/rate';

describe('effective-dated rule parameters', () => {
  it('every row is well formed: dates in order, a source and a grade', () => {
    for (const row of RULE_PARAMETERS) {
      expect(PARAMETER_NAMES).toContain(row.name);
      expect(row.source).toMatch(/loven|forskriften/);
      if (row.validTo !== null) expect(row.validFrom < row.validTo).toBe(true);
    }
  });

  it('no two rows for the same parameter and regime overlap in time', () => {
    for (const a of RULE_PARAMETERS) {
      for (const b of RULE_PARAMETERS) {
        if (a === b || a.name !== b.name || a.regime !== b.regime) continue;
        const overlap = a.validFrom < (b.validTo ?? '9999-12-31') && b.validFrom < (a.validTo ?? '9999-12-31');
        expect({ name: a.name, regime: a.regime, overlap }).toEqual({ name: a.name, regime: a.regime, overlap: false });
      }
    }
  });

  it.each`
    name                         | regime                       | onDate          | value
    ${'SOCIAL_STUDIES_HOURS'}    | ${'INTEGRERINGSLOVEN'}       | ${'2021-12-31'} | ${50}
    ${'SOCIAL_STUDIES_HOURS'}    | ${'INTEGRERINGSLOVEN'}       | ${'2022-01-01'} | ${75}
    ${'NORWEGIAN_HOURS'}         | ${'INTRODUKSJONSLOVEN'}      | ${'2011-12-31'} | ${250}
    ${'NORWEGIAN_HOURS'}         | ${'INTRODUKSJONSLOVEN'}      | ${'2012-01-01'} | ${550}
    ${'PROGRAMME_OFFER_MAX_AGE'} | ${'INTEGRERINGSLOVEN'}       | ${'2023-01-01'} | ${null}
    ${'PROGRAMME_OFFER_MAX_AGE'} | ${'INTEGRERINGSLOVEN_KAP6A'} | ${'2023-01-01'} | ${67}
    ${'RESIDENCE_LIMIT_MONTHS'}  | ${'INTEGRERINGSLOVEN_KAP6A'} | ${'2023-01-01'} | ${24}
    ${'START_DEADLINE_MONTHS'}   | ${'INTEGRERINGSLOVEN_KAP6A'} | ${'2023-01-01'} | ${3}
    ${'NIR_DEADLINE_MONTHS'}     | ${'INTEGRERINGSLOVEN'}       | ${'2023-01-01'} | ${2}
  `(
    '$name for $regime on $onDate is $value (validTo is exclusive; 6A falls back to integreringsloven)',
    ({ name, regime, onDate, value }) => {
      expect(numberParameter(name, regime, onDate)).toBe(value);
    },
  );

  it('the chapter 6A period: first permit date and sunset', () => {
    expect(dateParameter('KAP6A_PERMITS_FROM', 'INTEGRERINGSLOVEN_KAP6A', '2024-01-01')).toBe('2022-03-11');
    expect(dateParameter('KAP6A_SUNSET', 'INTEGRERINGSLOVEN_KAP6A', '2024-01-01')).toBe('2026-07-01');
  });

  it('the childless-couple rate has no row before its assumed in-force date', () => {
    expect(findParameter('BENEFIT_CHILDLESS_COUPLE_FRACTION', 'INTEGRERINGSLOVEN', '2024-06-30')).toBeUndefined();
    expect(parameterRow('BENEFIT_CHILDLESS_COUPLE_FRACTION', 'INTEGRERINGSLOVEN', '2024-07-01').grade).toBe('U');
  });

  it('a missing row is an error naming the parameter', () => {
    expect(() => parameterRow('BENEFIT_CHILDLESS_COUPLE_FRACTION', 'INTRODUKSJONSLOVEN', '2024-07-01')).toThrow(
      UnknownParameterError,
    );
  });

  it('a change in the law is a new row: ending the old row and adding one changes the value from its date', () => {
    const changed: ParameterRow[] = RULE_PARAMETERS.map((r) =>
      r.name === 'PROGRAMME_MAX_AGE' && r.regime === 'INTEGRERINGSLOVEN' ? { ...r, validTo: '2026-01-01' } : r,
    );
    changed.push({
      name: 'PROGRAMME_MAX_AGE',
      regime: 'INTEGRERINGSLOVEN',
      ruleId: 'B-6/7',
      validFrom: '2026-01-01',
      validTo: null,
      anchor: 'PERMIT_DATE',
      value: 60,
      source: 'integreringsloven § 8 (Prop. 81 L)',
      grade: 'U',
    });
    expect(numberParameter('PROGRAMME_MAX_AGE', 'INTEGRERINGSLOVEN', '2025-12-31', changed)).toBe(55);
    expect(numberParameter('PROGRAMME_MAX_AGE', 'INTEGRERINGSLOVEN', '2026-01-01', changed)).toBe(60);
  });

  it('benefitRate reads its fractions from the rows', () => {
    const rate = benefitRate(
      { regime: 'INTEGRERINGSLOVEN', birthDate: '2003-01-01', livesWithParents: true },
      '2024-01-01',
    );
    expect(rate.fractionOf2G).toBe(
      numberParameter('BENEFIT_YOUTH_WITH_PARENT_FRACTION', 'INTEGRERINGSLOVEN', '2024-01-01'),
    );
  });
});
