import type { NirProgrammeCompleteness } from '@ankomst/contracts';
import { nirFactsRequired, type Regime } from '@ankomst/regimes';
import type { NirProgrammeRow } from './nir.repository';
import { isoDate as iso } from '../../core/database/date-column';

/** One line of the NIR export (docs/nir-export.md documents every field). Facts NIR does not take under the regime are null. */
export interface NirExportRecord {
  formatVersion: 1;
  regime: Regime;
  programmeId: string;
  personId: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  programmeDecisionDate: string | null;
  programmeStartDate: string | null;
  programmeEndDate: string | null;
  competenceMappingDate: string | null;
  careerGuidanceDate: string | null;
  endGoal: string | null;
  exitReason: string | null;
  leaves: { from: string; to: string; withBenefit: boolean }[];
  norwegianStartDate: string | null;
  norwegianEndDate: string | null;
  norwegianTargetLevel: string | null;
  norwegianHoursPresent: number;
  educationNusLevel: number | null;
  factsMissingData: string[];
  factsOverdue: string[];
}

/** `asOf`: the date the export is made for; NIR's facts in force then decide which fields are filled. */
export function exportRecord(
  p: NirProgrammeRow,
  c: NirProgrammeCompleteness,
  norwegianHours: number,
  asOf: string,
): NirExportRecord {
  const regime = c.regime as Regime;
  const takes = new Set(nirFactsRequired(regime, asOf));
  const revision = p.plan?.revisions[0];
  const enrolments = p.person.enrolments;
  const lastEnd =
    enrolments.length > 0 && enrolments.every((e) => e.toDate)
      ? iso(enrolments.map((e) => e.toDate!).sort((a, b) => +b - +a)[0])
      : null;
  return {
    formatVersion: 1,
    regime,
    programmeId: p.id,
    personId: p.personId,
    lastName: p.person.lastName,
    firstName: p.person.firstName,
    birthDate: iso(p.person.birthDate)!,
    programmeDecisionDate: iso(p.decisionDate),
    programmeStartDate: iso(p.startDate),
    programmeEndDate: iso(p.endDate),
    competenceMappingDate: takes.has('COMPETENCE_MAPPING') ? iso(p.competenceMappingDate) : null,
    careerGuidanceDate: takes.has('CAREER_GUIDANCE') ? iso(p.careerGuidanceDate) : null,
    endGoal: takes.has('END_GOAL') ? (revision?.endGoal ?? p.endGoal ?? null) : null,
    exitReason: p.outcome?.endStatus ?? null,
    leaves: p.leaves.map((l) => ({ from: iso(l.fromDate)!, to: iso(l.toDate)!, withBenefit: l.withBenefit })),
    norwegianStartDate: iso(enrolments[0]?.fromDate),
    norwegianEndDate: lastEnd,
    norwegianTargetLevel: takes.has('NORWEGIAN_TARGET_LEVEL') ? (revision?.languageTargetLevel ?? null) : null,
    norwegianHoursPresent: Math.round(norwegianHours * 100) / 100,
    educationNusLevel: takes.has('EDUCATION_BACKGROUND') ? p.person.nusLevel : null,
    factsMissingData: c.facts.filter((f) => f.status === 'MISSING_DATA').map((f) => f.key),
    factsOverdue: c.facts.filter((f) => f.status === 'OVERDUE').map((f) => f.key),
  };
}

export const NIR_CSV_COLUMNS = [
  'regime',
  'programmeId',
  'personId',
  'lastName',
  'firstName',
  'birthDate',
  'programmeDecisionDate',
  'programmeStartDate',
  'programmeEndDate',
  'competenceMappingDate',
  'careerGuidanceDate',
  'endGoal',
  'exitReason',
  'leaves',
  'norwegianStartDate',
  'norwegianEndDate',
  'norwegianTargetLevel',
  'norwegianHoursPresent',
  'educationNusLevel',
  'factsMissingData',
  'factsOverdue',
] as const satisfies readonly (keyof NirExportRecord)[];

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value)) {
    text = value
      .map((v) =>
        typeof v === 'object'
          ? `${(v as { from: string }).from}/${(v as { to: string }).to}${(v as { withBenefit: boolean }).withBenefit ? ' med stønad' : ''}`
          : String(v),
      )
      .join('|');
  } else if (typeof value === 'number') text = String(value).replace('.', ',');
  else text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function nirCsv(records: readonly NirExportRecord[]): Buffer {
  const lines = [
    NIR_CSV_COLUMNS.join(';'),
    ...records.map((r) => NIR_CSV_COLUMNS.map((c) => csvField(r[c])).join(';')),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export function nirJsonLines(records: readonly NirExportRecord[]): Buffer {
  return Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''), 'utf8');
}
