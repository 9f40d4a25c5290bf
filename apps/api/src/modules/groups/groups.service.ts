import { Injectable } from '@nestjs/common';
import {
  GroupErrorCode,
  PersonErrorCode,
  type AddGroupMemberBody,
  type GroupCandidate,
  type GroupMember,
  type ResponsibilityGroup,
  type Role,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors/app-error';
import { TimelineWriter } from '../timeline/timeline.writer';
import { toGroup, toGroupMember } from './groups.mapper';
import { GroupsRepository } from './groups.repository';

/**
 * The responsibility group around a participant. Membership is what gives Nav advisers (and teachers, beside
 * enrolment) need-to-know access to the person: `personScope` reads it.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly groups: GroupsRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
  ) {}

  async get(actor: Actor, personId: string): Promise<ResponsibilityGroup> {
    const person = await this.groups.personInScope(actor, personId);
    if (!person) throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    const group = await this.groups.findGroup(actor.municipalityId, personId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'groups.get',
      entityType: 'responsibilityGroup',
      entityId: group?.id ?? null,
      personId,
      fields: ['members'],
    });
    return toGroup(personId, group);
  }

  async candidates(actor: Actor, personId: string, role: Role): Promise<{ items: GroupCandidate[] }> {
    const person = await this.groups.personInScope(actor, personId);
    if (!person) throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    return { items: await this.groups.candidates(actor.municipalityId, role) };
  }

  async addMember(actor: Actor, personId: string, input: AddGroupMemberBody): Promise<GroupMember> {
    const person = await this.groups.personInScope(actor, personId);
    if (!person) throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    if (input.userId) {
      const user = await this.groups.activeUser(actor.municipalityId, input.userId);
      if (!user)
        throw new ValidationError([
          { path: 'userId', code: 'unknown_user', message: 'No active user with this id in the municipality' },
        ]);
      if (!user.roles.includes(input.role as Role)) {
        throw new ValidationError([
          { path: 'role', code: 'role_not_held', message: `The user does not have the role ${input.role}` },
        ]);
      }
    }
    try {
      return await this.prisma.$transaction(async (tx) => {
        const group = await this.groups.ensureGroup(tx, actor.municipalityId, personId);
        const row = await this.groups.addMember(tx, {
          municipalityId: actor.municipalityId,
          groupId: group.id,
          role: input.role,
          ...(input.userId
            ? { userId: input.userId }
            : { externalName: input.externalName, externalOrganisation: input.externalOrganisation }),
        });
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'groups.addMember',
            entityType: 'groupMember',
            entityId: row.id,
            personId,
            fields: ['role', input.userId ? 'userId' : 'externalName'],
          },
          tx,
        );
        await this.timeline.record(tx, actor, {
          personId,
          service: 'REFUGEE_SERVICE',
          kind: 'group.memberAdded',
          params: { role: input.role, name: row.user?.name ?? row.externalName ?? '' },
        });
        return toGroupMember(row);
      });
    } catch (error) {
      if ((error as { code?: string } | null)?.code === 'P2002')
        throw new ConflictError(GroupErrorCode.ALREADY_MEMBER, 'The user is already a member of the group');
      throw error;
    }
  }

  async removeMember(actor: Actor, personId: string, memberId: string): Promise<void> {
    const person = await this.groups.personInScope(actor, personId);
    if (!person) throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    await this.prisma.$transaction(async (tx) => {
      const group = await this.groups.findGroup(actor.municipalityId, personId, tx);
      const member = group?.members.find((m) => m.id === memberId);
      if (!group || !member || !(await this.groups.removeMember(tx, actor.municipalityId, group.id, memberId))) {
        throw new NotFoundError(GroupErrorCode.MEMBER_NOT_FOUND, 'The group member');
      }
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'groups.removeMember',
          entityType: 'groupMember',
          entityId: memberId,
          personId,
          fields: ['role'],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId,
        service: 'REFUGEE_SERVICE',
        kind: 'group.memberRemoved',
        params: { role: member.role, name: member.user?.name ?? member.externalName ?? '' },
      });
    });
  }
}
