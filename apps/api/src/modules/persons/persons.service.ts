import { Injectable } from '@nestjs/common';
import {
  PROTECTED_ADDRESS_FIELDS,
  type CaseworkerCandidateList,
  type Person,
  type PersonList,
  type PersonSort,
  type UpdatePersonBody,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { mayReadProtectedAddress } from '../../core/access/person-scope';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { StaleVersionError } from '../../core/errors/app-error';
import { changesEngineFacts } from '../programmes/programme-facts';
import { ProgrammesService } from '../programmes/programmes.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import { PERSON_LIST_FIELDS, toPerson, toPersonListItem, viewFor, visibleFields } from './persons.mapper';
import { AddressProtectedError, CaseworkerInvalidError, PersonNotFoundError } from './persons.errors';
import { PersonsRepository, type PersonDetailRow } from './persons.repository';
import { dateColumn } from '../../core/database/date-column';

const DATE_FIELDS = [
  'birthDate',
  'permitGrantedDate',
  'protectionApplicationDate',
  'arrivalDate',
  'settlementDate',
] as const;

@Injectable()
export class PersonsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly persons: PersonsRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly programmes: ProgrammesService,
  ) {}

  /** One person, as much as the actor's service needs (DOMAIN.md § 6.4). Every read is audited, managers' too. */
  async get(actor: Actor, personId: string): Promise<Person> {
    const row = await this.persons.findInScope(actor, personId);
    if (!row) throw new PersonNotFoundError();
    const view = viewFor(actor);
    const addressVisible = mayReadProtectedAddress(actor, row);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'persons.get',
      entityType: 'person',
      entityId: row.id,
      personId: row.id,
      fields: visibleFields(view, addressVisible),
      reason: actor.roles.includes('CONSULTANT') ? null : actor.roles.includes('MANAGER') ? 'MANAGER_DRILL_DOWN' : null,
    });
    return toPerson(row, view, addressVisible);
  }

  /** Consultants' search by name. One SEARCH event per person shown; the search term itself is never stored. */
  async search(
    actor: Actor,
    query: { page: number; pageSize: number; search?: string; mine: boolean; sort: PersonSort },
  ): Promise<PersonList> {
    const { rows, total } = await this.persons.search(actor, query);
    await this.audit.recordMany(
      actor,
      rows.map((r) => ({
        action: 'SEARCH' as const,
        operation: 'persons.search',
        entityType: 'person',
        entityId: r.id,
        personId: r.id,
        fields: PERSON_LIST_FIELDS,
      })),
    );
    return { items: rows.map(toPersonListItem), page: query.page, pageSize: query.pageSize, total };
  }

  /**
   * The consultants who may become the person's caseworker. The person must be in the actor's scope (404 otherwise,
   * so another municipality's ids say nothing); the event records that the case was opened for reassignment.
   */
  async caseworkerCandidates(actor: Actor, personId: string): Promise<CaseworkerCandidateList> {
    const person = await this.persons.findInScope(actor, personId);
    if (!person) throw new PersonNotFoundError();
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'persons.caseworkerCandidates',
      entityType: 'person',
      entityId: person.id,
      personId: person.id,
      fields: ['caseworker'],
    });
    return { items: await this.persons.listConsultants(actor.municipalityId) };
  }

  /** Changes a person's facts; the version must be the one loaded. Protected address fields: caseworker only. */
  async update(actor: Actor, personId: string, input: UpdatePersonBody): Promise<Person> {
    const { version, ...changes } = input;
    const fields = Object.keys(changes);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.persons.findInScope(actor, personId, tx);
      if (!before) throw new PersonNotFoundError();
      this.checkAddressChange(actor, before, changes);
      if (
        changes.caseworkerId &&
        !(await this.persons.findConsultant(actor.municipalityId, changes.caseworkerId, tx))
      ) {
        throw new CaseworkerInvalidError();
      }
      const data: Record<string, unknown> = { ...changes };
      for (const f of DATE_FIELDS) if (f in changes) data[f] = dateColumn(changes[f]);
      if (!(await this.persons.updateVersioned(tx, actor, personId, version, data)))
        throw new StaleVersionError('The person', before.version);
      await this.audit.record(
        actor,
        { action: 'UPDATE', operation: 'persons.update', entityType: 'person', entityId: personId, personId, fields },
        tx,
      );
      if ('caseworkerId' in changes && changes.caseworkerId !== before.caseworkerId) {
        await this.timeline.record(tx, actor, {
          personId,
          service: 'REFUGEE_SERVICE',
          kind: 'person.caseworkerChanged',
          params: {},
        });
      }
      if (changesEngineFacts(changes)) await this.programmes.followPersonFacts(tx, actor, [personId]);
      const after = await this.persons.findInScope(actor, personId, tx);
      if (!after) throw new PersonNotFoundError();
      return toPerson(after, viewFor(actor), mayReadProtectedAddress(actor, after));
    });
  }

  private checkAddressChange(actor: Actor, person: PersonDetailRow, changes: Omit<UpdatePersonBody, 'version'>) {
    if (mayReadProtectedAddress(actor, person)) return;
    const touched: string[] = PROTECTED_ADDRESS_FIELDS.filter((f) => f in changes);
    // Lifting the protection would reveal the address to everyone: that is the caseworker's decision too.
    if (changes.addressProtection !== undefined && changes.addressProtection !== person.addressProtection)
      touched.push('addressProtection');
    if (touched.length > 0) throw new AddressProtectedError(touched);
  }
}
