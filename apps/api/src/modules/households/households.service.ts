import { Injectable } from '@nestjs/common';
import {
  SETTLEMENT_STEP_EVENT,
  SETTLEMENT_TRANSITIONS,
  type AddHouseholdMemberBody,
  type CreateHouseholdBody,
  type Household,
  type HouseholdList,
  type NewHouseholdMember,
  type SettlementStatus,
  type SettlementTransitionBody,
  type UpdateHouseholdBody,
} from '@ankomst/contracts';
import { ageOn } from '@ankomst/regimes';
import type { Actor } from '../../core/access/actor';
import { AuditService, type AuditEntry } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { StaleVersionError, ValidationError } from '../../core/errors/app-error';
import { CaseworkerInvalidError, PersonNotFoundError } from '../persons/persons.errors';
import { dateColumn } from '../../core/database/date-column';
import { ProgrammesService } from '../programmes/programmes.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import {
  dateInFutureIssue,
  DateBeforePreviousStepError,
  HeadExistsError,
  HouseholdNotFoundError,
  LastMemberError,
  MemberExistsError,
  MemberNotFoundError,
  TransitionNotAllowedError,
} from './households.errors';
import { ADULT_AGE, toHousehold, toHouseholdListItem } from './households.mapper';
import { HouseholdsRepository } from './households.repository';

const MEMBER_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'countryOfBirth',
  'languages',
  'interpreterNeeded',
  'interpreterLanguage',
  'permitBasis',
  'permitGrantedDate',
  'permitGrantedAbroad',
  'arrivalCategory',
  'arrivalDate',
  'nusLevel',
  'caseworkerId',
];

/** Which household date a step sets: the legal date of the decision, the arrival or the settlement. */
const STEP_DATE: Partial<Record<SettlementStatus, 'decisionDate' | 'arrivalDate' | 'settlementDate'>> = {
  ACCEPTED: 'decisionDate',
  DECLINED: 'decisionDate',
  ARRIVED: 'arrivalDate',
  SETTLED: 'settlementDate',
};

/**
 * Households IMDi asks the municipality to settle: registration with all members, membership changes, and the
 * settlement state machine (REQUESTED → ACCEPTED/DECLINED → ARRIVED → SETTLED, or CANCELLED) with its history.
 */
@Injectable()
export class HouseholdsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly households: HouseholdsRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly clock: Clock,
    private readonly programmes: ProgrammesService,
  ) {}

  async list(
    actor: Actor,
    query: { page: number; pageSize: number; status?: SettlementStatus },
  ): Promise<HouseholdList> {
    const { rows, total } = await this.households.list(actor, query);
    await this.audit.record(actor, {
      action: 'SEARCH',
      operation: 'households.list',
      entityType: 'household',
      fields: ['name', 'settlementStatus', 'memberCount'],
    });
    return { items: rows.map(toHouseholdListItem), page: query.page, pageSize: query.pageSize, total };
  }

  /** One household with the members the actor may see, ages on `asOf` (default today). Audited per member. */
  async get(actor: Actor, householdId: string, asOf: string = this.clock.today()): Promise<Household> {
    const household = await this.load(actor, householdId, asOf);
    await this.audit.recordMany(
      actor,
      household.members.map((m) => ({
        action: 'READ' as const,
        operation: 'households.get',
        entityType: 'household',
        entityId: householdId,
        personId: m.personId,
        fields: ['firstName', 'lastName', 'birthDate', 'sex', 'relation', 'settlementDate'],
        reason: actor.roles.includes('CONSULTANT') || !actor.roles.includes('MANAGER') ? null : 'MANAGER_DRILL_DOWN',
      })),
    );
    return household;
  }

  /** Registers the household and every member in one transaction; adults get a caseworker. */
  async create(actor: Actor, input: CreateHouseholdBody): Promise<Household> {
    const today = this.clock.today();
    const future = input.members.flatMap((m, i) =>
      m.birthDate > today ? [dateInFutureIssue(`members.${i}.birthDate`)] : [],
    );
    if (input.imdiRequestDate && input.imdiRequestDate > today) future.push(dateInFutureIssue('imdiRequestDate'));
    if (future.length > 0) throw new ValidationError(future);
    const householdId = await this.prisma.$transaction(async (tx) => {
      const caseworkerId = await this.resolveCaseworker(tx, actor, input.caseworkerId);
      const household = await this.households.createHousehold(tx, {
        municipalityId: actor.municipalityId,
        name: input.name,
        imdiReference: input.imdiReference ?? null,
        imdiRequestDate: dateColumn(input.imdiRequestDate ?? null),
        expectedArrivalDate: dateColumn(input.expectedArrivalDate ?? null),
        notes: input.notes ?? null,
      });
      const audits: AuditEntry[] = [
        {
          action: 'CREATE',
          operation: 'households.create',
          entityType: 'household',
          entityId: household.id,
          fields: ['name', 'imdiReference', 'imdiRequestDate', 'expectedArrivalDate', 'notes'],
        },
      ];
      const personIds: string[] = [];
      for (const member of input.members) {
        const personId = await this.createMember(tx, actor, household.id, member, caseworkerId, today);
        personIds.push(personId);
        audits.push({
          action: 'CREATE',
          operation: 'households.create',
          entityType: 'person',
          entityId: personId,
          personId,
          fields: [...MEMBER_FIELDS, 'relation'],
        });
      }
      await this.households.recordStatusChange(tx, {
        municipalityId: actor.municipalityId,
        householdId: household.id,
        fromStatus: null,
        toStatus: 'REQUESTED',
        effectiveDate: dateColumn(input.imdiRequestDate ?? today),
        actorId: actor.userId,
      });
      await this.timeline.recordMany(
        tx,
        actor,
        personIds.map((personId) => ({
          personId,
          service: 'REFUGEE_SERVICE' as const,
          kind: 'household.registered',
          params: { householdId: household.id },
        })),
      );
      await this.audit.recordMany(actor, audits, tx);
      return household.id;
    });
    return this.load(actor, householdId, today);
  }

  async update(actor: Actor, householdId: string, input: UpdateHouseholdBody): Promise<Household> {
    const { version, ...changes } = input;
    await this.prisma.$transaction(async (tx) => {
      const before = await this.households.findInScope(actor, householdId, tx);
      if (!before) throw new HouseholdNotFoundError();
      const data = {
        ...changes,
        ...('imdiRequestDate' in changes ? { imdiRequestDate: dateColumn(changes.imdiRequestDate ?? null) } : {}),
        ...('expectedArrivalDate' in changes
          ? { expectedArrivalDate: dateColumn(changes.expectedArrivalDate ?? null) }
          : {}),
      };
      if (!(await this.households.updateVersioned(tx, actor.municipalityId, householdId, { version }, data))) {
        throw new StaleVersionError('The household', before.version);
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'households.update',
          entityType: 'household',
          entityId: householdId,
          fields: Object.keys(changes),
        },
        tx,
      );
    });
    return this.load(actor, householdId);
  }

  /** Moves the household one step through settlement, with the step's legal date; settling dates every member. */
  async transition(actor: Actor, householdId: string, input: SettlementTransitionBody): Promise<Household> {
    const today = this.clock.today();
    await this.prisma.$transaction(async (tx) => {
      const household = await this.households.findInScope(actor, householdId, tx);
      if (!household) throw new HouseholdNotFoundError();
      // A step decided on an outdated page is stale before it is illegal: the user must see what changed.
      if (household.version !== input.version) throw new StaleVersionError('The household', household.version);
      const from = household.settlementStatus;
      const allowed = SETTLEMENT_TRANSITIONS[from];
      if (!allowed.includes(input.to)) throw new TransitionNotAllowedError(from, input.to, allowed);
      if (input.effectiveDate > today) throw new ValidationError([dateInFutureIssue('effectiveDate')]);
      const previous = household.statusChanges
        .map((c) => c.effectiveDate?.toISOString().slice(0, 10))
        .filter((d): d is string => d !== undefined)
        .reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
      if (previous && input.effectiveDate < previous) throw new DateBeforePreviousStepError(previous);

      const dateField = STEP_DATE[input.to];
      const data = {
        settlementStatus: input.to,
        ...(dateField ? { [dateField]: dateColumn(input.effectiveDate) } : {}),
        ...(input.housingType !== undefined ? { housingType: input.housingType } : {}),
        ...(input.schoolPlaces !== undefined ? { schoolPlaces: input.schoolPlaces } : {}),
        ...(input.kindergartenPlaces !== undefined ? { kindergartenPlaces: input.kindergartenPlaces } : {}),
      };
      if (
        !(await this.households.updateVersioned(
          tx,
          actor.municipalityId,
          householdId,
          { version: input.version, status: from },
          data,
        ))
      ) {
        throw new StaleVersionError('The household', household.version);
      }
      await this.households.recordStatusChange(tx, {
        municipalityId: actor.municipalityId,
        householdId,
        fromStatus: from,
        toStatus: input.to,
        effectiveDate: dateColumn(input.effectiveDate),
        note: input.note ?? null,
        actorId: actor.userId,
      });
      const members = await this.households.allMembers(tx, actor.municipalityId, householdId);
      const personIds = members.map((m) => m.personId);
      const audits: AuditEntry[] = [
        {
          action: 'UPDATE',
          operation: 'households.transition',
          entityType: 'household',
          entityId: householdId,
          fields: Object.keys(data),
        },
      ];
      if (input.to === 'SETTLED') {
        const dated = await this.households.setMissingSettlementDates(
          tx,
          actor.municipalityId,
          personIds,
          dateColumn(input.effectiveDate),
        );
        for (const personId of dated) {
          audits.push({
            action: 'UPDATE',
            operation: 'households.transition',
            entityType: 'person',
            entityId: personId,
            personId,
            fields: ['settlementDate'],
          });
        }
      }
      await this.timeline.recordMany(
        tx,
        actor,
        personIds.map((personId) => ({
          personId,
          service: 'REFUGEE_SERVICE' as const,
          kind: SETTLEMENT_STEP_EVENT[input.to as Exclude<SettlementStatus, 'REQUESTED'>],
          params: { householdId, from, to: input.to, date: input.effectiveDate },
        })),
      );
      await this.audit.recordMany(actor, audits, tx);
      if (input.to === 'SETTLED') await this.programmes.followPersonFacts(tx, actor, personIds);
    });
    return this.load(actor, householdId, today);
  }

  async addMember(actor: Actor, householdId: string, input: AddHouseholdMemberBody): Promise<Household> {
    const today = this.clock.today();
    if ('member' in input && input.member.birthDate > today)
      throw new ValidationError([dateInFutureIssue('member.birthDate')]);
    await this.prisma.$transaction(async (tx) => {
      const household = await this.households.findInScope(actor, householdId, tx);
      if (!household) throw new HouseholdNotFoundError();
      if (
        !(await this.households.updateVersioned(tx, actor.municipalityId, householdId, { version: input.version }, {}))
      ) {
        throw new StaleVersionError('The household', household.version);
      }
      const members = await this.households.allMembers(tx, actor.municipalityId, householdId);
      const relation = 'member' in input ? input.member.relation : input.relation;
      if (relation === 'HEAD' && members.some((m) => m.relation === 'HEAD')) throw new HeadExistsError();
      let personId: string;
      if ('member' in input) {
        // New adults join the caseload of the household's other adults, or of the consultant adding them.
        const caseworkerId = members.find((m) => m.person.caseworkerId)?.person.caseworkerId ?? actor.userId;
        personId = await this.createMember(tx, actor, householdId, input.member, caseworkerId, today);
      } else {
        if (!(await this.households.personInScope(tx, actor, input.personId))) throw new PersonNotFoundError();
        if (members.some((m) => m.personId === input.personId)) throw new MemberExistsError();
        personId = input.personId;
        await this.households.addMember(tx, { municipalityId: actor.municipalityId, householdId, personId, relation });
      }
      await this.timeline.record(tx, actor, {
        personId,
        service: 'REFUGEE_SERVICE',
        kind: 'household.memberAdded',
        params: { householdId, relation },
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'households.addMember',
          entityType: 'householdMember',
          entityId: householdId,
          personId,
          fields: 'member' in input ? [...MEMBER_FIELDS, 'relation'] : ['relation'],
        },
        tx,
      );
      // A child in the household, or a new parent of its children: the children under 18 fact.
      await this.programmes.followPersonFacts(tx, actor, [...members.map((m) => m.personId), personId]);
    });
    return this.load(actor, householdId, today);
  }

  async removeMember(actor: Actor, householdId: string, personId: string, version: number): Promise<Household> {
    await this.prisma.$transaction(async (tx) => {
      const household = await this.households.findInScope(actor, householdId, tx);
      if (!household) throw new HouseholdNotFoundError();
      const members = await this.households.allMembers(tx, actor.municipalityId, householdId);
      if (!members.some((m) => m.personId === personId)) throw new MemberNotFoundError();
      if (!(await this.households.updateVersioned(tx, actor.municipalityId, householdId, { version }, {}))) {
        throw new StaleVersionError('The household', household.version);
      }
      if (members.length === 1) throw new LastMemberError();
      await this.households.removeMember(tx, actor.municipalityId, householdId, personId);
      await this.timeline.record(tx, actor, {
        personId,
        service: 'REFUGEE_SERVICE',
        kind: 'household.memberRemoved',
        params: { householdId },
      });
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'households.removeMember',
          entityType: 'householdMember',
          entityId: householdId,
          personId,
          fields: ['relation'],
        },
        tx,
      );
      await this.programmes.followPersonFacts(
        tx,
        actor,
        members.map((m) => m.personId),
      );
    });
    return this.load(actor, householdId);
  }

  /** The household as the actor may see it, without an audit event (callers audit). */
  private async load(actor: Actor, householdId: string, asOf: string = this.clock.today()): Promise<Household> {
    const row = await this.households.findInScope(actor, householdId);
    if (!row) throw new HouseholdNotFoundError();
    const actorIds = [...new Set(row.statusChanges.map((c) => c.actorId).filter((id): id is string => id !== null))];
    return toHousehold(row, asOf, await this.households.userNames(actor.municipalityId, actorIds));
  }

  private async resolveCaseworker(tx: Tx, actor: Actor, chosen: string | null | undefined): Promise<string> {
    if (!chosen) return actor.userId;
    if (!(await this.households.findConsultant(tx, actor.municipalityId, chosen))) throw new CaseworkerInvalidError();
    return chosen;
  }

  private async createMember(
    tx: Tx,
    actor: Actor,
    householdId: string,
    m: NewHouseholdMember,
    caseworkerId: string,
    today: string,
  ): Promise<string> {
    const adult = ageOn(m.birthDate, today) >= ADULT_AGE;
    const { id } = await this.households.createPerson(tx, {
      municipalityId: actor.municipalityId,
      firstName: m.firstName,
      lastName: m.lastName,
      birthDate: dateColumn(m.birthDate),
      sex: m.sex,
      countryOfBirth: m.countryOfBirth,
      languages: m.languages,
      interpreterNeeded: m.interpreterNeeded,
      interpreterLanguage: m.interpreterLanguage ?? (m.interpreterNeeded ? (m.languages[0] ?? null) : null),
      permitBasis: m.permitBasis,
      permitGrantedDate: dateColumn(m.permitGrantedDate),
      permitGrantedAbroad: m.permitGrantedAbroad,
      arrivalCategory: m.arrivalCategory,
      arrivalDate: dateColumn(m.arrivalDate),
      nusLevel: m.nusLevel,
      caseworkerId: adult ? caseworkerId : null,
    });
    await this.households.addMember(tx, {
      municipalityId: actor.municipalityId,
      householdId,
      personId: id,
      relation: m.relation,
    });
    return id;
  }
}
