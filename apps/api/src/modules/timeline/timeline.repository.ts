import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService } from '../../core/database/prisma.service';

/** Reads of the shared timeline; the person must be within the actor's need-to-know scope. */
@Injectable()
export class TimelineRepository {
  constructor(private readonly prisma: PrismaService) {}

  personInScope(actor: Actor, personId: string) {
    return this.prisma.person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: { id: true },
    });
  }

  async list(actor: Actor, personId: string, options: { includeRestricted: boolean; page: number; pageSize: number }) {
    const where = {
      municipalityId: actor.municipalityId,
      personId,
      ...(options.includeRestricted ? {} : { restricted: false }),
    };
    const [rows, total] = await Promise.all([
      this.prisma.timelineEvent.findMany({
        where,
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        skip: (options.page - 1) * options.pageSize,
        take: options.pageSize,
      }),
      this.prisma.timelineEvent.count({ where }),
    ]);
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const actors = actorIds.length
      ? await this.prisma.user.findMany({
          where: { id: { in: actorIds }, municipalityId: actor.municipalityId },
          select: { id: true, name: true },
        })
      : [];
    return { rows, total, actorNames: new Map(actors.map((a) => [a.id, a.name])) };
  }
}
