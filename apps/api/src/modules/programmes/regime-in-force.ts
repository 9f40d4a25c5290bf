import type { Regime } from '@ankomst/regimes';
import type { Prisma } from '../../generated/prisma/client';

/** The two regime columns of a programme: what the rules engine derived and the consultant's override, if any. */
export interface ProgrammeRegimeColumns {
  derivedRegime: Regime;
  regimeOverride: Regime | null;
}

/**
 * The regime a programme is run under: the municipality's override when a consultant set one, else the derived
 * regime. The stored evaluation already follows it (the engine takes the override as a fact); this is for the
 * readers of the columns (benefit, absence, NIR, plans, caseload, education).
 */
export function regimeInForce(programme: ProgrammeRegimeColumns): Regime {
  return programme.regimeOverride ?? programme.derivedRegime;
}

/** Programmes whose regime in force is one of `regimes` (the same rule as a Prisma filter). */
export function regimeInForceWhere(regimes: readonly Regime[]): Prisma.ProgrammeWhereInput {
  return {
    OR: [{ regimeOverride: { in: [...regimes] } }, { regimeOverride: null, derivedRegime: { in: [...regimes] } }],
  };
}

/**
 * Deductions for invalid absence by default: uncertain in law under chapter 6A (C-9), so off there; under
 * introduksjonsloven and integreringsloven they always apply (the flag is read only under 6A).
 */
export function deductionsApplyByDefault(regime: Regime): boolean {
  return regime !== 'INTEGRERINGSLOVEN_KAP6A';
}
