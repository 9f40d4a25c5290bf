import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../core/database/prisma.service';

@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  personExists(municipalityId: string, personId: string): Promise<boolean> {
    return this.prisma.person.count({ where: { id: personId, municipalityId } }).then((n) => n > 0);
  }

  async listForPerson(municipalityId: string, personId: string, page: number, pageSize: number) {
    const where = { municipalityId, personId };
    const [rows, total] = await Promise.all([
      this.prisma.auditEvent.findMany({
        where,
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.auditEvent.count({ where }),
    ]);
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const actors = await this.prisma.user.findMany({
      where: { municipalityId, id: { in: actorIds } },
      select: { id: true, name: true },
    });
    return { rows, total, actorNames: new Map(actors.map((a) => [a.id, a.name])) };
  }
}
