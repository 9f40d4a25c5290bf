import { Injectable } from '@nestjs/common';
import type {
  AlternativeGoal,
  AlternativeGoalList,
  CreateAlternativeGoalBody,
  ProgrammeOutcomeView,
  PutProgrammeOutcomeBody,
  UpdateAlternativeGoalBody,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { ValidationError } from '../../core/errors/app-error';
import { TimelineWriter } from '../timeline/timeline.writer';
import { followUpFrom, followUpIssues } from './follow-up-rule';
import {
  AlternativeGoalNotFoundError,
  ProgrammeEndProgrammeNotFoundError,
  ProgrammeNotEndedError,
} from './programme-end.errors';
import { dbDate, toAlternativeGoal, toOutcome } from './programme-end.mapper';
import { ProgrammeEndRepository, type EndedProgrammeRow } from './programme-end.repository';
import { isoDate } from '../../core/database/date-column';

const ENDED = new Set(['COMPLETED', 'DISCONTINUED']);
const OUTCOME_FIELDS = ['endStatus', 'endGoalReached', 'followUp6Status', 'followUp12Status'];
const GOAL_FIELDS = ['kind', 'status', 'statusDate', 'narrative'];

/**
 * How a programme ended: the status at the end, whether the end goal was reached, the 6- and 12-month follow-ups
 * (each only from that many months after the end date, on the Norwegian date from the Clock), and the alternative
 * goals the report names. Consultants write; everyone who may see the person reads.
 */
@Injectable()
export class ProgrammeEndService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: ProgrammeEndRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly clock: Clock,
  ) {}

  async getOutcome(actor: Actor, programmeId: string): Promise<ProgrammeOutcomeView> {
    const programme = await this.programme(actor, programmeId);
    const outcome = await this.repo.findOutcome(actor, programmeId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'programmeEnd.getOutcome',
      entityType: 'programmeOutcome',
      entityId: outcome?.id ?? null,
      personId: programme.personId,
      fields: OUTCOME_FIELDS,
    });
    return { ...this.endFacts(programme), outcome: outcome ? toOutcome(outcome) : null };
  }

  async putOutcome(actor: Actor, programmeId: string, body: PutProgrammeOutcomeBody): Promise<ProgrammeOutcomeView> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const programme = await this.programme(actor, programmeId, tx);
      if (!ENDED.has(programme.status)) throw new ProgrammeNotEndedError(programme.status);
      const issues = followUpIssues(body, isoDate(programme.endDate), today);
      if (issues.length > 0) throw new ValidationError(issues);
      const existing = await this.repo.findOutcome(actor, programmeId, tx);
      const row = await this.repo.upsertOutcome(tx, actor, programmeId, {
        endStatus: body.endStatus,
        endGoalReached: body.endGoalReached,
        followUp6Status:
          body.followUp6Status === undefined ? (existing?.followUp6Status ?? null) : body.followUp6Status,
        followUp12Status:
          body.followUp12Status === undefined ? (existing?.followUp12Status ?? null) : body.followUp12Status,
      });
      await this.audit.record(
        actor,
        {
          action: existing ? 'UPDATE' : 'CREATE',
          operation: 'programmeEnd.putOutcome',
          entityType: 'programmeOutcome',
          entityId: row.id,
          personId: programme.personId,
          fields: Object.keys(body),
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: programme.personId,
        service: 'REFUGEE_SERVICE',
        kind: existing ? 'programmeEnd.outcomeUpdated' : 'programmeEnd.outcomeRecorded',
        params: { programmeId, endStatus: row.endStatus, endGoalReached: row.endGoalReached },
      });
      return { ...this.endFacts(programme), outcome: toOutcome(row) };
    });
  }

  async listGoals(actor: Actor, programmeId: string): Promise<AlternativeGoalList> {
    const programme = await this.programme(actor, programmeId);
    const rows = await this.repo.listGoals(actor, programmeId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'programmeEnd.listGoals',
      entityType: 'alternativeGoal',
      personId: programme.personId,
      fields: GOAL_FIELDS,
    });
    return { items: rows.map(toAlternativeGoal) };
  }

  async createGoal(actor: Actor, programmeId: string, body: CreateAlternativeGoalBody): Promise<AlternativeGoal> {
    return this.prisma.$transaction(async (tx) => {
      const programme = await this.programme(actor, programmeId, tx);
      const row = await this.repo.createGoal(tx, actor, programmeId, {
        kind: body.kind,
        status: body.status,
        statusDate: dbDate(body.statusDate),
        narrative: body.narrative || null,
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'programmeEnd.createGoal',
          entityType: 'alternativeGoal',
          entityId: row.id,
          personId: programme.personId,
          fields: Object.keys(body),
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: programme.personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programmeEnd.goalAdded',
        params: { programmeId, goalId: row.id, kind: row.kind, status: row.status },
      });
      return toAlternativeGoal(row);
    });
  }

  async updateGoal(actor: Actor, goalId: string, body: UpdateAlternativeGoalBody): Promise<AlternativeGoal> {
    return this.prisma.$transaction(async (tx) => {
      const goal = await this.repo.findGoal(actor, goalId, tx);
      if (!goal) throw new AlternativeGoalNotFoundError();
      const row = await this.repo.updateGoal(tx, goalId, {
        ...(body.status !== undefined ? { status: body.status } : {}),
        ...(body.statusDate !== undefined ? { statusDate: dbDate(body.statusDate) } : {}),
        ...(body.narrative !== undefined ? { narrative: body.narrative || null } : {}),
      });
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'programmeEnd.updateGoal',
          entityType: 'alternativeGoal',
          entityId: goalId,
          personId: goal.programme.personId,
          fields: Object.keys(body),
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: goal.programme.personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programmeEnd.goalUpdated',
        params: { programmeId: goal.programmeId, goalId, kind: row.kind, status: row.status },
      });
      return toAlternativeGoal(row);
    });
  }

  async deleteGoal(actor: Actor, goalId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const goal = await this.repo.findGoal(actor, goalId, tx);
      if (!goal) throw new AlternativeGoalNotFoundError();
      await this.repo.deleteGoal(tx, goalId);
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'programmeEnd.deleteGoal',
          entityType: 'alternativeGoal',
          entityId: goalId,
          personId: goal.programme.personId,
          fields: GOAL_FIELDS,
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: goal.programme.personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programmeEnd.goalRemoved',
        params: { programmeId: goal.programmeId, goalId, kind: goal.kind },
      });
    });
  }

  private async programme(actor: Actor, programmeId: string, tx?: Tx): Promise<EndedProgrammeRow> {
    const row = await this.repo.findProgramme(actor, programmeId, tx);
    if (!row) throw new ProgrammeEndProgrammeNotFoundError();
    return row;
  }

  private endFacts(programme: EndedProgrammeRow): Omit<ProgrammeOutcomeView, 'outcome'> {
    const endDate = isoDate(programme.endDate);
    return {
      programmeId: programme.id,
      programmeStatus: programme.status,
      endDate,
      followUp6From: followUpFrom(endDate, 'followUp6Status'),
      followUp12From: followUpFrom(endDate, 'followUp12Status'),
    };
  }
}
