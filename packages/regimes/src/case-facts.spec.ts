import { formatFieldErrors, parseCaseFacts } from './case-facts';
import { caseFacts } from './testing/case-facts-builder';

const valid = (): Record<string, unknown> => {
  const {
    claimDate,
    endGoal,
    childlessCoupleBothParticipating,
    referencePersonSettledDate,
    familyApplicationDate,
    programmeDecisionDate,
    ...required
  } = caseFacts();
  void [
    claimDate,
    endGoal,
    childlessCoupleBothParticipating,
    referencePersonSettledDate,
    familyApplicationDate,
    programmeDecisionDate,
  ];
  return required;
};

describe('parseCaseFacts', () => {
  it('accepts a case with the optional facts omitted and returns them as null', () => {
    const result = parseCaseFacts(valid());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.facts.claimDate).toBeNull();
      expect(result.facts.endGoal).toBeNull();
    }
  });

  it('accepts optional facts given as null or with a value', () => {
    expect(
      parseCaseFacts({ ...valid(), claimDate: null, endGoal: 'WORK', programmeDecisionDate: '2024-01-05' }).ok,
    ).toBe(true);
  });

  it('accepts a regime override and keeps it', () => {
    const result = parseCaseFacts({ ...valid(), regimeOverride: 'INTRODUKSJONSLOVEN' });
    expect(result.ok && result.facts.regimeOverride).toBe('INTRODUKSJONSLOVEN');
  });

  it.each`
    field                                 | value           | message
    ${'birthDate'}                        | ${'1990-13-01'} | ${'birthDate: must be a date YYYY-MM-DD'}
    ${'birthDate'}                        | ${'01.05.1990'} | ${'birthDate: must be a date YYYY-MM-DD'}
    ${'asOf'}                             | ${'2023-02-29'} | ${'asOf: must be a date YYYY-MM-DD'}
    ${'permitBasis'}                      | ${'REFUGEE'}    | ${'permitBasis: must be one of ASYLUM'}
    ${'endGoal'}                          | ${'JOB'}        | ${'endGoal: must be one of WORK'}
    ${'regimeOverride'}                   | ${'NEW_ACT'}    | ${'regimeOverride: must be one of INTRODUKSJONSLOVEN'}
    ${'settledByAgreement'}               | ${'yes'}        | ${'settledByAgreement: must be true or false'}
    ${'childlessCoupleBothParticipating'} | ${1}            | ${'childlessCoupleBothParticipating: must be true or false'}
    ${'settlementDate'}                   | ${undefined}    | ${'settlementDate: is required'}
    ${'hasChildrenUnder18'}               | ${null}         | ${'hasChildrenUnder18: is required'}
    ${'settlementDat'}                    | ${'2023-11-30'} | ${'settlementDat: is not a known field'}
    ${'settlementDate'}                   | ${'2023-11-01'} | ${'settlementDate: must not be before arrivalDate'}
    ${'permitGrantedDate'}                | ${'1980-01-01'} | ${'permitGrantedDate: must not be before birthDate'}
  `('$field = $value → "$message"', ({ field, value, message }) => {
    const input: Record<string, unknown> = { ...valid(), [field as string]: value };
    if (value === undefined) delete input[field as string];
    const result = parseCaseFacts(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatFieldErrors(result.errors)).toContain(message);
  });

  it.each([null, [], 'text', 42])('rejects %p as not an object', (json) => {
    const result = parseCaseFacts(json);
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'must be a JSON object' }] });
  });

  it('reports every bad field at once', () => {
    const result = parseCaseFacts({ ...valid(), birthDate: 'x', asOf: 'y' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['asOf', 'birthDate']);
  });
});
