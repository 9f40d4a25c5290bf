import { Injectable } from '@nestjs/common';
import {
  programmeStatusEvent,
  can,
  PROGRAMME_STATUS_TRANSITIONS,
  ProgrammeErrorCode,
  type ConsultantCandidateList,
  type ChangeProgrammeStatusBody,
  type CreateExtensionBody,
  type CreateLeaveBody,
  type CreateProgrammeBody,
  type OverrideRegimeBody,
  type Programme,
  type ProgrammeList,
  type ProgrammeStatus,
  type UpdateProgrammeBody,
} from '@ankomst/contracts';
import { evaluate, programmeDeadlines, type Evaluation, type IsoDate } from '@ankomst/regimes';
import type { Prisma } from '../../generated/prisma/client';
import { hasRole, type Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { ConflictError, StaleVersionError, ValidationError } from '../../core/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import { Clock } from '../../core/clock/clock';
import { buildCaseFacts, type PersonFactsForProgramme, type ProgrammeFactsInput } from './programme-facts';
import {
  ProgrammeClosedError,
  ProgrammeFactsMissingError,
  ProgrammeNotFoundError,
  ProgrammePersonNotFoundError,
  ProgrammeReassignOnlyError,
} from './programmes.errors';
import {
  dbDate,
  deadlineFacts,
  evaluationJson,
  storedEvaluation,
  toProgramme,
  type StoredEvaluation,
} from './programmes.mapper';
import { isoDate } from '../../core/database/date-column';
import { ProgrammesRepository, type PersonFactsRow, type ProgrammeRow } from './programmes.repository';
import { deductionsApplyByDefault } from './regime-in-force';

/** Field names recorded when someone reads a programme (never values). */
const READ_FIELDS = ['regime', 'evaluation', 'status', 'dates', 'endGoal', 'extensions', 'leaves', 'deadlines'];
const CLOSED: readonly ProgrammeStatus[] = ['COMPLETED', 'DISCONTINUED'];

export function personFacts(person: PersonFactsRow): PersonFactsForProgramme {
  return {
    birthDate: isoDate(person.birthDate),
    permitBasis: person.permitBasis,
    permitGrantedDate: isoDate(person.permitGrantedDate),
    arrivalDate: isoDate(person.arrivalDate),
    settlementDate: isoDate(person.settlementDate),
    settledByAgreement: person.settledByAgreement,
    nusLevel: person.nusLevel,
    referencePersonSettledDate: isoDate(person.referencePersonSettledDate),
    familyApplicationDate: isoDate(person.familyApplicationDate),
    childrenBirthDates: person.memberships.flatMap((m) => m.household.members.map((c) => isoDate(c.person.birthDate))),
  };
}

/**
 * An adult's introduction programme. Every write re-runs the rules engine on today's date (from the Clock) with
 * the person's and programme's current facts, stores the derivation log, the planned end and the nearest unmet
 * deadline, and checks the version the caller loaded.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly programmes: ProgrammesRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async listForPerson(actor: Actor, personId: string): Promise<ProgrammeList> {
    const person = await this.programmes.findPerson(actor, personId);
    if (!person) throw new ProgrammePersonNotFoundError();
    const rows = await this.programmes.listForPerson(actor, personId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'programmes.listForPerson',
      entityType: 'programme',
      personId,
      fields: READ_FIELDS,
    });
    const today = this.clock.today();
    return { items: rows.map((r) => toProgramme(r, today)) };
  }

  async get(actor: Actor, programmeId: string): Promise<Programme> {
    const row = await this.programmes.find(actor, programmeId);
    if (!row) throw new ProgrammeNotFoundError();
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'programmes.get',
      entityType: 'programme',
      entityId: row.id,
      personId: row.personId,
      fields: READ_FIELDS,
    });
    return toProgramme(row, this.clock.today());
  }

  async create(actor: Actor, personId: string, input: CreateProgrammeBody): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const found = await this.programmes.findPerson(actor, personId, tx);
      if (!found) throw new ProgrammePersonNotFoundError();
      await this.programmes.lockPerson(tx, actor.municipalityId, personId);
      if (await this.programmes.findOpenForPerson(tx, actor.municipalityId, personId)) {
        throw new ConflictError(
          ProgrammeErrorCode.ALREADY_OPEN,
          'The person already has an open programme (planned, active or on leave); complete or discontinue it first',
        );
      }
      const consultantId = input.consultantId ?? (hasRole(actor, 'CONSULTANT') ? actor.userId : null);
      if (input.consultantId) await this.checkConsultant(actor, input.consultantId, tx);
      const person = await this.applySettledByAgreement(tx, actor, found, input.settledByAgreement);
      const inputs: ProgrammeFactsInput = {
        claimDate: input.claimDate ?? null,
        endGoal: input.endGoal ?? null,
        livesWithParents: input.livesWithParents ?? false,
        childlessCoupleBothParticipating: input.childlessCoupleBothParticipating ?? false,
        decisionDate: input.decisionDate ?? null,
        regimeOverride: null,
      };
      const derived = derive(person, inputs, { startDate: input.startDate ?? null, plannedEndChosen: null }, today);
      const { id } = await this.programmes.create(tx, {
        municipalityId: actor.municipalityId,
        personId,
        status: 'PLANNED',
        claimDate: dbDate(inputs.claimDate),
        endGoal: inputs.endGoal,
        livesWithParents: inputs.livesWithParents,
        childlessCoupleBothParticipating: inputs.childlessCoupleBothParticipating,
        decisionDate: dbDate(inputs.decisionDate),
        competenceMappingDate: dbDate(input.competenceMappingDate),
        careerGuidanceDate: dbDate(input.careerGuidanceDate),
        startDate: dbDate(input.startDate),
        participationPercent: input.participationPercent ?? 100,
        deductionsApply: deductionsApplyByDefault(derived.evaluation.result.regime),
        consultantId,
        ...derived.data,
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'programmes.create',
          entityType: 'programme',
          entityId: id,
          personId,
          fields: [...Object.keys(input), 'derivedRegime', 'evaluation'],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programme.created',
        params: { programmeId: id, regime: derived.evaluation.result.regime },
      });
      return this.load(tx, actor, id, today);
    });
  }

  /**
   * Changes programme facts and dates and re-evaluates; or, with `consultantId` alone, moves the programme to another
   * consultant (no re-evaluation: no fact changed). Actors with programmes.reassign but not programmes.write
   * (managers) may send only the consultant.
   */
  async update(actor: Actor, programmeId: string, input: UpdateProgrammeBody): Promise<Programme> {
    const today = this.clock.today();
    const { version, settledByAgreement, plannedEndDate, ...changes } = input;
    const fields = Object.keys(input).filter((k) => k !== 'version');
    const reassignOnly = fields.length === 1 && fields[0] === 'consultantId';
    if (!reassignOnly && !can(actor.roles, 'programmes.write')) throw new ProgrammeReassignOnlyError(fields);
    return this.prisma.$transaction(async (tx) => {
      const row = await this.openProgramme(tx, actor, programmeId);
      const consultant = changes.consultantId ? await this.checkConsultant(actor, changes.consultantId, tx) : null;
      const data: Prisma.ProgrammeUncheckedUpdateManyInput = {};
      for (const field of [
        'claimDate',
        'competenceMappingDate',
        'careerGuidanceDate',
        'decisionDate',
        'startDate',
      ] as const) {
        if (changes[field] !== undefined) data[field] = dbDate(changes[field]);
      }
      if (changes.endGoal !== undefined) data.endGoal = changes.endGoal;
      if (changes.livesWithParents !== undefined) data.livesWithParents = changes.livesWithParents;
      if (changes.childlessCoupleBothParticipating !== undefined)
        data.childlessCoupleBothParticipating = changes.childlessCoupleBothParticipating;
      if (changes.participationPercent !== undefined) data.participationPercent = changes.participationPercent;
      if (changes.consultantId !== undefined) data.consultantId = changes.consultantId;
      const startDate = changes.startDate !== undefined ? changes.startDate : isoDate(row.startDate);
      const decisionDate = changes.decisionDate !== undefined ? changes.decisionDate : isoDate(row.decisionDate);
      if (startDate && decisionDate && startDate < decisionDate) {
        throw new ValidationError([
          { path: 'startDate', code: 'too_small', message: 'The start cannot be before the decision' },
        ]);
      }
      if (row.status !== 'PLANNED' && changes.startDate === null) {
        throw new ValidationError([
          { path: 'startDate', code: 'invalid', message: 'A programme that has started keeps its start date' },
        ]);
      }
      await this.bumpVersion(tx, actor, row, version, data);
      if (!reassignOnly) {
        const person = await this.personOf(tx, actor, row);
        await this.applySettledByAgreement(tx, actor, person, settledByAgreement);
        const chosen = plannedEndDate !== undefined ? plannedEndDate : storedEvaluation(row).plannedEndChosen;
        if (plannedEndDate && startDate && plannedEndDate < startDate) {
          throw new ValidationError([
            { path: 'plannedEndDate', code: 'too_small', message: 'The planned end cannot be before the start' },
          ]);
        }
        await this.refresh(tx, actor, programmeId, today, {
          plannedEndChosen: chosen,
          beyondMax: plannedEndDate !== undefined && plannedEndDate !== null ? 'reject' : 'keep',
        });
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'programmes.update',
          entityType: 'programme',
          entityId: programmeId,
          personId: row.personId,
          fields,
        },
        tx,
      );
      if (changes.decisionDate && changes.decisionDate !== isoDate(row.decisionDate)) {
        await this.timeline.record(tx, actor, {
          personId: row.personId,
          service: 'REFUGEE_SERVICE',
          kind: 'programme.decided',
          params: { programmeId, decisionDate: changes.decisionDate },
        });
      }
      if (changes.endGoal !== undefined && changes.endGoal !== row.endGoal) {
        await this.timeline.record(tx, actor, {
          personId: row.personId,
          service: 'REFUGEE_SERVICE',
          kind: 'programme.endGoalChanged',
          params: { programmeId, endGoal: changes.endGoal },
        });
      }
      if (changes.consultantId !== undefined && changes.consultantId !== row.consultantId) {
        await this.recordConsultantChange(tx, actor, row, consultant);
      }
      return this.load(tx, actor, programmeId, today);
    });
  }

  /** The consultants the programme can be moved to (the "Bytt programrådgiver" dialog); audited like the person's. */
  async consultantCandidates(actor: Actor, programmeId: string): Promise<ConsultantCandidateList> {
    const row = await this.programmes.find(actor, programmeId);
    if (!row) throw new ProgrammeNotFoundError();
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'programmes.consultantCandidates',
      entityType: 'programme',
      entityId: row.id,
      personId: row.personId,
      fields: ['consultant'],
    });
    return { items: await this.programmes.listConsultants(actor.municipalityId) };
  }

  /** Re-runs the engine on today's date, e.g. after the person's permit or settlement facts were corrected. */
  async reevaluate(actor: Actor, programmeId: string, version: number): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const row = await this.openProgramme(tx, actor, programmeId);
      await this.bumpVersion(tx, actor, row, version, {});
      await this.refreshKeepingPlannedEnd(tx, actor, row, today);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'programmes.reevaluate',
          entityType: 'programme',
          entityId: programmeId,
          personId: row.personId,
          fields: ['derivedRegime', 'evaluation'],
        },
        tx,
      );
      return this.load(tx, actor, programmeId, today);
    });
  }

  /**
   * After a write that changed facts the engine reads (the person's, or a child's in their household), re-derives
   * the open programmes resting on them through `refresh`, in the caller's transaction: each gets a new version and
   * an audit event, and a timeline line when a conclusion changed. When a fact the engine needs is now missing, the
   * write still stands: the previous conclusions stay, marked `notUpdated` with the missing fields. Any other
   * failure rolls the whole write back.
   */
  async followPersonFacts(tx: Tx, actor: Actor, personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    const today = this.clock.today();
    for (const row of await this.programmes.listOpenResting(tx, actor, personIds)) {
      await this.bumpVersion(tx, actor, row, row.version, {});
      let fields = ['derivedRegime', 'evaluation', 'plannedEndDate', 'nextDeadline'];
      try {
        await this.refreshKeepingPlannedEnd(tx, actor, row, today);
      } catch (error) {
        if (!(error instanceof ProgrammeFactsMissingError)) throw error;
        const missing = (error.issues ?? []).map((i) => i.path.replace(/^person\./, ''));
        const kept = { ...storedEvaluation(row), notUpdated: { on: today, missing } };
        await this.programmes.updateDerived(tx, actor.municipalityId, row.id, {
          evaluation: evaluationJson(kept) as Prisma.InputJsonValue,
        });
        fields = ['evaluation'];
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'programmes.followPersonFacts',
          entityType: 'programme',
          entityId: row.id,
          personId: row.personId,
          fields,
        },
        tx,
      );
      const after = await this.programmes.find(actor, row.id, tx);
      if (after && conclusionsChanged(row, after)) {
        const regime = storedEvaluation(after).result.regime;
        const regimeChanged = regime !== storedEvaluation(row).result.regime;
        await this.timeline.record(tx, actor, {
          personId: row.personId,
          service: 'REFUGEE_SERVICE',
          kind: regimeChanged ? 'programme.regimeFollowedFacts' : 'programme.conclusionsFollowedFacts',
          params: { programmeId: row.id, regime },
        });
      }
    }
  }

  /**
   * Sets or removes the consultant's override of the derived regime and re-runs the engine under the regime now in
   * force, so the conclusions, planned end, next deadline and the chapter 6A deductions default follow it; all in
   * one transaction with the audit event.
   */
  async overrideRegime(actor: Actor, programmeId: string, input: OverrideRegimeBody): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const row = await this.openProgramme(tx, actor, programmeId);
      if (input.regime === row.derivedRegime) {
        throw new ValidationError([
          {
            path: 'regime',
            code: 'invalid',
            message: 'This is the regime the rules engine derived; send null to remove the override',
          },
        ]);
      }
      // The chapter 6A deductions flag (C-9) is not edited anywhere else: it follows the regime in force.
      const deductionsApply = deductionsApplyByDefault(input.regime ?? row.derivedRegime);
      const deductionsChange = deductionsApply !== row.deductionsApply;
      await this.bumpVersion(tx, actor, row, input.version, {
        regimeOverride: input.regime,
        regimeOverrideReason: input.regime ? input.reason : null,
        ...(deductionsChange ? { deductionsApply } : {}),
      });
      // A planned end chosen under the old regime stays only while the new regime's maximum allows it.
      await this.refresh(tx, actor, programmeId, today, {
        plannedEndChosen: storedEvaluation(row).plannedEndChosen,
        beyondMax: 'drop',
      });
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: input.regime ? 'programmes.overrideRegime' : 'programmes.removeRegimeOverride',
          entityType: 'programme',
          entityId: programmeId,
          personId: row.personId,
          fields: [
            'regimeOverride',
            'regimeOverrideReason',
            'evaluation',
            'plannedEndDate',
            'nextDeadline',
            ...(deductionsChange ? ['deductionsApply'] : []),
          ],
          reason: input.reason,
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: 'REFUGEE_SERVICE',
        kind: input.regime ? 'programme.regimeOverridden' : 'programme.regimeOverrideRemoved',
        params: { programmeId, regime: input.regime ?? row.derivedRegime, derivedRegime: row.derivedRegime },
      });
      return this.load(tx, actor, programmeId, today);
    });
  }

  async addExtension(actor: Actor, programmeId: string, input: CreateExtensionBody): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const row = await this.openProgramme(tx, actor, programmeId);
      const person = await this.personOf(tx, actor, row);
      const current = derive(
        person,
        factsInputOf(row),
        { startDate: isoDate(row.startDate), plannedEndChosen: null, row },
        today,
      ).evaluation.result;
      const { maxMonths, maxMonthsWithExtension } = current.programme;
      const granted = row.extensions.reduce((sum, e) => sum + e.months, 0);
      const limit = maxMonthsWithExtension ?? 0;
      if (maxMonths === null || maxMonths + granted + input.months > limit) {
        const rule = current.rules.find((r) => /^(A-5|B-DUR-\d|C-7)$/.test(r.id));
        const total = (maxMonths ?? 0) + granted + input.months;
        throw new ConflictError(
          ProgrammeErrorCode.EXTENSION_LIMIT,
          maxMonths === null
            ? 'The programme has no maximum length to extend: the person has neither a right nor an offer'
            : `An extension of ${input.months} months would make the programme ${total} months; the limit is ${limit} months including extensions` +
                ` (${maxMonths} + at most ${limit - maxMonths}; ${Math.max(0, limit - maxMonths - granted)} months left)${rule ? ` under ${rule.source} (${rule.id})` : ''}`,
        );
      }
      await this.bumpVersion(tx, actor, row, input.version, {});
      const extension = await this.programmes.addExtension(tx, {
        municipalityId: actor.municipalityId,
        programmeId,
        months: input.months,
        decisionDate: dbDate(input.decisionDate),
        reason: input.reason,
      });
      // An extension sets a new end: a shorter planned end chosen earlier no longer applies.
      await this.refresh(tx, actor, programmeId, today, { plannedEndChosen: null, beyondMax: 'keep' });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'programmes.addExtension',
          entityType: 'programmeExtension',
          entityId: extension.id,
          personId: row.personId,
          fields: ['months', 'decisionDate', 'reason'],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programme.extended',
        params: { programmeId, months: input.months, decisionDate: input.decisionDate },
      });
      return this.load(tx, actor, programmeId, today);
    });
  }

  async addLeave(actor: Actor, programmeId: string, input: CreateLeaveBody): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const row = await this.openProgramme(tx, actor, programmeId);
      const start = isoDate(row.startDate);
      if (!start)
        throw new ConflictError(
          ProgrammeErrorCode.START_MISSING,
          'Leave can be recorded once the programme has a start date',
        );
      if (input.fromDate < start)
        throw new ValidationError([
          { path: 'fromDate', code: 'too_small', message: `Leave cannot begin before the programme start (${start})` },
        ]);
      const overlap = row.leaves.find(
        (l) => isoDate(l.fromDate) <= input.toDate && input.fromDate <= isoDate(l.toDate),
      );
      if (overlap) {
        throw new ConflictError(
          ProgrammeErrorCode.LEAVE_OVERLAP,
          `The leave overlaps the leave from ${isoDate(overlap.fromDate)} to ${isoDate(overlap.toDate)}`,
        );
      }
      await this.bumpVersion(tx, actor, row, input.version, {});
      const leave = await this.programmes.addLeave(tx, {
        municipalityId: actor.municipalityId,
        programmeId,
        fromDate: dbDate(input.fromDate),
        toDate: dbDate(input.toDate),
        withBenefit: input.withBenefit,
        reason: input.reason,
      });
      await this.refreshKeepingPlannedEnd(tx, actor, row, today);
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'programmes.addLeave',
          entityType: 'programmeLeave',
          entityId: leave.id,
          personId: row.personId,
          fields: ['fromDate', 'toDate', 'withBenefit', 'reason'],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: 'REFUGEE_SERVICE',
        kind: 'programme.leaveRecorded',
        params: { programmeId, fromDate: input.fromDate, toDate: input.toDate, withBenefit: input.withBenefit },
      });
      return this.load(tx, actor, programmeId, today);
    });
  }

  async changeStatus(actor: Actor, programmeId: string, input: ChangeProgrammeStatusBody): Promise<Programme> {
    const today = this.clock.today();
    return this.prisma.$transaction(async (tx) => {
      const row = await this.programmes.find(actor, programmeId, tx);
      if (!row) throw new ProgrammeNotFoundError();
      const allowed = PROGRAMME_STATUS_TRANSITIONS[row.status];
      if (!allowed.includes(input.status)) {
        throw new ConflictError(
          ProgrammeErrorCode.INVALID_TRANSITION,
          `A programme cannot go from ${row.status} to ${input.status}${allowed.length > 0 ? `; from ${row.status} it can go to ${allowed.join(', ')}` : `; ${row.status} is final`}`,
        );
      }
      const data: Prisma.ProgrammeUncheckedUpdateManyInput = { status: input.status };
      const decision = isoDate(row.decisionDate);
      const start = isoDate(row.startDate);
      if (row.status === 'PLANNED' && input.status === 'ACTIVE') {
        if (!decision)
          throw new ConflictError(
            ProgrammeErrorCode.DECISION_MISSING,
            'Record the programme decision date before the programme starts',
          );
        if (input.date < decision)
          throw new ValidationError([
            { path: 'date', code: 'too_small', message: `The start cannot be before the decision (${decision})` },
          ]);
        data.startDate = dbDate(input.date);
      }
      if (input.status === 'COMPLETED' || input.status === 'DISCONTINUED') {
        if (start && input.date < start)
          throw new ValidationError([
            { path: 'date', code: 'too_small', message: `The end cannot be before the start (${start})` },
          ]);
        data.endDate = dbDate(input.date);
      }
      await this.bumpVersion(tx, actor, row, input.version, data);
      await this.refreshKeepingPlannedEnd(tx, actor, row, today);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'programmes.changeStatus',
          entityType: 'programme',
          entityId: programmeId,
          personId: row.personId,
          fields: Object.keys(data),
          reason: input.reason ?? null,
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: 'REFUGEE_SERVICE',
        kind: programmeStatusEvent(row.status, input.status),
        params: { programmeId, date: input.date },
      });
      return this.load(tx, actor, programmeId, today);
    });
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  private async openProgramme(tx: Tx, actor: Actor, programmeId: string): Promise<ProgrammeRow> {
    const row = await this.programmes.find(actor, programmeId, tx);
    if (!row) throw new ProgrammeNotFoundError();
    if (CLOSED.includes(row.status)) throw new ProgrammeClosedError(row.status);
    return row;
  }

  private async personOf(tx: Tx, actor: Actor, row: ProgrammeRow): Promise<PersonFactsRow> {
    const person = await this.programmes.findPerson(actor, row.personId, tx);
    if (!person) throw new ProgrammeNotFoundError();
    return person;
  }

  private async bumpVersion(
    tx: Tx,
    actor: Actor,
    row: ProgrammeRow,
    version: number,
    data: Prisma.ProgrammeUncheckedUpdateManyInput,
  ): Promise<void> {
    const ok = await this.programmes.updateVersioned(tx, actor.municipalityId, row.id, version, data);
    if (!ok) throw new StaleVersionError(`The programme ${row.id}`, row.version);
  }

  /** The chosen consultant (id and name), or 400 naming `consultantId` when not an active consultant here. */
  private async checkConsultant(actor: Actor, consultantId: string, tx: Tx): Promise<{ id: string; name: string }> {
    const consultant = await this.programmes.findConsultant(actor.municipalityId, consultantId, tx);
    if (!consultant) {
      throw new ValidationError([
        {
          path: 'consultantId',
          code: ProgrammeErrorCode.CONSULTANT_INVALID,
          message: 'Choose an active consultant of the municipality',
        },
      ]);
    }
    return consultant;
  }

  /**
   * A new consultant: a timeline line naming them ("Programrådgiver endret til …"), and a notification in their
   * inbox unless they made the change themselves.
   */
  private async recordConsultantChange(
    tx: Tx,
    actor: Actor,
    row: ProgrammeRow,
    consultant: { id: string; name: string } | null,
  ): Promise<void> {
    await this.timeline.record(tx, actor, {
      personId: row.personId,
      service: 'REFUGEE_SERVICE',
      kind: consultant ? 'programme.consultantChanged' : 'programme.consultantRemoved',
      params: { programmeId: row.id, consultantName: consultant?.name ?? null },
    });
    if (consultant && consultant.id !== actor.userId) {
      await this.notifications.notify(tx, {
        municipalityId: actor.municipalityId,
        userId: consultant.id,
        kind: 'programme.consultantAssigned',
        params: { assignedByName: actor.name },
        personId: row.personId,
        link: `/deltakere/${row.personId}`,
      });
    }
  }

  private async applySettledByAgreement(
    tx: Tx,
    actor: Actor,
    person: PersonFactsRow,
    value: boolean | undefined,
  ): Promise<PersonFactsRow> {
    if (value === undefined || value === person.settledByAgreement) return person;
    await this.programmes.setSettledByAgreement(tx, actor.municipalityId, person.id, value);
    await this.audit.record(
      actor,
      {
        action: 'UPDATE',
        operation: 'programmes.settledByAgreement',
        entityType: 'person',
        entityId: person.id,
        personId: person.id,
        fields: ['settledByAgreement'],
      },
      tx,
    );
    return { ...person, settledByAgreement: value };
  }

  /** Re-runs the engine after a change that leaves the chosen planned end as it was. */
  private refreshKeepingPlannedEnd(tx: Tx, actor: Actor, row: ProgrammeRow, today: IsoDate): Promise<void> {
    return this.refresh(tx, actor, row.id, today, {
      plannedEndChosen: storedEvaluation(row).plannedEndChosen,
      beyondMax: 'keep',
    });
  }

  /**
   * Re-derives regime, evaluation, planned end and next deadline from the stored facts (the override included), and
   * stores them. A chosen planned end after the latest allowed end is refused (`reject`), kept (`keep`) or replaced
   * by that latest end (`drop`).
   */
  private async refresh(
    tx: Tx,
    actor: Actor,
    programmeId: string,
    today: IsoDate,
    options: { plannedEndChosen: IsoDate | null; beyondMax: 'reject' | 'keep' | 'drop' },
  ): Promise<void> {
    const row = await this.programmes.find(actor, programmeId, tx);
    if (!row) throw new ProgrammeNotFoundError();
    const person = await this.personOf(tx, actor, row);
    const state = { startDate: isoDate(row.startDate), plannedEndChosen: options.plannedEndChosen, row };
    let derived = derive(person, factsInputOf(row), state, today);
    const beyond = options.plannedEndChosen && derived.maxEnd && options.plannedEndChosen > derived.maxEnd;
    if (beyond && options.beyondMax === 'drop') {
      derived = derive(person, factsInputOf(row), { ...state, plannedEndChosen: null }, today);
    } else if (beyond && options.beyondMax === 'reject') {
      throw new ConflictError(
        ProgrammeErrorCode.PLANNED_END_BEYOND_LIMIT,
        `The planned end ${options.plannedEndChosen} is after the latest end the programme may have (${derived.maxEnd}: maximum length, extensions and leave); grant an extension first`,
      );
    }
    await this.programmes.updateDerived(tx, actor.municipalityId, programmeId, derived.data);
  }

  private async load(tx: Tx, actor: Actor, programmeId: string, today: IsoDate): Promise<Programme> {
    const row = await this.programmes.find(actor, programmeId, tx);
    if (!row) throw new ProgrammeNotFoundError();
    return toProgramme(row, today);
  }
}

/** Whether a conclusion a user acts on differs: regime, right and duty, dates and lengths, benefit, deadlines. */
function conclusionsChanged(before: ProgrammeRow, after: ProgrammeRow): boolean {
  const conclusions = (row: ProgrammeRow) => {
    const { result } = storedEvaluation(row);
    return JSON.stringify([
      result.regime,
      result.derivedRegime,
      result.programme,
      result.benefit,
      isoDate(row.plannedEndDate),
      isoDate(row.nextDeadlineDate),
      row.nextDeadlineKind,
    ]);
  };
  return conclusions(before) !== conclusions(after);
}

/** The columns the engine's result fills. */
interface DerivedColumns {
  derivedRegime: Evaluation['regime'];
  evaluation: Prisma.InputJsonValue;
  evaluatedOn: Date;
  plannedEndDate: Date | null;
  nextDeadlineDate: Date | null;
  nextDeadlineKind: string | null;
}

function factsInputOf(row: ProgrammeRow): ProgrammeFactsInput {
  return {
    claimDate: isoDate(row.claimDate),
    endGoal: row.endGoal,
    livesWithParents: row.livesWithParents,
    childlessCoupleBothParticipating: row.childlessCoupleBothParticipating,
    decisionDate: isoDate(row.decisionDate),
    regimeOverride: row.regimeOverride,
  };
}

/**
 * Runs the engine and the deadline rules for one programme on `today`; the columns to store. Throws when the
 * person lacks a fact the engine needs.
 */
export function derive(
  person: PersonFactsRow,
  inputs: ProgrammeFactsInput,
  state: { startDate: IsoDate | null; plannedEndChosen: IsoDate | null; row?: ProgrammeRow },
  today: IsoDate,
): { evaluation: StoredEvaluation; maxEnd: IsoDate | null; data: DerivedColumns } {
  const built = buildCaseFacts(personFacts(person), inputs, today);
  if (!built.ok) throw new ProgrammeFactsMissingError(built.issues);
  const result: Evaluation = evaluate(built.facts);
  const facts = state.row
    ? { ...deadlineFacts(state.row, state.plannedEndChosen, built.facts.settlementDate), startDate: state.startDate }
    : {
        settlementDate: built.facts.settlementDate,
        claimDate: inputs.claimDate,
        decisionDate: inputs.decisionDate,
        startDate: state.startDate,
        extensions: [],
        leaves: [],
        plannedEndDate: state.plannedEndChosen,
      };
  const d = programmeDeadlines(result, facts, today);
  const evaluation: StoredEvaluation = {
    asOf: today,
    facts: { ...built.facts },
    result,
    plannedEndChosen: state.plannedEndChosen,
  };
  return {
    evaluation,
    maxEnd: d.maxEnd,
    data: {
      derivedRegime: result.derivedRegime,
      evaluation: evaluationJson(evaluation) as Prisma.InputJsonValue,
      evaluatedOn: dbDate(today),
      plannedEndDate: dbDate(state.plannedEndChosen ?? d.maxEnd),
      nextDeadlineDate: dbDate(d.next?.date ?? null),
      nextDeadlineKind: d.next?.kind ?? null,
    },
  };
}
