import type { Handover, HandoverAction, HandoverListItem, LanguageSkill, CefrLevel } from '@ankomst/contracts';
import type { HandoverDetailRow, HandoverListRow } from './handovers.repository';

import { isoDate } from '../../core/database/date-column';
const ref = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '' });
const personOf = (p: { id: string; firstName: string; lastName: string; birthDate: Date }) => ({
  id: p.id,
  firstName: p.firstName,
  lastName: p.lastName,
  birthDate: isoDate(p.birthDate),
});

export interface LevelRow {
  skill: LanguageSkill;
  level: CefrLevel;
  assessedOn: Date;
  testName: string | null;
}

export function toHandover(
  row: HandoverDetailRow,
  context: {
    names: Map<string, string>;
    levels: LevelRow[];
    allowedActions: HandoverAction[];
    editable: boolean;
    mayComment: boolean;
  },
): Handover {
  const revision = row.programme?.plan?.revisions[0];
  return {
    id: row.id,
    person: personOf(row.person),
    programmeId: row.programmeId,
    status: row.status,
    goalStatus: row.goalStatus,
    norwegianLevel: row.norwegianLevel,
    workExperience: row.workExperience,
    workPracticeResults: row.workPracticeResults,
    recommendedMeasures: row.recommendedMeasures,
    participantWishes: row.participantWishes,
    sharingBasis: row.sharingBasis,
    consentDate: row.consentDate ? isoDate(row.consentDate) : null,
    navOfficeId: row.navOfficeId,
    navOffice: row.navOffice ? { id: row.navOffice.id, name: row.navOffice.name } : null,
    endGoal: revision?.endGoal ?? row.programme?.endGoal ?? null,
    languageTargetLevel: revision?.languageTargetLevel ?? null,
    latestLevels: context.levels.map((l) => ({
      skill: l.skill,
      level: l.level,
      assessedOn: isoDate(l.assessedOn),
      testName: l.testName,
    })),
    createdBy: ref(context.names, row.createdById),
    statusChanges: row.statusChanges.map((c) => ({
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      actor: ref(context.names, c.actorId),
      occurredAt: c.occurredAt.toISOString(),
    })),
    messages: row.messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      author: ref(context.names, m.authorId),
      createdAt: m.createdAt.toISOString(),
    })),
    allowedActions: context.allowedActions,
    editable: context.editable,
    mayComment: context.mayComment,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toHandoverListItem(row: HandoverListRow, names: Map<string, string>): HandoverListItem {
  return {
    id: row.id,
    person: personOf(row.person),
    status: row.status,
    navOffice: row.navOffice,
    createdBy: ref(names, row.createdById),
    submittedAt: row.statusChanges[0]?.occurredAt.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
