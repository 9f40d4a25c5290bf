import type { PlanElementKind, PlanWarning } from '@ankomst/contracts';
import { findParameter, type Evaluation, type IsoDate, type Regime } from '@ankomst/regimes';

/** Full time with self-study (B-14; introduksjonsloven § 4): 30 hours a week instead of 37.5. */
export const SELF_STUDY_HOURS_PER_WEEK = 30;

const LABEL: Record<PlanElementKind, string> = {
  NORWEGIAN: 'norskopplæring',
  SOCIAL_STUDIES: 'samfunnskunnskap',
  LIFE_SKILLS: 'livsmestring',
  PARENTAL_GUIDANCE: 'foreldreveiledning',
  WORK_PRACTICE: 'arbeidsrettede tiltak',
  EDUCATION: 'utdanning',
  OTHER: 'annet',
};

interface Mandatory {
  /** Any one of these kinds meets the requirement. */
  kinds: PlanElementKind[];
  rule: { id: string; text: string; source: string };
}

/** The content the law makes mandatory under each regime (A-4, B-15, B-16, C-6). */
export function mandatoryElements(
  regime: Regime,
  evaluation: Pick<Evaluation, 'parentalGuidanceRequired'>,
): Mandatory[] {
  const guidance: Mandatory[] = evaluation.parentalGuidanceRequired
    ? [
        {
          kinds: ['PARENTAL_GUIDANCE'],
          rule: {
            id: regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'C-6' : 'B-16',
            text: 'Deltakeren har barn under 18 år: foreldreveiledning er obligatorisk (8–12 gruppemøter eller 5–8 individuelle møter).',
            source:
              regime === 'INTEGRERINGSLOVEN_KAP6A'
                ? 'integreringsloven kap. 6A'
                : 'integreringsloven § 13; integreringsforskriften',
          },
        },
      ]
    : [];
  const workOrEducation = (id: string, source: string): Mandatory => ({
    kinds: ['WORK_PRACTICE', 'EDUCATION'],
    rule: { id, text: 'Programmet skal ha arbeids- eller utdanningsrettede elementer.', source },
  });
  switch (regime) {
    case 'INTRODUKSJONSLOVEN':
      return [
        {
          kinds: ['NORWEGIAN'],
          rule: { id: 'A-4', text: 'Programmet skal ha opplæring i norsk.', source: 'introduksjonsloven § 4' },
        },
        {
          kinds: ['SOCIAL_STUDIES'],
          rule: { id: 'A-4', text: 'Programmet skal ha samfunnskunnskap.', source: 'introduksjonsloven § 4' },
        },
        workOrEducation('A-4', 'introduksjonsloven § 4'),
      ];
    case 'INTEGRERINGSLOVEN':
      return [
        {
          kinds: ['NORWEGIAN'],
          rule: { id: 'B-15', text: 'Programmet skal ha opplæring i norsk.', source: 'integreringsloven § 13' },
        },
        {
          kinds: ['SOCIAL_STUDIES'],
          rule: { id: 'B-15', text: 'Programmet skal ha samfunnskunnskap.', source: 'integreringsloven § 13' },
        },
        {
          kinds: ['LIFE_SKILLS'],
          rule: { id: 'B-15', text: 'Programmet skal ha livsmestring.', source: 'integreringsloven § 13' },
        },
        workOrEducation('B-15', 'integreringsloven § 13'),
        ...guidance,
      ];
    case 'INTEGRERINGSLOVEN_KAP6A':
      return [
        {
          kinds: ['NORWEGIAN'],
          rule: {
            id: 'C-6',
            text: 'Programmet etter kapittel 6A skal ha et språktilbud (norsk, eventuelt engelsk).',
            source: 'integreringsloven kap. 6A',
          },
        },
        workOrEducation('C-6', 'integreringsloven kap. 6A'),
        ...guidance,
      ];
  }
}

/**
 * What a consultant should look at in a plan revision: total weekly hours below full time (37.5 h, or 30 h with
 * self-study; scaled by the participation percentage for part-time programmes) and mandatory content missing.
 * The revision is saved anyway: these are warnings, not errors.
 */
export function planWarnings(input: {
  regime: Regime;
  evaluation: Pick<Evaluation, 'parentalGuidanceRequired'>;
  elements: ReadonlyArray<{ kind: PlanElementKind; hoursPerWeek: number }>;
  includesSelfStudy: boolean;
  participationPercent: number;
  validFrom: IsoDate;
}): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const total = input.elements.reduce((sum, e) => sum + e.hoursPerWeek, 0);
  const row = findParameter('HOURS_PER_WEEK', input.regime, input.validFrom);
  const fullTime = typeof row?.value === 'number' ? row.value : 37.5;
  const base = input.includesSelfStudy ? SELF_STUDY_HOURS_PER_WEEK : fullTime;
  const required = Math.round(base * input.participationPercent) / 100;
  if (total < required) {
    warnings.push({
      code: 'PLAN_HOURS_BELOW_FULL_TIME',
      message: `The plan has ${total} hours a week; full time is ${required} hours${input.includesSelfStudy ? ' with self-study' : ''}${input.participationPercent < 100 ? ` at ${input.participationPercent} %` : ''}`,
      totalHoursPerWeek: total,
      requiredHoursPerWeek: required,
      rule: {
        id: row?.ruleId ?? 'B-14',
        text: `Programmet er på heltid: ${String(fullTime).replace('.', ',')} timer i uken, eller ${SELF_STUDY_HOURS_PER_WEEK} timer med selvstudium. Planen har ${String(total).replace('.', ',')} timer.`,
        source: row?.source ?? 'integreringsloven § 13',
      },
    });
  }
  const present = new Set(input.elements.filter((e) => e.hoursPerWeek > 0).map((e) => e.kind));
  for (const m of mandatoryElements(input.regime, input.evaluation)) {
    if (m.kinds.some((k) => present.has(k))) continue;
    warnings.push({
      code: 'PLAN_MISSING_MANDATORY_ELEMENT',
      message: `The plan has no ${m.kinds.map((k) => LABEL[k]).join(' or ')} (mandatory, ${m.rule.id})`,
      kinds: m.kinds,
      rule: m.rule,
    });
  }
  return warnings;
}
