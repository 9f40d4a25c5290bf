import { Injectable } from '@nestjs/common';
import type { GroupMemberRole, Role } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const memberInclude = { user: { select: { id: true, name: true } } } as const;

/** The only place with responsibility-group queries; the person is always looked up through `personScope(actor)`. */
@Injectable()
export class GroupsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The person, if the actor may see them (else null: the caller answers 404). */
  personInScope(actor: Actor, personId: string, tx?: Tx) {
    return (tx ?? this.prisma).person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: { id: true, firstName: true, lastName: true, caseworkerId: true },
    });
  }

  findGroup(municipalityId: string, personId: string, tx?: Tx) {
    return (tx ?? this.prisma).responsibilityGroup.findFirst({
      where: { municipalityId, personId },
      include: { members: { include: memberInclude, orderBy: [{ addedAt: 'asc' }, { id: 'asc' }] } },
    });
  }

  /** The person's group, created on first use (one per person: the unique person_id makes concurrent calls safe). */
  ensureGroup(tx: Tx, municipalityId: string, personId: string) {
    return tx.responsibilityGroup.upsert({ where: { personId }, create: { municipalityId, personId }, update: {} });
  }

  addMember(
    tx: Tx,
    data: {
      municipalityId: string;
      groupId: string;
      role: GroupMemberRole;
      userId?: string;
      externalName?: string;
      externalOrganisation?: string;
    },
  ) {
    return tx.groupMember.create({ data, include: memberInclude });
  }

  async removeMember(tx: Tx, municipalityId: string, groupId: string, memberId: string): Promise<boolean> {
    const { count } = await tx.groupMember.deleteMany({ where: { id: memberId, groupId, municipalityId } });
    return count === 1;
  }

  activeUser(municipalityId: string, userId: string, tx?: Tx) {
    return (tx ?? this.prisma).user.findFirst({
      where: { id: userId, municipalityId, active: true },
      select: { id: true, name: true, roles: true },
    });
  }

  candidates(municipalityId: string, role: Role) {
    return this.prisma.user.findMany({
      where: { municipalityId, active: true, roles: { has: role } },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 500,
    });
  }
}
