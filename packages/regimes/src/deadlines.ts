import type { Evaluation } from './evaluate';
import type { IsoDate } from './dates';
import { addDays, addMonths, daysBetween, maxDate, parts } from './dates';
import { norwegianDate } from './format';
import { nirDeadlineParameter } from './nir/nir-facts';
import { findParameter } from './parameters/lookup';
import type { RuleRef } from './rule-types';

/**
 * The statutory deadlines of one introduction programme (DOMAIN.md § 4 step 9, § 5.2–5.4): latest start,
 * decision before the right lapses, NIR registration after start, the planned end and the end of the
 * Norwegian-training period. Pure: the reference date `asOf` is an argument.
 */
export const DEADLINE_KINDS = [
  'PROGRAMME_START',
  'PROGRAMME_DECISION',
  'NIR_REGISTRATION',
  'PLANNED_END',
  'NORWEGIAN_TRAINING_END',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface ProgrammeDeadlineFacts {
  /** The person's settlement date (the lapse clock always runs from it). */
  settlementDate: IsoDate;
  /** A later claim moves the start clock (§ 12; introduksjonsloven § 6); the engine already used it for `latestStart`. */
  claimDate?: IsoDate | null;
  decisionDate?: IsoDate | null;
  startDate?: IsoDate | null;
  /** Set when the programme is completed or discontinued: nothing is due any more. */
  endDate?: IsoDate | null;
  /** When the programme start was registered in NIR. */
  nirRegisteredOn?: IsoDate | null;
  /** Granted extensions, in months. */
  extensions: ReadonlyArray<{ months: number }>;
  /** Approved leave, both ends included; it pauses the programme and Norwegian-training clocks. */
  leaves: ReadonlyArray<{ from: IsoDate; to: IsoDate }>;
  /** A planned end the consultant chose (shorter than the maximum); null/absent = the maximum. */
  plannedEndDate?: IsoDate | null;
}

export interface ProgrammeDeadline {
  kind: DeadlineKind;
  /** The last day on which the deadline is met. */
  date: IsoDate;
  met: boolean;
  /** When it was met (the start, decision, registration or end date), or null. */
  metOn: IsoDate | null;
  /** Not met and `asOf` is after `date`. */
  overdue: boolean;
  /** Whole days from `asOf` to `date` (negative when past). */
  daysLeft: number;
  rule: RuleRef;
}

export interface ProgrammeDeadlines {
  deadlines: ProgrammeDeadline[];
  /** The nearest deadline not yet met (overdue ones first, as they are earliest); null when none or the programme has ended. */
  next: ProgrammeDeadline | null;
  /** Start + maximum months + granted extensions + leave days (last day); null before a start date. */
  maxEnd: IsoDate | null;
  /** The latest end the law allows even with every extension (start + maxMonthsWithExtension + leave); null before a start date. */
  absoluteMaxEnd: IsoDate | null;
  /** Total leave days that moved the end. */
  leaveDays: number;
}

/**
 * The last day of a period of `months` starting on `start`: the day before the same date `months` later
 * (1 Jan + 24 months → 31 Dec the year after). When that date does not exist and is clamped to the month's
 * end, the period ends on that last day (31 Jan + 1 month → 29 Feb 2024; 29 Feb 2024 + 12 → 28 Feb 2025).
 */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const same = addMonths(start, months);
  return parts(same).day < parts(start).day ? same : addDays(same, -1);
}

/**
 * Moves `end` by every leave day that falls inside the running period (from `start` to the moving end):
 * leave pauses the clock, so a leave that starts after the original end (but before the moved one) counts too.
 */
export function extendByLeave(
  start: IsoDate,
  end: IsoDate,
  leaves: ReadonlyArray<{ from: IsoDate; to: IsoDate }>,
): { end: IsoDate; leaveDays: number } {
  let moved = end;
  let total = 0;
  const sorted = [...leaves].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const leave of sorted) {
    if (leave.to < start || leave.from > moved) continue;
    const from = maxDate(leave.from, start);
    const days = daysBetween(from, leave.to) + 1;
    total += days;
    moved = addDays(moved, days);
  }
  return { end: moved, leaveDays: total };
}

export function programmeDeadlines(
  evaluation: Evaluation,
  facts: ProgrammeDeadlineFacts,
  asOf: IsoDate,
): ProgrammeDeadlines {
  const regime = evaluation.regime;
  const p = evaluation.programme;
  const deadlines: ProgrammeDeadline[] = [];
  const entitled = p.right || p.municipalityMayOffer;
  const make = (kind: DeadlineKind, date: IsoDate, metOn: IsoDate | null, rule: RuleRef): ProgrammeDeadline => ({
    kind,
    date,
    met: metOn !== null,
    metOn,
    overdue: metOn === null && asOf > date,
    daysLeft: daysBetween(asOf, date),
    rule,
  });

  // Latest start (A-6, B-11, C-2): the engine's date, settlement or a later claim + 3 months, clamped to month end.
  if (p.latestStart) {
    const start = findParameter(
      'START_DEADLINE_MONTHS',
      regime,
      maxDate(facts.settlementDate, facts.claimDate ?? facts.settlementDate),
    );
    deadlines.push(
      make('PROGRAMME_START', p.latestStart, facts.startDate ?? null, {
        id: regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-2' : (start?.ruleId ?? 'B-11'),
        text: `Programmet skal starte senest ${norwegianDate(p.latestStart)} (${start?.value ?? 3} måneder etter bosetting eller krav).`,
        source: start?.source ?? 'integreringsloven § 12',
      }),
    );
  }

  // Decision before the right lapses (A-2, B-13, C-2): a decision on the day of 24 months after settlement is too late.
  if (entitled && !p.lapsed) {
    const limit = findParameter('RESIDENCE_LIMIT_MONTHS', regime, facts.decisionDate ?? asOf);
    const months = typeof limit?.value === 'number' ? limit.value : 24;
    const lastDay = addDays(addMonths(facts.settlementDate, months), -1);
    deadlines.push(
      make('PROGRAMME_DECISION', lastDay, facts.decisionDate ?? null, {
        id: regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-2' : (limit?.ruleId ?? 'B-13'),
        text: `Vedtak om program må fattes senest ${norwegianDate(lastDay)}, før ${months} måneder i kommunen etter bosetting ${norwegianDate(facts.settlementDate)}; ellers faller retten bort.`,
        source: limit?.source ?? 'integreringsloven § 8',
      }),
    );
  }

  let maxEnd: IsoDate | null = null;
  let absoluteMaxEnd: IsoDate | null = null;
  let leaveDays = 0;
  if (facts.startDate) {
    const start = facts.startDate;
    // NIR registration within 2 months of the start (B-36; introduksjonsloven uses the same reporting duty).
    const nir = nirDeadlineParameter(regime, start);
    if (nir && typeof nir.value === 'number') {
      const due = addMonths(start, nir.value);
      deadlines.push(
        make('NIR_REGISTRATION', due, facts.nirRegisteredOn ?? null, {
          id: nir.ruleId,
          text: `Oppstart ${norwegianDate(start)} skal registreres i NIR innen ${nir.value} måneder: senest ${norwegianDate(due)}.`,
          source: nir.source,
        }),
      );
    }

    // Planned end (A-5, B-DUR-*, C-7): start + maximum months + extensions, moved by approved leave.
    if (p.maxMonths !== null) {
      const durationRule = evaluation.rules.find((r) => /^(A-5|B-DUR-\d|C-7)$/.test(r.id));
      const extensionMonths = facts.extensions.reduce((sum, e) => sum + e.months, 0);
      const base = periodEnd(start, p.maxMonths + extensionMonths);
      const moved = extendByLeave(start, base, facts.leaves);
      maxEnd = moved.end;
      leaveDays = moved.leaveDays;
      absoluteMaxEnd = extendByLeave(
        start,
        periodEnd(start, p.maxMonthsWithExtension ?? p.maxMonths),
        facts.leaves,
      ).end;
      const planned = facts.plannedEndDate ?? maxEnd;
      const parts = [`${p.maxMonths} måneder`];
      if (extensionMonths > 0) parts.push(`${extensionMonths} måneder forlengelse`);
      if (leaveDays > 0) parts.push(`${leaveDays} dager permisjon`);
      deadlines.push(
        make('PLANNED_END', planned, facts.endDate ?? null, {
          id:
            durationRule?.id ??
            (regime === 'INTRODUKSJONSLOVEN' ? 'A-5' : regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-7' : 'B-DUR-4'),
          text:
            facts.plannedEndDate && facts.plannedEndDate !== maxEnd
              ? `Planlagt slutt ${norwegianDate(planned)} (lengste tillatte slutt er ${norwegianDate(maxEnd)}: ${parts.join(' + ')} fra oppstart ${norwegianDate(start)}).`
              : `Programmet varer til og med ${norwegianDate(planned)}: ${parts.join(' + ')} fra oppstart ${norwegianDate(start)}.`,
          source:
            durationRule?.source ??
            (regime === 'INTRODUKSJONSLOVEN' ? 'introduksjonsloven § 5' : 'integreringsloven §§ 13–14'),
        }),
      );
    }

    // Norwegian training (A-19, B-19, C-8): the maximum period from the offered start, plus leave.
    const nt = evaluation.norwegianTraining;
    if ((nt.right || nt.duty) && nt.maxMonths !== null) {
      const due = extendByLeave(start, periodEnd(start, nt.maxMonths), facts.leaves).end;
      deadlines.push(
        make('NORWEGIAN_TRAINING_END', due, null, {
          id: regime === 'INTRODUKSJONSLOVEN' ? 'A-19' : regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-8' : 'B-19',
          text: `Opplæringen i norsk skal være gjennomført innen ${nt.maxMonths} måneder fra oppstart (pluss permisjon): til og med ${norwegianDate(due)}. Regnet fra programstart ${norwegianDate(start)}.`,
          source:
            regime === 'INTRODUKSJONSLOVEN'
              ? 'introduksjonsloven §§ 17–19'
              : regime === 'INTEGRERINGSLOVEN_KAP6A'
                ? 'integreringsforskriften kap. 8A'
                : 'integreringsloven § 27',
        }),
      );
    }
  }

  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const next = facts.endDate ? null : (deadlines.find((d) => !d.met) ?? null);
  return { deadlines, next, maxEnd, absoluteMaxEnd, leaveDays };
}
