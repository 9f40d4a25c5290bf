import {
  addMonths,
  checkAbsence,
  type AbsenceEntry,
  type AbsenceFacts,
  type AbsenceKind,
  type AbsenceWarning,
} from '@ankomst/regimes';

/**
 * The attendance ledger read by the rules engine. A ledger row is one person, day and activity; the engine
 * thinks in absence entries, so rows become one entry per day and kind with the hours missed that day summed
 * over activities. Pure functions: the repositories load the rows, these decide.
 */
export interface LedgerRow {
  date: string;
  plannedHours: number;
  presentHours: number;
  absenceKind: AbsenceKind | null;
}

/** How far back the history reaches: the rolling 12 months plus one, so an episode that began earlier is seen. */
export const HISTORY_MONTHS = 13;
export const historyStart = (date: string): string => addMonths(date, -HISTORY_MONTHS);

/** One entry per day and absence kind, hours missed summed (at most 24), in date order. */
export function absenceEntries(rows: readonly LedgerRow[]): AbsenceEntry[] {
  const byDayKind = new Map<string, AbsenceEntry>();
  for (const r of rows) {
    if (!r.absenceKind) continue;
    const missed = Math.max(0, r.plannedHours - r.presentHours);
    if (missed <= 0) continue;
    const key = `${r.date}|${r.absenceKind}`;
    const entry = byDayKind.get(key);
    if (entry) entry.hoursPerDay = Math.min(24, (entry.hoursPerDay ?? 0) + missed);
    else byDayKind.set(key, { kind: r.absenceKind, from: r.date, to: r.date, hoursPerDay: Math.min(24, missed) });
  }
  return [...byDayKind.values()].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.kind < b.kind ? -1 : 1,
  );
}

export interface RuledUnauthorisedDay {
  date: string;
  hours: number;
  /** The engine's warning code, e.g. ABSENCE_UNAUTHORISED or ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED. */
  reason: string;
  /** The engine's Norwegian text for why. */
  message: string;
}

/**
 * Replays the ledger in date order through `checkAbsence`, each day against the days before it, and returns
 * every unauthorised day from `from` to `to`: registered as UNAUTHORISED, or made so by a limit (egenmelding
 * day 4, the fifth episode, before 8 weeks, over the child-illness quota). Reclassifying a record (e.g. to a
 * medical certificate) changes the answer, because the ledger is the only input.
 */
export function unauthorisedDays(
  rows: readonly LedgerRow[],
  facts: AbsenceFacts,
  from: string,
  to: string,
): RuledUnauthorisedDay[] {
  const entries = absenceEntries(rows).filter((e) => e.from >= facts.programmeStart);
  const result = new Map<string, RuledUnauthorisedDay>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.from > to) break;
    if (entry.from < from) continue; // earlier days are history only
    const check = checkAbsence(
      entries.slice(0, i).filter((h) => h.from < entry.from),
      entry,
      facts,
    );
    for (const day of check.unauthorisedDays) {
      const message = messageFor(check.warnings, day.reason, day.date);
      const existing = result.get(day.date);
      if (existing) existing.hours = Math.min(24, existing.hours + day.hours);
      else result.set(day.date, { date: day.date, hours: day.hours, reason: day.reason, message });
    }
  }
  return [...result.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function messageFor(warnings: readonly AbsenceWarning[], code: string, date: string): string {
  return (
    (warnings.find((w) => w.code === code && w.days.includes(date)) ?? warnings.find((w) => w.code === code))
      ?.message ?? code
  );
}

/**
 * Checks a new registration against the person's other absence: the warnings and the days that would become
 * unauthorised. The history is every other absence day in the window (not the days being registered).
 */
export function checkRegistration(rows: readonly LedgerRow[], entry: AbsenceEntry, facts: AbsenceFacts) {
  const history = absenceEntries(rows.filter((r) => r.date < entry.from || r.date > entry.to)).filter(
    (e) => e.from >= facts.programmeStart,
  );
  return checkAbsence(history, entry, facts);
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}
