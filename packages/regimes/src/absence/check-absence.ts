import { addDays, addMonths, daysBetween, eachDay, isIsoDate, isWeekday, parts } from '../dates';
import type { IsoDate } from '../dates';
import { requiredNumber } from '../parameters/lookup';
import { REGIMES } from '../rule-types';
import type { Regime } from '../rule-types';
import { ABSENCE_KINDS, OWN_ILLNESS_KINDS } from './absence-kinds';
import type {
  AbsenceCheck,
  AbsenceEntry,
  AbsenceFacts,
  AbsenceWarning,
  AbsenceWarningCode,
  UnauthorisedDay,
} from './absence-kinds';
import { absenceNumber, dayBasis } from './parameters';
import type { AbsenceParameterName, DayBasis } from './parameters';
import { absenceRule, leaveWithoutBenefitRule, overlapRule, unauthorisedRule } from './rules';

export class AbsenceInputError extends Error {
  readonly code = 'ABSENCE_INPUT_INVALID';
}

const shortDate = (d: IsoDate): string => {
  const { year, month, day } = parts(d);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
};
const dager = (n: number): string => (n === 1 ? '1 dag' : `${n} dager`);

/** The days of an entry that count: Monday–Friday (WORKING_DAYS) or every day (CALENDAR_DAYS). */
export function countedDays(entry: Pick<AbsenceEntry, 'from' | 'to'>, basis: DayBasis): IsoDate[] {
  const all = eachDay(entry.from, entry.to);
  return basis === 'WORKING_DAYS' ? all.filter(isWeekday) : all;
}

/**
 * Checks a new absence entry against the participant's history under their regime (DOMAIN.md 5.5):
 *
 * - Egenmelding: only from 8 weeks after programme start; at most 3 days per illness episode (a medical
 *   certificate is needed from day 4); at most 4 episodes in a rolling 12 months. An illness that starts 16
 *   calendar days or fewer after the last day of the previous illness is the same episode (a relapse).
 * - Child illness: 10 days per rolling 12 months; 15 with more than 2 children; sole carer 20 (30 with more
 *   than 2 children); chronically ill child 20 (40 for a sole carer). The largest applicable quota is used.
 * - Pregnancy up to 10 days, mother 20 days after the birth, father up to 7 days (integreringsforskriften §§ 11–12),
 *   counted over the days of the same kind in the last 10 months (PREGNANCY_BIRTH_WINDOW_MONTHS: the ledger has no
 *   due date or birth date). Pregnancy check-ups have no quota.
 * - UNAUTHORISED is always invalid; LEAVE_WITHOUT_BENEFIT is valid but unpaid.
 *
 * "Rolling 12 months" before day D means after the same date 12 months earlier, up to D.
 * Returns the days that become unauthorised (and so are deducted) with warnings in Norwegian. The history is
 * taken as recorded: days already over a limit should have been recorded as UNAUTHORISED.
 */
export function checkAbsence(
  history: readonly AbsenceEntry[],
  newEntry: AbsenceEntry,
  facts: AbsenceFacts,
): AbsenceCheck {
  validate(history, newEntry, facts);
  const { regime } = facts;
  const anchor = newEntry.from;
  const basis = dayBasis(regime, anchor);
  const days = countedDays(newEntry, basis);
  const hours = newEntry.hoursPerDay ?? requiredNumber('HOURS_PER_WEEK', regime, anchor) / 5;
  const warnings: AbsenceWarning[] = [];
  const unauthorised = new Map<IsoDate, AbsenceWarningCode>();
  const markUnauthorised = (ds: readonly IsoDate[], code: AbsenceWarningCode): void => {
    for (const d of ds) if (!unauthorised.has(d)) unauthorised.set(d, code);
  };

  const overlapping = history.filter((h) => h.from <= newEntry.to && newEntry.from <= h.to);
  if (overlapping.length > 0) {
    const overlapDays = days.filter((d) => overlapping.some((h) => h.from <= d && d <= h.to));
    warnings.push({
      code: 'ABSENCE_OVERLAPS_EXISTING',
      severity: 'WARNING',
      message: `Fraværet overlapper med registrert fravær (${overlapping.map((h) => `${shortDate(h.from)}–${shortDate(h.to)}`).join(', ')}).`,
      days: overlapDays,
      rule: overlapRule(regime),
    });
  }

  const window = absenceNumber('ROLLING_WINDOW_MONTHS', regime, anchor);
  let episodesIn12Months = countSelfCertifiedEpisodes(history, regime, anchor, basis, window);
  let childDaysIn12Months = countDaysOfKind(history, 'CHILD_ILLNESS', basis, addMonths(anchor, -window), anchor);
  const quota = childIllnessQuota(facts, anchor);
  let pregnancyOrBirth: { days: number; quota: number } | null = null;

  switch (newEntry.kind) {
    case 'OWN_ILLNESS_SELF_CERTIFIED':
    case 'OWN_ILLNESS_MEDICAL_CERTIFICATE': {
      const result = checkIllness(history, newEntry, facts, basis, days, episodesIn12Months);
      warnings.push(...result.warnings);
      for (const [d, code] of result.unauthorised) markUnauthorised([d], code);
      episodesIn12Months = result.episodesAfter;
      break;
    }
    case 'CHILD_ILLNESS': {
      const over: IsoDate[] = [];
      for (const d of days) {
        const used =
          countDaysOfKind(history, 'CHILD_ILLNESS', basis, addMonths(d, -window), d) + days.filter((x) => x < d).length;
        if (used >= quota.days) over.push(d);
      }
      childDaysIn12Months += days.length;
      if (over.length > 0) {
        warnings.push({
          code: 'ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED',
          severity: 'WARNING',
          message: `Kvoten for barns sykdom er ${quota.days} dager per 12 måneder (${quota.label}). ${dager(over.length)} går ut over kvoten og blir ugyldig fravær.`,
          days: over,
          rule: absenceRule(
            quota.parameter,
            regime,
            anchor,
            `Barns sykdom: ${quota.days} dager per 12 måneder (${quota.label}). Dager ut over kvoten er ugyldig fravær.`,
          ),
        });
        markUnauthorised(over, 'ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED');
      }
      break;
    }
    case 'PREGNANCY':
    case 'BIRTH_MOTHER':
    case 'BIRTH_FATHER': {
      const q = pregnancyOrBirthQuota(newEntry.kind, regime, anchor);
      const windowMonths = absenceNumber('PREGNANCY_BIRTH_WINDOW_MONTHS', regime, anchor);
      const over: IsoDate[] = [];
      for (const d of days) {
        const used =
          countDaysOfKind(history, newEntry.kind, basis, addMonths(d, -windowMonths), d) +
          days.filter((x) => x < d).length;
        if (used >= q.days) over.push(d);
      }
      pregnancyOrBirth = {
        days: countDaysOfKind(history, newEntry.kind, basis, addMonths(anchor, -windowMonths), anchor) + days.length,
        quota: q.days,
      };
      if (over.length > 0) {
        const code =
          newEntry.kind === 'PREGNANCY' ? 'ABSENCE_PREGNANCY_QUOTA_EXCEEDED' : 'ABSENCE_BIRTH_QUOTA_EXCEEDED';
        warnings.push({
          code,
          severity: 'WARNING',
          message: `${q.label}: høyst ${dager(q.days)}. ${dager(over.length)} går ut over kvoten og blir ugyldig fravær.`,
          days: over,
          rule: absenceRule(
            q.parameter,
            regime,
            anchor,
            `${q.text} Ankomst kjenner ikke termin- eller fødselsdato og teller dagene av samme slag de siste ${windowMonths} månedene som ett svangerskap eller én fødsel (vår lesning).`,
          ),
        });
        markUnauthorised(over, code);
      }
      break;
    }
    case 'UNAUTHORISED':
      warnings.push({
        code: 'ABSENCE_UNAUTHORISED',
        severity: 'INFO',
        message: `Fravær uten gyldig grunn eller tillatelse: ${dager(days.length)} ugyldig fravær som gir trekk i stønaden.`,
        days,
        rule: unauthorisedRule(regime),
      });
      markUnauthorised(days, 'ABSENCE_UNAUTHORISED');
      break;
    case 'LEAVE_WITHOUT_BENEFIT':
      warnings.push({
        code: 'ABSENCE_LEAVE_WITHOUT_BENEFIT',
        severity: 'INFO',
        message: `Permisjon uten stønad ${shortDate(newEntry.from)}–${shortDate(newEntry.to)}: gyldig fravær, men det utbetales ikke stønad for perioden.`,
        days,
        rule: leaveWithoutBenefitRule(regime),
      });
      break;
    case 'LEAVE_WITH_BENEFIT':
    case 'WELFARE':
    case 'PREGNANCY_CHECK_UP': // valid without a quota when it cannot reasonably be outside programme time
      break;
  }

  const unauthorisedDays: UnauthorisedDay[] = days
    .filter((d) => unauthorised.has(d) && isWeekday(d))
    .map((d) => ({ date: d, hours, reason: unauthorised.get(d) ?? 'ABSENCE_UNAUTHORISED' }));
  return {
    regime,
    entry: newEntry,
    countedDays: days,
    validDays: days.filter((d) => !unauthorised.has(d)),
    unauthorisedDays,
    unpaidLeave: newEntry.kind === 'LEAVE_WITHOUT_BENEFIT' ? { from: newEntry.from, to: newEntry.to } : null,
    warnings,
    counters: {
      selfCertifiedEpisodesIn12Months: episodesIn12Months,
      childIllnessDaysIn12Months: childDaysIn12Months,
      childIllnessQuota: quota.days,
      pregnancyOrBirthDays: pregnancyOrBirth?.days ?? null,
      pregnancyOrBirthQuota: pregnancyOrBirth?.quota ?? null,
    },
  };
}

interface Episode {
  start: IsoDate;
  last: IsoDate;
  /** Counted illness days in the episode so far, in date order. */
  days: IsoDate[];
  selfCertified: boolean;
}

/** Groups own-illness entries into episodes: an illness starting ≤ RELAPSE_WITHIN_DAYS after the previous one's last day joins it. */
function illnessEpisodes(entries: readonly AbsenceEntry[], regime: Regime, basis: DayBasis): Episode[] {
  const illness = entries
    .filter((e) => OWN_ILLNESS_KINDS.includes(e.kind))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const episodes: Episode[] = [];
  for (const e of illness) {
    const relapse = absenceNumber('RELAPSE_WITHIN_DAYS', regime, e.from);
    const current = episodes[episodes.length - 1];
    const eDays = countedDays(e, basis);
    const selfCert = e.kind === 'OWN_ILLNESS_SELF_CERTIFIED';
    if (current && daysBetween(current.last, e.from) <= relapse) {
      current.days.push(...eDays.filter((d) => !current.days.includes(d)));
      if (e.to > current.last) current.last = e.to;
      current.selfCertified ||= selfCert;
    } else {
      episodes.push({ start: e.from, last: e.to, days: [...eDays], selfCertified: selfCert });
    }
  }
  return episodes;
}

/** Self-certified episodes in history that started in the rolling window ending on `onDate`. */
function countSelfCertifiedEpisodes(
  history: readonly AbsenceEntry[],
  regime: Regime,
  onDate: IsoDate,
  basis: DayBasis,
  windowMonths: number,
): number {
  const from = addMonths(onDate, -windowMonths);
  return illnessEpisodes(history, regime, basis).filter((e) => e.selfCertified && e.start > from && e.start <= onDate)
    .length;
}

function countDaysOfKind(
  entries: readonly AbsenceEntry[],
  kind: AbsenceEntry['kind'],
  basis: DayBasis,
  after: IsoDate,
  upTo: IsoDate,
): number {
  const seen = new Set<IsoDate>();
  for (const e of entries)
    if (e.kind === kind) for (const d of countedDays(e, basis)) if (d > after && d < upTo) seen.add(d);
  return seen.size;
}

function checkIllness(
  history: readonly AbsenceEntry[],
  entry: AbsenceEntry,
  facts: AbsenceFacts,
  basis: DayBasis,
  days: readonly IsoDate[],
  episodesBefore: number,
): { warnings: AbsenceWarning[]; unauthorised: Map<IsoDate, AbsenceWarningCode>; episodesAfter: number } {
  const { regime } = facts;
  const at = entry.from;
  const warnings: AbsenceWarning[] = [];
  const unauthorised = new Map<IsoDate, AbsenceWarningCode>();
  const priorEpisodes = illnessEpisodes(
    history.filter((h) => h.from < entry.from),
    regime,
    basis,
  );
  const episodes = illnessEpisodes([...history.filter((h) => h.from < entry.from), entry], regime, basis);
  const episode = episodes[episodes.length - 1];
  const previous = priorEpisodes[priorEpisodes.length - 1];
  const isRelapse = !!episode && !!previous && episode.start === previous.start;
  const selfCert = entry.kind === 'OWN_ILLNESS_SELF_CERTIFIED';
  const relapseDays = absenceNumber('RELAPSE_WITHIN_DAYS', regime, at);

  if (isRelapse && previous) {
    warnings.push({
      code: 'ABSENCE_SELF_CERT_RELAPSE_SAME_EPISODE',
      severity: 'INFO',
      message: `Ny sykdom innen ${relapseDays} dager etter forrige sykefravær (siste dag ${shortDate(previous.last)}) regnes som samme sykdomstilfelle.`,
      days: [...days],
      rule: absenceRule(
        'RELAPSE_WITHIN_DAYS',
        regime,
        at,
        `Tilbakefall innen ${relapseDays} dager etter forrige sykefravær regnes som samme sykdomstilfelle.`,
      ),
    });
  }
  const episodesAfter = episodesBefore + (selfCert && !(isRelapse && previous?.selfCertified) ? 1 : 0);
  if (!selfCert) return { warnings, unauthorised, episodesAfter };

  // 1. Qualifying period: egenmelding only after 8 weeks in the programme.
  const weeks = absenceNumber('SELF_CERT_QUALIFYING_WEEKS', regime, at);
  const firstAllowed = addDays(facts.programmeStart, weeks * 7);
  const early = days.filter((d) => d < firstAllowed);
  if (early.length > 0) {
    warnings.push({
      code: 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD',
      severity: 'WARNING',
      message: `Egenmelding kan først brukes etter ${weeks} uker i programmet (fra ${shortDate(firstAllowed)}). Uten legeerklæring blir ${dager(early.length)} ugyldig fravær.`,
      days: early,
      rule: absenceRule(
        'SELF_CERT_QUALIFYING_WEEKS',
        regime,
        at,
        `Egenmelding kan brukes etter ${weeks} uker i programmet.`,
      ),
    });
    for (const d of early) unauthorised.set(d, 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD');
  }

  // 2. At most N episodes with egenmelding in 12 months; a relapse of a self-certified episode is not a new one.
  const maxEpisodes = absenceNumber('SELF_CERT_MAX_EPISODES', regime, at);
  if (episodesAfter > episodesBefore && episodesAfter > maxEpisodes) {
    const rest = days.filter((d) => !unauthorised.has(d));
    warnings.push({
      code: 'ABSENCE_SELF_CERT_MAX_EPISODES_EXCEEDED',
      severity: 'WARNING',
      message: `Egenmelding er allerede brukt ${episodesBefore} ganger de siste 12 månedene (høyst ${maxEpisodes}). Dette sykdomstilfellet krever legeerklæring; uten blir ${dager(rest.length)} ugyldig fravær.`,
      days: rest,
      rule: absenceRule(
        'SELF_CERT_MAX_EPISODES',
        regime,
        at,
        `Egenmelding kan brukes høyst ${maxEpisodes} ganger per 12 måneder.`,
      ),
    });
    for (const d of rest) unauthorised.set(d, 'ABSENCE_SELF_CERT_MAX_EPISODES_EXCEEDED');
  }

  // 3. At most N days per episode; a medical certificate is needed from day N+1.
  const maxDays = absenceNumber('SELF_CERT_MAX_DAYS_PER_EPISODE', regime, at);
  const ordered = episode ? [...episode.days].sort() : [];
  const beyond = days.filter((d) => ordered.indexOf(d) >= maxDays && !unauthorised.has(d));
  if (beyond.length > 0) {
    warnings.push({
      code: 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED',
      severity: 'WARNING',
      message: `Egenmelding gjelder høyst ${maxDays} dager per sykdomstilfelle; fra dag ${maxDays + 1} kreves legeerklæring. Uten legeerklæring blir ${dager(beyond.length)} ugyldig fravær.`,
      days: beyond,
      rule: absenceRule(
        'SELF_CERT_MAX_DAYS_PER_EPISODE',
        regime,
        at,
        `Egenmelding gjelder høyst ${maxDays} dager per sykdomstilfelle; legeerklæring kreves fra dag ${maxDays + 1}.`,
      ),
    });
    for (const d of beyond) unauthorised.set(d, 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED');
  }
  return { warnings, unauthorised, episodesAfter };
}

type PregnancyOrBirthKind = 'PREGNANCY' | 'BIRTH_MOTHER' | 'BIRTH_FATHER';
const PREGNANCY_OR_BIRTH: Record<
  PregnancyOrBirthKind,
  { parameter: AbsenceParameterName; label: string; text: (days: number) => string }
> = {
  PREGNANCY: {
    parameter: 'PREGNANCY_DAYS',
    label: 'Fri under svangerskapet',
    text: (days) =>
      `En gravid deltaker har rett til fri med stønad i opptil ${days} dager under svangerskapet, i tillegg til svangerskapskontroller som ikke med rimelighet kan legges utenfor programtiden.`,
  },
  BIRTH_MOTHER: {
    parameter: 'BIRTH_MOTHER_DAYS',
    label: 'Fri for mor etter fødselen',
    text: (days) => `Etter fødselen har moren rett til fri med stønad i ${days} dager.`,
  },
  BIRTH_FATHER: {
    parameter: 'BIRTH_FATHER_DAYS',
    label: 'Fri for far i forbindelse med fødselen',
    text: (days) =>
      `I forbindelse med fødselen har faren rett til fri med stønad i opptil ${days} dager dersom han bor sammen med moren og bruker tiden til omsorg for familie og hjem; bor foreldrene ikke sammen, kan en annen som bistår moren bruke retten.`,
  },
};

/** The quota for a pregnancy or birth kind, with its bokmål label and rule text. */
function pregnancyOrBirthQuota(
  kind: PregnancyOrBirthKind,
  regime: Regime,
  at: IsoDate,
): { days: number; label: string; text: string; parameter: AbsenceParameterName } {
  const { parameter, label, text } = PREGNANCY_OR_BIRTH[kind];
  const days = absenceNumber(parameter, regime, at);
  return { days, label, text: text(days), parameter };
}

/** The child-illness quota on a date: the largest that applies to the participant's care facts. */
export function childIllnessQuota(
  facts: AbsenceFacts,
  at: IsoDate,
): { days: number; label: string; parameter: Parameters<typeof absenceNumber>[0] } {
  const { regime } = facts;
  // Recorded care facts without a child under 12 or a chronically ill child: the right has nothing to apply to.
  // Unrecorded facts are not read this way: the household register may simply not know the children.
  if (facts.careFactsRecorded === true && (facts.numberOfChildren ?? 0) === 0 && !facts.chronicallyIllChild)
    return {
      days: 0,
      label: 'ingen barn under 12 år eller kronisk sykt barn registrert i omsorgen',
      parameter: 'CHILD_ILLNESS_DAYS',
    };
  const many = (facts.numberOfChildren ?? 0) > absenceNumber('CHILD_ILLNESS_MANY_CHILDREN_ABOVE', regime, at);
  const sole = facts.soleCarer === true;
  const options: { days: number; label: string; parameter: Parameters<typeof absenceNumber>[0] }[] = [];
  const add = (parameter: Parameters<typeof absenceNumber>[0], label: string): void =>
    void options.push({ days: absenceNumber(parameter, regime, at), label, parameter });
  if (sole && many) add('CHILD_ILLNESS_DAYS_SOLE_CARER_MANY_CHILDREN', 'alene om omsorgen, mer enn 2 barn');
  else if (sole) add('CHILD_ILLNESS_DAYS_SOLE_CARER', 'alene om omsorgen');
  else if (many) add('CHILD_ILLNESS_DAYS_MANY_CHILDREN', 'mer enn 2 barn');
  else add('CHILD_ILLNESS_DAYS', 'inntil 2 barn');
  if (facts.chronicallyIllChild) {
    if (sole) add('CHILD_ILLNESS_DAYS_CHRONIC_SOLE_CARER', 'kronisk sykt barn, alene om omsorgen');
    else add('CHILD_ILLNESS_DAYS_CHRONIC', 'kronisk sykt barn');
  }
  const best = options.reduce((b, o) => (o.days > b.days ? o : b));
  return facts.careFactsRecorded === false
    ? { ...best, label: `${best.label}; omsorgsforholdene er ikke registrert og er antatt` }
    : best;
}

function validate(history: readonly AbsenceEntry[], entry: AbsenceEntry, facts: AbsenceFacts): void {
  const problems: string[] = [];
  const checkEntry = (e: AbsenceEntry, path: string): void => {
    if (!ABSENCE_KINDS.includes(e.kind)) problems.push(`${path}.kind: must be one of ${ABSENCE_KINDS.join(', ')}`);
    if (!isIsoDate(e.from)) problems.push(`${path}.from: must be a date YYYY-MM-DD`);
    if (!isIsoDate(e.to)) problems.push(`${path}.to: must be a date YYYY-MM-DD`);
    else if (isIsoDate(e.from) && e.to < e.from) problems.push(`${path}.to: must not be before from`);
    if (e.hoursPerDay != null && !(e.hoursPerDay > 0 && e.hoursPerDay <= 24))
      problems.push(`${path}.hoursPerDay: must be above 0 and at most 24`);
  };
  checkEntry(entry, 'newEntry');
  history.forEach((h, i) => checkEntry(h, `history[${i}]`));
  if (!REGIMES.includes(facts.regime)) problems.push(`facts.regime: must be one of ${REGIMES.join(', ')}`);
  if (!isIsoDate(facts.programmeStart)) problems.push('facts.programmeStart: must be a date YYYY-MM-DD');
  if (facts.numberOfChildren != null && !(Number.isInteger(facts.numberOfChildren) && facts.numberOfChildren >= 0))
    problems.push('facts.numberOfChildren: must be a whole number, 0 or more');
  if (problems.length > 0) throw new AbsenceInputError(problems.join('\n'));
}
