import type { NirFact, NirFactItem, NirProgrammeCompleteness } from '@ankomst/contracts';
import { nirDueDate, nirFactRule, nirFactsRequired, type Regime } from '@ankomst/regimes';
import type { NirProgrammeRow } from './nir.repository';
import { isoDate as iso } from '../../core/database/date-column';
import { regimeInForce } from '../programmes/regime-in-force';

interface Candidate {
  key: string;
  fact: NirFact;
  eventDate: string | null;
  /** Ankomst holds the value NIR needs. */
  hasData: boolean;
}

/** The facts a programme owes NIR on `asOf`: only events that have happened (or are due by their nature). */
function candidates(p: NirProgrammeRow, regime: Regime, asOf: string): Candidate[] {
  const required = new Set(nirFactsRequired(regime, asOf));
  const start = iso(p.startDate);
  const end = iso(p.endDate);
  const revision = p.plan?.revisions[0];
  const norwegianStart = iso(p.person.enrolments[0]?.fromDate);
  const out: Candidate[] = [];
  const add = (fact: NirFact, eventDate: string | null, hasData: boolean, key: string = fact) => {
    if (required.has(fact) && eventDate && eventDate <= asOf) out.push({ key, fact, eventDate, hasData });
  };
  add('PROGRAMME_START', start, true);
  // Mapping and guidance come before the decision; the start is the latest they can be reported against.
  add('COMPETENCE_MAPPING', iso(p.competenceMappingDate) ?? start, p.competenceMappingDate !== null);
  add('CAREER_GUIDANCE', iso(p.careerGuidanceDate) ?? start, p.careerGuidanceDate !== null);
  add(
    'END_GOAL',
    iso(p.decisionDate) ?? start,
    (revision?.endGoal ?? p.endGoal) !== null && (revision?.endGoal ?? p.endGoal) !== undefined,
  );
  for (const leave of p.leaves) add('LEAVE', iso(leave.fromDate), true, `LEAVE:${leave.id}`);
  add('PROGRAMME_END', end, true);
  add('EXIT_REASON', end, p.outcome !== null);
  add('NORWEGIAN_START', norwegianStart, true);
  add('NORWEGIAN_TARGET_LEVEL', norwegianStart, (revision?.languageTargetLevel ?? null) !== null);
  add('EDUCATION_BACKGROUND', norwegianStart ?? start, p.person.nusLevel !== null);
  return out;
}

/** Each fact's status on `asOf`: registered (on time or late), due, overdue, or missing in Ankomst. */
export function completeness(p: NirProgrammeRow, asOf: string): NirProgrammeCompleteness {
  const regime = regimeInForce(p);
  const registered = new Map(p.nirRegistrations.map((r) => [r.fact, r]));
  const facts: NirFactItem[] = candidates(p, regime, asOf).map((c) => {
    const dueDate = c.eventDate ? nirDueDate(regime, c.eventDate) : null;
    const reg = registered.get(c.key);
    const registeredOn = reg ? reg.registeredAt.toISOString().slice(0, 10) : null;
    const status: NirFactItem['status'] = reg
      ? dueDate && registeredOn! > dueDate
        ? 'REGISTERED_LATE'
        : 'REGISTERED'
      : !c.hasData
        ? 'MISSING_DATA'
        : dueDate && asOf > dueDate
          ? 'OVERDUE'
          : 'DUE';
    return {
      key: c.key,
      fact: c.fact,
      status,
      eventDate: c.eventDate,
      dueDate,
      registeredAt: reg ? reg.registeredAt.toISOString() : null,
      rule: nirFactRule(c.fact, asOf)!.rule,
    };
  });
  const count = (s: NirFactItem['status']) => facts.filter((f) => f.status === s).length;
  return {
    programmeId: p.id,
    personId: p.personId,
    firstName: p.person.firstName,
    lastName: p.person.lastName,
    regime,
    consultantId: p.consultantId,
    facts,
    counts: {
      missingData: count('MISSING_DATA'),
      due: count('DUE'),
      overdue: count('OVERDUE'),
      registeredLate: count('REGISTERED_LATE'),
    },
  };
}

/** Whether a fact key belongs to this programme on `asOf` (a known fact, or one of its leaves). */
export function factFor(p: NirProgrammeRow, key: string, asOf: string): NirFactItem | undefined {
  return completeness(p, asOf).facts.find((f) => f.key === key);
}
