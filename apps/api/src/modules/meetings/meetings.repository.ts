import { Injectable } from '@nestjs/common';
import type { MeetingStatus, MeetingType } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export const meetingInclude = {
  group: {
    select: {
      personId: true,
      person: { select: { firstName: true, lastName: true } },
      members: {
        include: { user: { select: { id: true, name: true } } },
        orderBy: [{ addedAt: 'asc' }, { id: 'asc' }],
      },
    },
  },
  attendance: true,
  decisions: {
    include: {
      task: {
        select: { id: true, assigneeId: true, dueDate: true, status: true, assignee: { select: { name: true } } },
      },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
} as const satisfies Prisma.MeetingInclude;

export type MeetingRow = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

export interface MeetingChanges {
  type?: MeetingType;
  status?: MeetingStatus;
  scheduledAt?: Date;
  location?: string | null;
  agenda?: string | null;
  interpreterNeeded?: boolean;
  minutes?: string | null;
  restrictedMinutes?: string | null;
  nextMeetingAt?: Date | null;
}

/** The only place with meeting queries; a meeting is reachable only through its person's need-to-know scope. */
@Injectable()
export class MeetingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  listForPerson(municipalityId: string, personId: string) {
    return this.prisma.meeting.findMany({
      where: { municipalityId, group: { personId } },
      orderBy: [{ scheduledAt: 'desc' }, { id: 'asc' }],
      take: 500,
    });
  }

  find(actor: Actor, meetingId: string, tx?: Tx) {
    return (tx ?? this.prisma).meeting.findFirst({
      where: { id: meetingId, municipalityId: actor.municipalityId, group: { person: personScope(actor) } },
      include: meetingInclude,
    });
  }

  createdByName(municipalityId: string, userId: string | null) {
    if (!userId) return Promise.resolve(null);
    return this.prisma.user
      .findFirst({ where: { id: userId, municipalityId }, select: { name: true } })
      .then((u) => u?.name ?? null);
  }

  create(
    tx: Tx,
    data: {
      municipalityId: string;
      groupId: string;
      type: MeetingType;
      scheduledAt: Date;
      location: string | null;
      agenda: string | null;
      interpreterNeeded: boolean;
      createdById: string;
    },
  ) {
    return tx.meeting.create({ data });
  }

  async updateVersioned(
    tx: Tx,
    municipalityId: string,
    meetingId: string,
    version: number,
    changes: MeetingChanges,
  ): Promise<boolean> {
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, municipalityId, version },
      data: { ...changes, version: { increment: 1 } },
    });
    return count === 1;
  }

  async recordAttendance(
    tx: Tx,
    municipalityId: string,
    meetingId: string,
    entries: { memberId: string; present: boolean }[],
  ): Promise<void> {
    for (const e of entries) {
      await tx.meetingAttendance.upsert({
        where: { meetingId_memberId: { meetingId, memberId: e.memberId } },
        create: { municipalityId, meetingId, memberId: e.memberId, present: e.present },
        update: { present: e.present },
      });
    }
  }

  createDecision(
    tx: Tx,
    data: { municipalityId: string; meetingId: string; text: string; restricted: boolean; taskId: string | null },
  ) {
    return tx.meetingDecision.create({ data });
  }
}
