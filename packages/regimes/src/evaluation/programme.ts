import type { CaseFacts } from '../case-facts';
import type { IsoDate } from '../dates';
import { addMonths, addYears, ageOn } from '../dates';
import { norwegianDate, uncertain } from '../format';
import type { PermitBasis, Regime, RuleRef } from '../rule-types';
import { anchorDate, caseNumber, caseValue, decisionDate, startClockDate } from './anchors';

export interface ProgrammeConclusion {
  right: boolean;
  duty: boolean;
  /** No right, but the municipality may offer the programme. */
  municipalityMayOffer: boolean;
  /** No decision within 24 months of settlement: the right (and the offer) has lapsed. */
  lapsed: boolean;
  /** The municipality's deadline to start the programme for someone with a right; null otherwise. */
  latestStart: IsoDate | null;
  maxMonths: number | null;
  maxMonthsWithExtension: number | null;
}

/** Permits that need no settlement agreement (integreringsloven § 8, B-4; introduksjonsloven § 2). */
const NO_AGREEMENT_NEEDED: readonly PermitBasis[] = ['FAMILY_REUNIFICATION', 'INDEPENDENT_BASIS'];

const LAW: Record<Regime, string> = {
  INTRODUKSJONSLOVEN: 'introduksjonsloven',
  INTEGRERINGSLOVEN: 'integreringsloven',
  INTEGRERINGSLOVEN_KAP6A: 'integreringsloven kapittel 6A',
};

type AgeStatus = 'UNDER' | 'IN_RANGE' | 'OVER_MAY_OFFER' | 'OVER';

/**
 * Right, duty and the municipality's discretion to offer the programme; lapse; latest start; maximum length.
 * DOMAIN.md § 5.2 (introduksjonsloven §§ 2–6), § 5.3 (B-1, B-2, B-4, B-6/7, B-11, B-13, durations) and
 * § 5.4 (C-2, C-7).
 */
export function evaluateProgramme(
  facts: CaseFacts,
  regime: Regime,
): { programme: ProgrammeConclusion; rules: RuleRef[] } {
  const rules: RuleRef[] = [];
  const law = LAW[regime];

  // Age (B and 6A: on the permit date; introduksjonsloven: at the decision).
  const min = caseValue('PROGRAMME_MIN_AGE', regime, facts);
  const max = caseValue('PROGRAMME_MAX_AGE', regime, facts);
  const offerMax = caseNumber('PROGRAMME_OFFER_MAX_AGE', regime, facts);
  const ageDate = anchorDate(min.row.anchor, facts);
  const age = ageOn(facts.birthDate, ageDate);
  const ageWhen =
    min.row.anchor === 'PERMIT_DATE'
      ? `på vedtaksdatoen for tillatelsen (${norwegianDate(ageDate)})`
      : `på vedtakstidspunktet (${norwegianDate(ageDate)})`;
  let ageStatus: AgeStatus;
  if (age < min.value) ageStatus = 'UNDER';
  else if (age <= max.value) ageStatus = 'IN_RANGE';
  else if (offerMax.value === null || age <= offerMax.value) ageStatus = 'OVER_MAY_OFFER';
  else ageStatus = 'OVER';
  rules.push(
    ageRule(
      regime,
      ageStatus,
      age,
      ageWhen,
      min.value,
      max.value,
      offerMax.value,
      min.row.source,
      min.row.grade === 'U' || min.row.note !== undefined,
    ),
  );

  // Permit basis (§ 9 / introduksjonsloven § 2), including the sponsor's five years for family members (B-2).
  const basis = basisRule(facts, regime);
  if (basis.rule) rules.push(basis.rule);

  // Settled by agreement with the municipality.
  const agreementNeeded = !NO_AGREEMENT_NEEDED.includes(facts.permitBasis);
  const agreementOk = facts.settledByAgreement || !agreementNeeded;
  rules.push(agreementRule(regime, facts.settledByAgreement, agreementNeeded));

  // Less than two years in a municipality at the decision; no decision within 24 months → lapsed (B-13).
  const limit = caseValue('RESIDENCE_LIMIT_MONTHS', regime, facts);
  const lapseDate = addMonths(facts.settlementDate, limit.value);
  const decided = decisionDate(facts);
  const lapsed = decided >= lapseDate;
  rules.push(residenceRule(regime, facts, limit.value, lapseDate, lapsed, limit.row.ruleId, limit.row.source));

  const eligibleAge = ageStatus === 'IN_RANGE';
  const right = !lapsed && eligibleAge && basis.qualifies && agreementOk;
  const duty = right && regime !== 'INTEGRERINGSLOVEN_KAP6A';
  const offerReason = ageStatus === 'OVER_MAY_OFFER' || (eligibleAge && (!agreementOk || !basis.qualifies));
  const municipalityMayOffer = !right && !lapsed && offerReason;

  rules.push(conclusionRule(regime, law, right, duty, municipalityMayOffer, lapsed));

  let latestStart: IsoDate | null = null;
  if (right) {
    const start = caseValue('START_DEADLINE_MONTHS', regime, facts);
    const from = startClockDate(facts);
    latestStart = addMonths(from, start.value);
    const fromWhat =
      from === facts.settlementDate ? `bosetting ${norwegianDate(from)}` : `krav om program ${norwegianDate(from)}`;
    const isKap6a = regime === 'INTEGRERINGSLOVEN_KAP6A';
    rules.push({
      id: isKap6a ? 'C-2' : start.row.ruleId,
      text: `Programmet skal starte senest ${start.value} måneder etter ${fromWhat}: senest ${norwegianDate(latestStart)}.`,
      source: isKap6a ? `integreringsloven kap. 6A; ${start.row.source}` : start.row.source,
    });
  }

  let maxMonths: number | null = null;
  let maxMonthsWithExtension: number | null = null;
  if (right || municipalityMayOffer) {
    const d = duration(facts, regime);
    maxMonths = d.months;
    maxMonthsWithExtension = d.months + d.extension;
    rules.push(d.rule);
  }

  return {
    programme: { right, duty, municipalityMayOffer, lapsed, latestStart, maxMonths, maxMonthsWithExtension },
    rules,
  };
}

function ageRule(
  regime: Regime,
  status: AgeStatus,
  age: number,
  when: string,
  min: number,
  max: number,
  offerMax: number | null,
  source: string,
  anchorUncertain: boolean,
): RuleRef {
  const id =
    regime === 'INTRODUKSJONSLOVEN'
      ? status === 'OVER_MAY_OFFER'
        ? 'A-3'
        : 'A-2'
      : regime === 'INTEGRERINGSLOVEN'
        ? status === 'UNDER'
          ? 'B-6/7'
          : status === 'IN_RANGE'
            ? 'B-1'
            : 'B-4'
        : 'C-2';
  const notes: string[] = [];
  if (age === max) notes.push(uncertain(`«${min}–${max} år» er lest slik at ${max} år er med.`));
  if (anchorUncertain && regime !== 'INTEGRERINGSLOVEN') {
    notes.push(
      uncertain(
        regime === 'INTRODUKSJONSLOVEN'
          ? 'alderen regnes på vedtakstidspunktet.'
          : 'alderen regnes på vedtaksdatoen for tillatelsen, som i integreringsloven § 8.',
      ),
    );
  }
  let text: string;
  switch (status) {
    case 'UNDER':
      text =
        regime === 'INTRODUKSJONSLOVEN'
          ? `${age} år ${when}: under ${min} år, ingen rett ennå. Personen kan få rett når hen fyller ${min} år.`
          : `${age} år ${when}: under ${min} år. Personen faller utenfor ordningen og kan ikke «vokse inn» i retten senere.`;
      break;
    case 'IN_RANGE':
      text = `${age} år ${when}: innenfor aldersgrensen ${min}–${max} år.`;
      break;
    case 'OVER_MAY_OFFER':
      text = `${age} år ${when}: over ${max} år. Ingen rett, men kommunen kan tilby programmet${offerMax === null ? '' : ` (til og med ${offerMax} år)`}.`;
      break;
    case 'OVER':
      text = `${age} år ${when}: over ${offerMax ?? max} år. Ingen rett, og kommunen kan ikke tilby programmet.`;
      break;
  }
  return {
    id,
    text: [text, ...notes].join(' '),
    source: regime === 'INTRODUKSJONSLOVEN' && status === 'OVER_MAY_OFFER' ? 'introduksjonsloven § 3' : source,
  };
}

function basisRule(facts: CaseFacts, regime: Regime): { qualifies: boolean; rule?: RuleRef } {
  if (regime === 'INTEGRERINGSLOVEN' && facts.permitBasis === 'FAMILY_REUNIFICATION') {
    const years = caseValue('SPONSOR_RESIDENCE_LIMIT_YEARS', regime, facts);
    const settled = facts.referencePersonSettledDate;
    const applied = facts.familyApplicationDate;
    if (!settled || !applied) {
      return {
        qualifies: false,
        rule: {
          id: 'B-2',
          text: `Familiegjenforent: retten forutsetter at referansepersonen hadde bodd i en kommune i mindre enn ${years.value} år da søknaden ble fremmet. Datoen for referansepersonens bosetting eller søknaden mangler, så retten kan ikke fastslås. Kommunen kan tilby programmet.`,
          source: years.row.source,
        },
      };
    }
    const limitDate = addYears(settled, years.value);
    const qualifies = applied < limitDate;
    return {
      qualifies,
      rule: {
        id: qualifies ? 'B-2' : 'B-4',
        text: qualifies
          ? `Familiegjenforent: referansepersonen ble bosatt ${norwegianDate(settled)} og søknaden kom ${norwegianDate(applied)}, før ${years.value} år var gått (${norwegianDate(limitDate)}). Tillatelsen gir rett etter § 9.`
          : `Familiegjenforent: referansepersonen ble bosatt ${norwegianDate(settled)} og søknaden kom ${norwegianDate(applied)}, etter at ${years.value} år var gått (${norwegianDate(limitDate)}). Ingen rett, men kommunen kan tilby programmet.`,
        source: qualifies ? years.row.source : 'integreringsloven §§ 8–9',
      },
    };
  }
  if (facts.permitBasis === 'LIMITED_CHILD_FAMILY') {
    const source = regime === 'INTRODUKSJONSLOVEN' ? 'introduksjonsloven § 2' : 'integreringsloven § 9';
    return {
      qualifies: true,
      rule: {
        id: regime === 'INTRODUKSJONSLOVEN' ? 'A-2' : 'B-2',
        text: `Begrenset tillatelse etter utlendingsloven § 38 femte ledd regnes som en § 38-tillatelse som gir rett. ${uncertain('§ 38 femte ledd er ikke nevnt særskilt i regelgrunnlaget.')}`,
        source,
      },
    };
  }
  return { qualifies: true };
}

function agreementRule(regime: Regime, settledByAgreement: boolean, needed: boolean): RuleRef {
  const isA = regime === 'INTRODUKSJONSLOVEN';
  const id = isA
    ? settledByAgreement || !needed
      ? 'A-2'
      : 'A-3'
    : regime === 'INTEGRERINGSLOVEN'
      ? settledByAgreement || !needed
        ? 'B-1'
        : 'B-4'
      : 'C-2';
  const source = isA
    ? settledByAgreement || !needed
      ? 'introduksjonsloven § 2'
      : 'introduksjonsloven § 3'
    : regime === 'INTEGRERINGSLOVEN'
      ? 'integreringsloven § 8'
      : 'integreringsloven kap. 6A';
  if (settledByAgreement) return { id, text: 'Bosatt etter avtale med kommunen.', source };
  if (!needed)
    return {
      id: isA ? 'A-2' : 'B-4',
      text: 'Ikke bosatt etter avtale, men familiegjenforente og personer med tillatelse etter utlendingsloven § 53 trenger ingen avtale.',
      source,
    };
  return { id, text: 'Ikke bosatt etter avtale med kommunen: ingen rett, men kommunen kan tilby programmet.', source };
}

function residenceRule(
  regime: Regime,
  facts: CaseFacts,
  months: number,
  lapseDate: IsoDate,
  lapsed: boolean,
  ruleId: string,
  source: string,
): RuleRef {
  const id = regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-2' : ruleId;
  if (regime === 'INTEGRERINGSLOVEN_KAP6A') source = `integreringsloven kap. 6A; ${source}`;
  const decided = facts.programmeDecisionDate;
  const base = `Bosatt ${norwegianDate(facts.settlementDate)}. Vedtak om program må fattes før ${months} måneder er gått, det vil si før ${norwegianDate(lapseDate)}.`;
  if (lapsed) {
    const why = decided
      ? `Vedtaket ble fattet ${norwegianDate(decided)}.`
      : `Det er ikke fattet vedtak per ${norwegianDate(facts.asOf)}.`;
    return { id, text: `${base} ${why} Retten er falt bort, og kommunen har ingen plikt.`, source };
  }
  const status = decided ? `Vedtaket ble fattet ${norwegianDate(decided)}, i tide.` : 'Fristen er ikke passert.';
  return { id, text: `${base} ${status}`, source };
}

function conclusionRule(
  regime: Regime,
  law: string,
  right: boolean,
  duty: boolean,
  mayOffer: boolean,
  lapsed: boolean,
): RuleRef {
  const source =
    regime === 'INTRODUKSJONSLOVEN'
      ? 'introduksjonsloven §§ 2–3'
      : regime === 'INTEGRERINGSLOVEN'
        ? 'integreringsloven § 8'
        : 'integreringsloven kap. 6A';
  const id = regime === 'INTRODUKSJONSLOVEN' ? 'A-2' : regime === 'INTEGRERINGSLOVEN' ? 'B-1' : 'C-2';
  let text: string;
  if (right && duty) text = `Rett og plikt til introduksjonsprogram etter ${law}.`;
  else if (right) text = `Rett, men ikke plikt, til introduksjonsprogram etter ${law}.`;
  else if (mayOffer) text = `Ingen rett til introduksjonsprogram etter ${law}, men kommunen kan tilby det.`;
  else if (lapsed) text = `Ingen rett til introduksjonsprogram etter ${law}: fristen for vedtak er passert.`;
  else text = `Ingen rett til introduksjonsprogram etter ${law}.`;
  return { id, text, source };
}

function duration(facts: CaseFacts, regime: Regime): { months: number; extension: number; rule: RuleRef } {
  if (regime === 'INTRODUKSJONSLOVEN' || regime === 'INTEGRERINGSLOVEN_KAP6A') {
    const months = caseValue('DURATION_MONTHS', regime, facts);
    const ext = caseValue('EXTENSION_MONTHS', regime, facts);
    const text =
      regime === 'INTRODUKSJONSLOVEN'
        ? `Programmet varer inntil ${months.value} måneder pluss godkjent permisjon, og inntil ${months.value + ext.value} måneder når det er særlige grunner (økonomi regnes ikke som særlig grunn).`
        : `Programmet etter kapittel 6A har et tak på ${months.value} måneder${ext.value > 0 ? `, inntil ${ext.value} måneder forlengelse` : ', uten forlengelse'}. ${uncertain('varigheten etter kapittel 6A er ikke verifisert; taket er en parameter som kan endres.')}`;
    return {
      months: months.value,
      extension: ext.value,
      rule: { id: months.row.ruleId, text, source: months.row.source },
    };
  }
  const extensionNote = 'Forlengelse bare hvis sluttmålet da blir nåelig (§ 13 femte ledd).';
  if (facts.hasUpperSecondaryEducation) {
    const m = caseValue('DURATION_MONTHS_UPPER_SECONDARY_DONE', regime, facts);
    const e = caseValue('EXTENSION_MONTHS_UPPER_SECONDARY_DONE', regime, facts);
    return {
      months: m.value,
      extension: e.value,
      rule: {
        id: 'B-DUR-1',
        text: `Har fullført videregående opplæring eller høyere: sluttmål arbeid eller høyere utdanning, programmet varer 3–${m.value} måneder, med forlengelse inntil ${e.value} måneder. ${extensionNote}`,
        source: m.row.source,
      },
    };
  }
  const youth = caseValue('YOUTH_AGE_LIMIT', regime, facts);
  const ageAtDecision = ageOn(facts.birthDate, decisionDate(facts));
  const track = caseValue('DURATION_MONTHS_UPPER_SECONDARY_TRACK', regime, facts);
  const trackExt = caseValue('EXTENSION_MONTHS_UPPER_SECONDARY_TRACK', regime, facts);
  if (ageAtDecision < youth.value) {
    return {
      months: track.value,
      extension: trackExt.value,
      rule: {
        id: 'B-DUR-2',
        text: `Under ${youth.value} år (${ageAtDecision} år ved vedtak) uten videregående opplæring: sluttmål fullført videregående opplæring, programmet varer 3 måneder til ${track.value / 12} år, med forlengelse inntil ${trackExt.value} måneder. ${extensionNote} ${uncertain('alderen regnes på vedtakstidspunktet.')}`,
        source: youth.row.source,
      },
    };
  }
  if (facts.endGoal === 'COMPLETE_UPPER_SECONDARY') {
    return {
      months: track.value,
      extension: trackExt.value,
      rule: {
        id: 'B-DUR-3',
        text: `${youth.value} år eller eldre uten videregående opplæring, med sluttmål fullført videregående opplæring: programmet varer 3 måneder til ${track.value / 12} år, med forlengelse inntil ${trackExt.value} måneder. ${extensionNote}`,
        source: 'integreringsloven § 13',
      },
    };
  }
  const other = caseValue('DURATION_MONTHS_OTHER', regime, facts);
  const otherExt = caseValue('EXTENSION_MONTHS_OTHER', regime, facts);
  return {
    months: other.value,
    extension: otherExt.value,
    rule: {
      id: 'B-DUR-4',
      text: `Uten videregående opplæring, med sluttmål arbeid, grunnskole eller deler av videregående: programmet varer 3 måneder til ${other.value / 12} år, med forlengelse inntil ${otherExt.value} måneder. ${extensionNote}`,
      source: other.row.source,
    },
  };
}
