import { evaluate } from '../evaluate';
import { caseFacts } from '../testing/case-facts-builder';

describe('which regime applies (DOMAIN.md § 5.1)', () => {
  it.each`
    rule         | permitBasis                | permitGrantedDate | arrivalDate     | settlementDate  | regime
    ${'SEL-3'}   | ${'ASYLUM'}                | ${'2020-12-31'}   | ${'2020-06-01'} | ${'2021-02-01'} | ${'INTRODUKSJONSLOVEN'}
    ${'SEL-1'}   | ${'ASYLUM'}                | ${'2021-01-01'}   | ${'2020-06-01'} | ${'2021-02-01'} | ${'INTEGRERINGSLOVEN'}
    ${'SEL-2'}   | ${'RESETTLEMENT'}          | ${'2020-11-15'}   | ${'2021-01-01'} | ${'2021-01-01'} | ${'INTEGRERINGSLOVEN'}
    ${'SEL-3'}   | ${'RESETTLEMENT'}          | ${'2020-11-15'}   | ${'2020-12-31'} | ${'2020-12-31'} | ${'INTRODUKSJONSLOVEN'}
    ${'SEL-3'}   | ${'ASYLUM'}                | ${'2020-03-01'}   | ${'2019-10-01'} | ${'2022-05-01'} | ${'INTRODUKSJONSLOVEN'}
    ${'SEL-7'}   | ${'COLLECTIVE_PROTECTION'} | ${'2022-03-11'}   | ${'2022-03-05'} | ${'2022-06-20'} | ${'INTEGRERINGSLOVEN_KAP6A'}
    ${'SEL-1'}   | ${'COLLECTIVE_PROTECTION'} | ${'2022-03-10'}   | ${'2022-03-05'} | ${'2022-06-20'} | ${'INTEGRERINGSLOVEN'}
    ${'SEL-3'}   | ${'COLLECTIVE_PROTECTION'} | ${'2020-12-31'}   | ${'2020-12-01'} | ${'2021-03-01'} | ${'INTRODUKSJONSLOVEN'}
    ${'SEL-7'}   | ${'COLLECTIVE_PROTECTION'} | ${'2026-06-30'}   | ${'2026-06-01'} | ${'2026-07-15'} | ${'INTEGRERINGSLOVEN_KAP6A'}
    ${'SEL-7'}   | ${'COLLECTIVE_PROTECTION'} | ${'2026-07-01'}   | ${'2026-06-01'} | ${'2026-07-15'} | ${'INTEGRERINGSLOVEN'}
    ${'C-10/11'} | ${'FAMILY_REUNIFICATION'}  | ${'2023-05-01'}   | ${'2023-06-01'} | ${'2023-06-01'} | ${'INTEGRERINGSLOVEN'}
    ${'SEL-1'}   | ${'INDEPENDENT_BASIS'}     | ${'2022-01-01'}   | ${'2022-01-01'} | ${'2022-01-01'} | ${'INTEGRERINGSLOVEN'}
  `(
    '$permitBasis, permit $permitGrantedDate, arrival $arrivalDate, settled $settlementDate → $regime ($rule)',
    ({ rule, permitBasis, permitGrantedDate, arrivalDate, settlementDate, regime }) => {
      const result = evaluate(
        caseFacts({ permitBasis, permitGrantedDate, arrivalDate, settlementDate, asOf: settlementDate }),
      );
      expect(result.regime).toBe(regime);
      const ref = result.rules.find((r) => r.id === rule);
      expect(ref).toBeDefined();
      expect(ref?.source).toMatch(/integreringsforskriften § 72|kap\. 6A/);
    },
  );

  it('SEL-2 says in words that a permit granted abroad before 2021 with arrival after falls under integreringsloven', () => {
    const result = evaluate(
      caseFacts({
        permitGrantedDate: '2020-11-15',
        arrivalDate: '2021-01-04',
        settlementDate: '2021-01-04',
        asOf: '2021-01-10',
      }),
    );
    expect(result.rules[0]).toEqual({
      id: 'SEL-2',
      text: 'Tillatelse gitt i utlandet før 1. januar 2021 og ankomst etter (4. januar 2021): integreringsloven gjelder.',
      source: 'integreringsforskriften § 72',
    });
  });

  it('never uses the settlement date: the same permit and arrival give the same regime whenever the person is settled', () => {
    const early = evaluate(
      caseFacts({
        permitGrantedDate: '2020-05-01',
        arrivalDate: '2020-06-01',
        settlementDate: '2020-07-01',
        asOf: '2020-08-01',
      }),
    );
    const late = evaluate(
      caseFacts({
        permitGrantedDate: '2020-05-01',
        arrivalDate: '2020-06-01',
        settlementDate: '2021-09-01',
        asOf: '2021-10-01',
      }),
    );
    expect(early.regime).toBe('INTRODUKSJONSLOVEN');
    expect(late.regime).toBe('INTRODUKSJONSLOVEN');
  });

  it('SEL-4: a programme decided under introduksjonsloven gives no later rights under integreringsloven', () => {
    const result = evaluate(
      caseFacts({
        permitGrantedDate: '2020-05-01',
        arrivalDate: '2020-06-01',
        settlementDate: '2020-07-01',
        programmeDecisionDate: '2020-09-01',
        asOf: '2021-06-01',
      }),
    );
    expect(result.rules.map((r) => r.id)).toContain('SEL-4');
  });

  it('a § 34 permit before 11 March 2022 says that chapter 6A does not apply', () => {
    const result = evaluate(
      caseFacts({
        permitBasis: 'COLLECTIVE_PROTECTION',
        permitGrantedDate: '2022-03-10',
        arrivalDate: '2022-03-05',
        settlementDate: '2022-05-01',
        asOf: '2022-05-02',
      }),
    );
    expect(result.rules[0]?.text).toContain('kapittel 6A gjelder ikke');
  });

  it('after the chapter 6A sunset the rule text flags the open question', () => {
    const result = evaluate(
      caseFacts({
        permitBasis: 'COLLECTIVE_PROTECTION',
        permitGrantedDate: '2024-01-10',
        arrivalDate: '2024-01-01',
        settlementDate: '2024-03-01',
        asOf: '2026-07-01',
      }),
    );
    expect(result.regime).toBe('INTEGRERINGSLOVEN_KAP6A');
    expect(result.rules[0]?.text).toContain('Usikker tolkning');
    expect(result.rules[0]?.text).toContain('1. juli 2026');
  });
});
