import { Injectable } from '@nestjs/common';
import {
  CEFR_LEVELS,
  HANDOVER_TRANSITIONS,
  HandoverErrorCode,
  type CreateHandoverMessageBody,
  type ErrorIssue,
  type Handover,
  type HandoverList,
  type HandoverTransitionBody,
  type ListHandoversQuery,
  type UpdateHandoverBody,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../../core/errors/app-error';
import { NotificationsService, type NotifyInput } from '../notifications/notifications.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import { ACTION_EVENT, actsFor, allowedActions, checkTransition, type HandoverParty } from './handover-rules';
import { toHandover, toHandoverListItem } from './handovers.mapper';
import { HandoversRepository, type HandoverDetailRow, type HandoverNoteData } from './handovers.repository';

const handoverLink = (handoverId: string) => `/overforinger/${handoverId}`;
const NOTE_FIELDS = [
  'goalStatus',
  'norwegianLevel',
  'workExperience',
  'workPracticeResults',
  'recommendedMeasures',
  'participantWishes',
  'sharingBasis',
  'consentDate',
  'navOfficeId',
] as const;

/** The Nav handover: the consultant writes and submits the note, the receiving Nav office receives, asks and accepts. */
@Injectable()
export class HandoversService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly handovers: HandoversRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly notifications: NotificationsService,
  ) {}

  async list(actor: Actor, query: ListHandoversQuery): Promise<HandoverList> {
    const box = query.box ?? this.defaultBox(actor, query.personId);
    const { items, total } = await this.handovers.list(actor, { ...query, box });
    const names = await this.handovers.userNames(
      actor.municipalityId,
      items.map((h) => h.createdById),
    );
    await this.audit.recordMany(
      actor,
      items.map((h) => ({
        action: 'READ' as const,
        operation: 'handovers.list',
        entityType: 'handover',
        entityId: h.id,
        personId: h.personId,
        fields: ['status', 'navOffice'],
      })),
    );
    return { items: items.map((h) => toHandoverListItem(h, names)), page: query.page, pageSize: query.pageSize, total };
  }

  async get(actor: Actor, handoverId: string): Promise<Handover> {
    const row = await this.findOrThrow(actor, handoverId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'handovers.get',
      entityType: 'handover',
      entityId: row.id,
      personId: row.personId,
      fields: [...NOTE_FIELDS, 'messages'],
    });
    return this.present(actor, row);
  }

  /** Opens a draft for a participant, prefilled from structured data: the plan's wishes and the latest Norwegian levels. */
  async create(actor: Actor, personId: string): Promise<Handover> {
    const handoverId = await this.prisma.$transaction(async (tx) => {
      const person = await this.handovers.findPersonForNote(actor, personId, tx);
      if (!person) throw new NotFoundError('PERSON_NOT_FOUND', 'The person');
      await this.handovers.lockPerson(tx, personId);
      const open = await this.handovers.findOpenForPerson(tx, actor.municipalityId, personId);
      if (open)
        throw new ConflictError(
          HandoverErrorCode.ALREADY_OPEN,
          `The person already has a handover in progress (${open.status}, id ${open.id})`,
        );
      const programme = person.programmes[0];
      const revision = programme?.plan?.revisions[0];
      const levels = await this.handovers.latestLevels(actor.municipalityId, personId, tx);
      // The level a note can promise is the weakest of the latest levels per skill.
      const norwegianLevel =
        levels.length > 0 ? (CEFR_LEVELS[Math.min(...levels.map((l) => CEFR_LEVELS.indexOf(l.level)))] ?? null) : null;
      const offices = await this.handovers.onlyOffice(tx, actor.municipalityId);
      const row = await this.handovers.create(tx, {
        municipalityId: actor.municipalityId,
        personId,
        programmeId: programme?.id ?? null,
        createdById: actor.userId,
        norwegianLevel,
        participantWishes: revision?.participantWishes ?? null,
        navOfficeId: offices.length === 1 ? offices[0]!.id : null,
      });
      await this.handovers.addStatusChange(tx, {
        municipalityId: actor.municipalityId,
        handoverId: row.id,
        fromStatus: null,
        toStatus: 'DRAFT',
        actorId: actor.userId,
      });
      await this.timeline.record(tx, actor, {
        personId,
        service: 'REFUGEE_SERVICE',
        kind: 'handover.created',
        params: { handoverId: row.id },
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'handovers.create',
          entityType: 'handover',
          entityId: row.id,
          personId,
          fields: ['norwegianLevel', 'participantWishes', 'navOfficeId'],
        },
        tx,
      );
      return row.id;
    });
    return this.present(actor, await this.findOrThrow(actor, handoverId));
  }

  async update(actor: Actor, handoverId: string, input: UpdateHandoverBody): Promise<Handover> {
    const { version, ...changes } = input;
    await this.prisma.$transaction(async (tx) => {
      const row = await this.findOrThrow(actor, handoverId, tx);
      if (row.status !== 'DRAFT')
        throw new ConflictError(
          HandoverErrorCode.NOT_EDITABLE,
          `Only a draft can be edited; this handover is ${row.status}`,
        );
      if (changes.navOfficeId && !(await this.handovers.findOffice(actor.municipalityId, changes.navOfficeId, tx))) {
        throw new ValidationError([
          {
            path: 'navOfficeId',
            code: HandoverErrorCode.NAV_OFFICE_NOT_FOUND,
            message: 'No such Nav office in this municipality',
          },
        ]);
      }
      const data: HandoverNoteData = {
        ...changes,
        consentDate:
          changes.consentDate === undefined
            ? undefined
            : changes.consentDate === null
              ? null
              : new Date(`${changes.consentDate}T00:00:00Z`),
      };
      if (!(await this.handovers.updateDraft(tx, actor.municipalityId, handoverId, version, data)))
        throw new StaleVersionError('The handover', row.version);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'handovers.update',
          entityType: 'handover',
          entityId: handoverId,
          personId: row.personId,
          fields: Object.keys(changes),
        },
        tx,
      );
    });
    return this.present(actor, await this.findOrThrow(actor, handoverId));
  }

  async transition(actor: Actor, handoverId: string, input: HandoverTransitionBody): Promise<Handover> {
    const t = HANDOVER_TRANSITIONS[input.action];
    await this.prisma.$transaction(async (tx) => {
      const row = await this.findOrThrow(actor, handoverId, tx);
      const verdict = checkTransition(row.status, input.action, this.partyOf(actor, row));
      if (verdict === 'forbidden')
        throw new ForbiddenError(
          HandoverErrorCode.NOT_YOUR_STEP,
          `${input.action} is not a step you can take on this handover`,
        );
      if (verdict === 'illegal') {
        throw new ConflictError(
          HandoverErrorCode.ILLEGAL_TRANSITION,
          `Cannot go from ${row.status} to ${t.to}: ${input.action} is only possible from ${t.from}`,
        );
      }
      if (row.version !== input.version) throw new StaleVersionError('The handover', row.version);

      let office = row.navOffice
        ? { id: row.navOffice.id, name: row.navOffice.name, advisers: row.navOffice.advisers }
        : null;
      if (input.action === 'SUBMIT') {
        office = await this.checkSubmittable(actor, row, input.navOfficeId, tx);
      }
      if (
        !(await this.handovers.moveStatus(
          tx,
          actor.municipalityId,
          handoverId,
          input.version,
          t.from,
          t.to,
          input.action === 'SUBMIT' && office ? { navOfficeId: office.id } : {},
        ))
      ) {
        throw new StaleVersionError('The handover', row.version);
      }
      await this.handovers.addStatusChange(tx, {
        municipalityId: actor.municipalityId,
        handoverId,
        fromStatus: t.from,
        toStatus: t.to,
        actorId: actor.userId,
      });
      if (input.message) {
        await this.handovers.addMessage(tx, {
          municipalityId: actor.municipalityId,
          handoverId,
          authorId: actor.userId,
          kind: input.action === 'ANSWER' ? 'ANSWER' : 'QUESTION',
          body: input.message,
        });
      }
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: t.side === 'NAV' ? 'NAV' : 'REFUGEE_SERVICE',
        kind: ACTION_EVENT[input.action].timeline,
        params: { handoverId, navOffice: office?.name ?? null },
      });
      await this.notifyOtherSide(tx, actor, row, t.side, office?.advisers ?? [], {
        kind: ACTION_EVENT[input.action].notification,
        params: { navOffice: office?.name ?? null, action: input.action },
      });
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: `handovers.${input.action.toLowerCase()}`,
          entityType: 'handover',
          entityId: handoverId,
          personId: row.personId,
          fields: input.message ? ['status', 'messages'] : ['status'],
        },
        tx,
      );
    });
    return this.present(actor, await this.findOrThrow(actor, handoverId));
  }

  /** A comment in the thread, from the consultant side or an adviser of the receiving office. */
  async addMessage(actor: Actor, handoverId: string, input: CreateHandoverMessageBody): Promise<Handover> {
    await this.prisma.$transaction(async (tx) => {
      const row = await this.findOrThrow(actor, handoverId, tx);
      const party = this.partyOf(actor, row);
      const side = actsFor(party, 'NAV') ? 'NAV' : actsFor(party, 'REFUGEE_SERVICE') ? 'REFUGEE_SERVICE' : null;
      if (!side)
        throw new ForbiddenError(
          HandoverErrorCode.NOT_YOUR_STEP,
          'You can read this handover but not write in its thread',
        );
      await this.handovers.addMessage(tx, {
        municipalityId: actor.municipalityId,
        handoverId,
        authorId: actor.userId,
        kind: 'COMMENT',
        body: input.body,
      });
      await this.handovers.touch(tx, actor.municipalityId, handoverId);
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: side,
        kind: 'handover.commented',
        params: { handoverId },
      });
      if (row.status !== 'DRAFT') {
        await this.notifyOtherSide(tx, actor, row, side, row.navOffice?.advisers ?? [], {
          kind: 'handover.message',
          params: { navOffice: row.navOffice?.name ?? null, action: 'COMMENT' },
        });
      }
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'handovers.comment',
          entityType: 'handover',
          entityId: handoverId,
          personId: row.personId,
          fields: ['messages'],
        },
        tx,
      );
    });
    return this.present(actor, await this.findOrThrow(actor, handoverId));
  }

  /** Without a box: one participant's handovers as asked; else Nav advisers their inbox, consultants their own, managers all. */
  private defaultBox(actor: Actor, personId: string | undefined): 'incoming' | 'mine' | undefined {
    if (personId) return undefined;
    if (actor.roles.includes('CONSULTANT')) return 'mine';
    if (actor.roles.includes('NAV_ADVISER')) return 'incoming';
    return undefined;
  }

  private async findOrThrow(actor: Actor, handoverId: string, tx?: Tx): Promise<HandoverDetailRow> {
    const row = await this.handovers.findVisible(actor, handoverId, tx);
    if (!row) throw new NotFoundError(HandoverErrorCode.NOT_FOUND, 'The handover');
    return row;
  }

  private partyOf(actor: Actor, row: HandoverDetailRow): HandoverParty {
    return {
      roles: actor.roles,
      atReceivingOffice: row.status !== 'DRAFT' && !!row.navOffice?.advisers.some((a) => a.id === actor.userId),
    };
  }

  /** The note must name its office and its legal basis for sharing (and the consent date when the basis is consent). */
  private async checkSubmittable(actor: Actor, row: HandoverDetailRow, navOfficeId: string | undefined, tx: Tx) {
    const issues: ErrorIssue[] = [];
    const officeId = navOfficeId ?? row.navOfficeId;
    const office = officeId ? await this.handovers.findOffice(actor.municipalityId, officeId, tx) : null;
    if (!officeId)
      issues.push({ path: 'navOfficeId', code: 'required', message: 'Choose the Nav office to send it to' });
    else if (!office)
      issues.push({
        path: 'navOfficeId',
        code: HandoverErrorCode.NAV_OFFICE_NOT_FOUND,
        message: 'No such Nav office in this municipality',
      });
    if (!row.sharingBasis)
      issues.push({
        path: 'sharingBasis',
        code: 'required',
        message: 'State the legal basis for sharing: integreringsloven § 42 or consent',
      });
    if (row.sharingBasis === 'CONSENT' && !row.consentDate)
      issues.push({ path: 'consentDate', code: 'required', message: 'Give the date the participant consented' });
    if (issues.length > 0) throw new ValidationError(issues, 'The handover is not ready to submit');
    return office;
  }

  private async notifyOtherSide(
    tx: Tx,
    actor: Actor,
    row: HandoverDetailRow,
    side: 'NAV' | 'REFUGEE_SERVICE',
    advisers: { id: string }[],
    what: Pick<NotifyInput, 'kind' | 'params'>,
  ) {
    const recipients = side === 'NAV' ? [row.createdById] : advisers.map((a) => a.id);
    const inputs: NotifyInput[] = [...new Set(recipients)]
      .filter((userId) => userId !== actor.userId)
      .map((userId) => ({
        municipalityId: actor.municipalityId,
        userId,
        kind: what.kind,
        params: what.params,
        personId: row.personId,
        link: handoverLink(row.id),
      }));
    if (inputs.length > 0) await this.notifications.notifyMany(tx, inputs);
  }

  private async present(actor: Actor, row: HandoverDetailRow): Promise<Handover> {
    const party = this.partyOf(actor, row);
    const names = await this.handovers.userNames(actor.municipalityId, [
      row.createdById,
      ...row.statusChanges.map((c) => c.actorId),
      ...row.messages.map((m) => m.authorId),
    ]);
    const levels = await this.handovers.latestLevels(actor.municipalityId, row.personId);
    return toHandover(row, {
      names,
      levels,
      allowedActions: allowedActions(row.status, party),
      editable: row.status === 'DRAFT' && actsFor(party, 'REFUGEE_SERVICE'),
      mayComment: actsFor(party, 'REFUGEE_SERVICE') || actsFor(party, 'NAV'),
    });
  }
}
