import { addMonths, findParameter, isIsoDate, type Regime } from '@ankomst/regimes';
import { isoDate as iso } from '../../core/database/date-column';
import { regimeInForce, type ProgrammeRegimeColumns } from '../programmes/regime-in-force';

/** The parts of a stored engine evaluation adult education reads (the JSON may hold more). */
interface StoredNorwegianTraining {
  right: boolean;
  duty: boolean;
  maxMonths: number | null;
}

export interface ProgrammeFacts extends ProgrammeRegimeColumns {
  evaluation: unknown;
  startDate?: Date | null;
}

export function regimeOf(programme: ProgrammeFacts | undefined): Regime | null {
  return programme ? regimeInForce(programme) : null;
}

/** The engine's Norwegian training conclusion stored with the programme, if it is there and well-formed. */
export function storedNorwegianTraining(programme: ProgrammeFacts | undefined): StoredNorwegianTraining | null {
  const value = (programme?.evaluation as { norwegianTraining?: unknown } | null | undefined)?.norwegianTraining as
    Partial<StoredNorwegianTraining> | undefined;
  if (!value || typeof value.right !== 'boolean' || typeof value.duty !== 'boolean') return null;
  return {
    right: value.right,
    duty: value.duty,
    maxMonths: typeof value.maxMonths === 'number' ? value.maxMonths : null,
  };
}

/**
 * Default hours of Norwegian training for a new enrolment: only introduksjonsloven counts the right in hours (250 or
 * 550 by the permit date, A-17); integreringsloven and chapter 6A count months until the level is reached, so there
 * the default is none and the school sets hours on need. No right to training: no hours.
 */
export function defaultEntitledHours(
  programme: ProgrammeFacts | undefined,
  permitGrantedDate: Date | null,
): number | null {
  const training = storedNorwegianTraining(programme);
  const regime = regimeOf(programme);
  if (!training?.right || regime !== 'INTRODUKSJONSLOVEN' || !permitGrantedDate) return null;
  const row = findParameter('NORWEGIAN_HOURS', regime, iso(permitGrantedDate));
  return typeof row?.value === 'number' ? row.value : null;
}

/** The date Norwegian training must be completed by: programme start + the engine's maximum months. */
export function norwegianDeadline(programme: ProgrammeFacts | undefined): string | null {
  const training = storedNorwegianTraining(programme);
  const start = programme?.startDate ? iso(programme.startDate) : null;
  if (!training?.right || training.maxMonths === null || !start || !isIsoDate(start)) return null;
  return addMonths(start, training.maxMonths);
}
