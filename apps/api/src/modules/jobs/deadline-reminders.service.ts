import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, daysBetween } from '@ankomst/regimes';
import { Clock } from '../../core/clock/clock';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { PrismaService } from '../../core/database/prisma.service';
import { NotificationsService, type NotifyInput } from '../notifications/notifications.service';
import { dateColumn, isoDate } from '../../core/database/date-column';
import { DeadlineRemindersRepository } from './deadline-reminders.repository';

export interface DeadlineReminderRun {
  today: string;
  /** Programmes with a deadline inside the window. */
  due: number;
  /** Notifications written by this run (the rest existed already: every reminder is sent once). */
  notified: number;
}

/**
 * Reminds a programme's consultant (or, without one, the person's caseworker) when the programme's nearest unmet
 * statutory deadline is DEADLINE_REMINDER_DAYS days away or fewer. Each (programme, deadline kind, date) is notified
 * exactly once: the notification's unique dedupe key plus `INSERT ... ON CONFLICT DO NOTHING` make a rerun, or two
 * instances running at the same moment, harmless. A moved deadline (new date) is a new reminder.
 */
@Injectable()
export class DeadlineRemindersService {
  private readonly logger = new Logger('DeadlineReminders');

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly prisma: PrismaService,
    private readonly repository: DeadlineRemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async run(today: string = this.clock.today()): Promise<DeadlineReminderRun> {
    const until = addDays(today, this.env.DEADLINE_REMINDER_DAYS);
    const programmes = await this.repository.programmesWithDeadlineBetween(dateColumn(today), dateColumn(until));
    const inputs: NotifyInput[] = programmes.flatMap((p) => {
      const userId = p.consultantId ?? p.person.caseworkerId;
      if (!userId || !p.nextDeadlineDate || !p.nextDeadlineKind) return [];
      const date = isoDate(p.nextDeadlineDate);
      return [
        {
          municipalityId: p.municipalityId,
          userId,
          kind: 'deadline.approaching',
          params: { deadlineKind: p.nextDeadlineKind, deadlineDate: date, daysLeft: daysBetween(today, date) },
          personId: p.personId,
          link: `/deltakere/${p.personId}`,
          dedupeKey: `deadline:${p.id}:${p.nextDeadlineKind}:${date}`,
        },
      ];
    });
    const notified = await this.notifications.notifyMany(this.prisma, inputs);
    this.logger.log(
      `Deadline reminders for ${today}: ${programmes.length} due within ${this.env.DEADLINE_REMINDER_DAYS} days, ${notified} new notifications`,
    );
    return { today, due: programmes.length, notified };
  }
}
