import { Injectable } from '@nestjs/common';
import type { Role } from '@ankomst/contracts';
import { personScope } from '../../core/access/person-scope';
import { PrismaService } from '../../core/database/prisma.service';

const RECIPIENT = { select: { id: true, municipalityId: true, active: true, roles: true } } as const;

/** A user the job may remind: active, with the roles that decide their need-to-know. */
export interface ReminderRecipient {
  id: string;
  municipalityId: string;
  active: boolean;
  roles: Role[];
}

/**
 * Queries of the deadline-reminder job. The job runs for the whole deployment (no signed-in actor), so these are
 * the only queries that read across municipalities; each notification it writes carries the programme's own
 * municipality.
 */
@Injectable()
export class DeadlineRemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Programmes still running whose nearest unmet deadline falls in [from, to] (calendar dates), with the
   * programme's consultant and the person's caseworker (the candidates to remind).
   */
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
        nextDeadlineDate: true,
        nextDeadlineKind: true,
        consultant: RECIPIENT,
        person: { select: { caseworker: RECIPIENT } },
      },
      orderBy: [{ nextDeadlineDate: 'asc' }, { id: 'asc' }],
    });
  }

  /** Of these persons, the ones the user has need-to-know for (the same scope their own requests get). */
  async personsVisibleTo(user: ReminderRecipient, personIds: string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const persons = await this.prisma.person.findMany({
      where: { AND: [{ id: { in: personIds } }, personScope({ ...user, userId: user.id })] },
      select: { id: true },
    });
    return new Set(persons.map((p) => p.id));
  }
}
