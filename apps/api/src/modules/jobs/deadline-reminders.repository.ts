import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../core/database/prisma.service';

/**
 * Queries of the deadline-reminder job. The job runs for the whole deployment (no signed-in actor), so these are
 * the only queries that read across municipalities; each notification it writes carries the programme's own
 * municipality.
 */
@Injectable()
export class DeadlineRemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Programmes still running whose nearest unmet deadline falls in [from, to] (calendar dates). */
  programmesWithDeadlineBetween(from: Date, to: Date) {
    return this.prisma.programme.findMany({
      where: {
        status: { in: ['PLANNED', 'ACTIVE', 'ON_LEAVE'] },
        nextDeadlineDate: { gte: from, lte: to },
        nextDeadlineKind: { not: null },
      },
      select: {
        id: true,
        municipalityId: true,
        personId: true,
        consultantId: true,
        nextDeadlineDate: true,
        nextDeadlineKind: true,
        person: { select: { caseworkerId: true } },
      },
      orderBy: [{ nextDeadlineDate: 'asc' }, { id: 'asc' }],
    });
  }
}
