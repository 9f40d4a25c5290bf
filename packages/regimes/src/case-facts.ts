import type { IsoDate } from './dates';
import { isIsoDate } from './dates';
import type { EndGoal, PermitBasis, Regime } from './rule-types';
import { END_GOALS, PERMIT_BASES, REGIMES } from './rule-types';

/**
 * The facts of one case the engine evaluates. Dates are calendar dates (YYYY-MM-DD). `asOf` is the
 * evaluation date: the engine never reads the clock. Optional facts may be omitted or null.
 */
export interface CaseFacts {
  asOf: IsoDate;
  birthDate: IsoDate;
  permitBasis: PermitBasis;
  permitGrantedDate: IsoDate;
  arrivalDate: IsoDate;
  settlementDate: IsoDate;
  settledByAgreement: boolean;
  /** When the person claimed the programme, if later than settlement. */
  claimDate?: IsoDate | null;
  hasUpperSecondaryEducation: boolean;
  endGoal?: EndGoal | null;
  livesWithParents: boolean;
  childlessCoupleBothParticipating?: boolean | null;
  hasChildrenUnder18: boolean;
  /** Family reunification: when the sponsor (referanseperson) was settled in a municipality. */
  referencePersonSettledDate?: IsoDate | null;
  /** Family reunification: when the family application was made. */
  familyApplicationDate?: IsoDate | null;
  programmeDecisionDate?: IsoDate | null;
  /**
   * The regime the municipality decided applies (a consultant's override, with a reason kept by the caller). Given
   * and different from the derived regime, every conclusion follows it; omitted, null or equal: no effect.
   */
  regimeOverride?: Regime | null;
}

/** One problem with the input, naming the field. */
export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; facts: CaseFacts } | { ok: false; errors: FieldError[] };

type Kind = 'date' | 'boolean' | 'permitBasis' | 'endGoal' | 'regime';

const FIELDS: ReadonlyArray<{ name: keyof CaseFacts; kind: Kind; required: boolean }> = [
  { name: 'asOf', kind: 'date', required: true },
  { name: 'birthDate', kind: 'date', required: true },
  { name: 'permitBasis', kind: 'permitBasis', required: true },
  { name: 'permitGrantedDate', kind: 'date', required: true },
  { name: 'arrivalDate', kind: 'date', required: true },
  { name: 'settlementDate', kind: 'date', required: true },
  { name: 'settledByAgreement', kind: 'boolean', required: true },
  { name: 'claimDate', kind: 'date', required: false },
  { name: 'hasUpperSecondaryEducation', kind: 'boolean', required: true },
  { name: 'endGoal', kind: 'endGoal', required: false },
  { name: 'livesWithParents', kind: 'boolean', required: true },
  { name: 'childlessCoupleBothParticipating', kind: 'boolean', required: false },
  { name: 'hasChildrenUnder18', kind: 'boolean', required: true },
  { name: 'referencePersonSettledDate', kind: 'date', required: false },
  { name: 'familyApplicationDate', kind: 'date', required: false },
  { name: 'programmeDecisionDate', kind: 'date', required: false },
  { name: 'regimeOverride', kind: 'regime', required: false },
];

function checkKind(kind: Kind, value: unknown): string | null {
  switch (kind) {
    case 'date':
      return isIsoDate(value) ? null : 'must be a date YYYY-MM-DD';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'permitBasis':
      return typeof value === 'string' && (PERMIT_BASES as readonly string[]).includes(value)
        ? null
        : `must be one of ${PERMIT_BASES.join(', ')}`;
    case 'endGoal':
      return typeof value === 'string' && (END_GOALS as readonly string[]).includes(value)
        ? null
        : `must be one of ${END_GOALS.join(', ')}`;
    case 'regime':
      return typeof value === 'string' && (REGIMES as readonly string[]).includes(value)
        ? null
        : `must be one of ${REGIMES.join(', ')}`;
  }
}

/**
 * Validates untrusted JSON into CaseFacts without a schema library (the package has no dependencies).
 * Every error names the field: `birthDate: must be a date YYYY-MM-DD`. Unknown fields are rejected so a
 * misspelt optional fact is not silently ignored. Omitted optional facts come back as null.
 */
export function parseCaseFacts(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object' }] };
  }
  const input = json as Record<string, unknown>;
  const errors: FieldError[] = [];
  const known = new Set<string>(FIELDS.map((f) => f.name));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) errors.push({ path: key, message: 'is not a known field' });
  }
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = input[field.name];
    if (value === undefined || value === null) {
      if (field.required) errors.push({ path: field.name, message: 'is required' });
      else out[field.name] = null;
      continue;
    }
    const problem = checkKind(field.kind, value);
    if (problem) errors.push({ path: field.name, message: problem });
    else out[field.name] = value;
  }
  if (errors.length > 0) return { ok: false, errors };

  // The checks above make this cast sound: every required field has its type, optional ones are set or null.
  const facts = out as unknown as CaseFacts;
  errors.push(...crossFieldErrors(facts));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, facts };
}

function crossFieldErrors(f: CaseFacts): FieldError[] {
  const errors: FieldError[] = [];
  const notBeforeBirth: Array<keyof CaseFacts> = ['permitGrantedDate', 'arrivalDate', 'settlementDate'];
  for (const name of notBeforeBirth) {
    const value = f[name];
    if (typeof value === 'string' && value < f.birthDate)
      errors.push({ path: name, message: 'must not be before birthDate' });
  }
  if (f.settlementDate < f.arrivalDate)
    errors.push({ path: 'settlementDate', message: 'must not be before arrivalDate' });
  if (f.claimDate && f.claimDate < f.arrivalDate)
    errors.push({ path: 'claimDate', message: 'must not be before arrivalDate' });
  if (f.programmeDecisionDate && f.programmeDecisionDate < f.arrivalDate) {
    errors.push({ path: 'programmeDecisionDate', message: 'must not be before arrivalDate' });
  }
  return errors;
}

/** `birthDate: must be a date YYYY-MM-DD` — one line per error, for the CLI and logs. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n');
}
