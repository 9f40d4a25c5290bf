import type { Assessment, ClassSummary, Learner } from '@ankomst/contracts';
import type { CefrLevel } from '../../generated/prisma/enums';
import { norwegianDeadline, regimeOf, storedNorwegianTraining } from './education-entitlement';
import type { ClassRow, LearnerRow } from './education.repository';
import { isoDate as iso } from '../../core/database/date-column';

export function toClassSummary(row: ClassRow): ClassSummary {
  return {
    id: row.id,
    courseId: row.course.id,
    courseName: row.course.name,
    courseKind: row.course.kind,
    languageTrack: row.course.languageTrack,
    name: row.name,
    startDate: iso(row.startDate),
    endDate: row.endDate ? iso(row.endDate) : null,
    hoursPerDay: Number(row.hoursPerDay),
    teachers: row.teachers
      .map((t) => ({ id: t.user.id, name: t.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    enrolledCount: row._count.enrolments,
  };
}

export interface AssessmentRow {
  id: string;
  personId: string;
  skill: Assessment['skill'];
  level: CefrLevel;
  assessedOn: Date;
  testName: string | null;
}

export const toAssessment = (a: AssessmentRow): Assessment => ({
  id: a.id,
  skill: a.skill,
  level: a.level,
  assessedOn: iso(a.assessedOn),
  testName: a.testName,
});

/** Newest assessment per skill, from rows sorted newest first. */
export function latestPerSkill(rows: AssessmentRow[]): Assessment[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.skill) ? false : (seen.add(r.skill), true))).map(toAssessment);
}

/** A learner as adult education sees them: built field by field, so nothing else can slip through. */
export function toLearner(row: LearnerRow, hoursCompleted: number, assessments: AssessmentRow[]): Learner {
  const programme = row.person.programmes[0];
  const training = storedNorwegianTraining(programme);
  return {
    enrolmentId: row.id,
    classId: row.classId,
    person: {
      id: row.person.id,
      firstName: row.person.firstName,
      lastName: row.person.lastName,
      birthDate: iso(row.person.birthDate),
      languages: row.person.languages,
      interpreterNeeded: row.person.interpreterNeeded,
      interpreterLanguage: row.person.interpreterLanguage,
      nusLevel: row.person.nusLevel,
    },
    regime: regimeOf(programme),
    norwegianTraining: training
      ? { right: training.right, duty: training.duty, deadline: norwegianDeadline(programme) }
      : null,
    targetLevel: programme?.plan?.revisions[0]?.languageTargetLevel ?? null,
    fromDate: iso(row.fromDate),
    toDate: row.toDate ? iso(row.toDate) : null,
    entitledHours: row.entitledHours,
    hoursCompleted,
    socialStudiesCompletedDate: row.socialStudiesCompletedDate ? iso(row.socialStudiesCompletedDate) : null,
    latestLevels: latestPerSkill(assessments.filter((a) => a.personId === row.personId)),
  };
}
