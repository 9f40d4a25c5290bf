import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, daysBetween } from '@ankomst/regimes';
import { Clock } from '../../core/clock/clock';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { PrismaService } from '../../core/database/prisma.service';
import { NotificationsService, type NotifyInput } from '../notifications/notifications.service';
import { dateColumn, isoDate } from '../../core/database/date-column';
import { DeadlineRemindersRepository, type ReminderRecipient } from './deadline-reminders.repository';

/** How far back the job looks for deadlines that passed unmet, so a fresh install does not flood inboxes. */
export const OVERDUE_LOOKBACK_DAYS = 30;

export interface DeadlineReminderRun {
  today: string;
  /** Programmes with a deadline inside the window. */
  due: number;
  /** Programmes whose deadline passed unmet in the last OVERDUE_LOOKBACK_DAYS days. */
  overdue: number;
  /** Notifications written by this run (the rest existed already: every reminder is sent once). */
  notified: number;
}

type DeadlineProgramme = Awaited<ReturnType<DeadlineRemindersRepository['programmesWithDeadlineBetween']>>[number];

/**
 * Reminds about a programme's nearest unmet statutory deadline: `deadline.approaching` when it is
 * DEADLINE_REMINDER_DAYS days away or fewer, `deadline.overdue` when it passed unmet (at most
 * OVERDUE_LOOKBACK_DAYS days ago). The reminder goes to the programme's consultant or, when they cannot take it, the
 * person's caseworker: only an active user who has need-to-know for the person; with neither, nobody.
 *
 * Each (programme, deadline kind, date) is notified exactly once per kind of reminder: the notification's unique
 * dedupe key plus `INSERT ... ON CONFLICT DO NOTHING` make a rerun, or two instances running at the same moment,
 * harmless. A moved deadline (new date) is a new reminder.
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
    const [due, overdue] = await Promise.all([
      this.repository.programmesWithDeadlineBetween(
        dateColumn(today),
        dateColumn(addDays(today, this.env.DEADLINE_REMINDER_DAYS)),
      ),
      this.repository.programmesWithDeadlineBetween(
        dateColumn(addDays(today, -OVERDUE_LOOKBACK_DAYS)),
        dateColumn(addDays(today, -1)),
      ),
    ]);
    const recipients = await this.recipients([...due, ...overdue]);
    const reminders = (programmes: DeadlineProgramme[], kind: 'deadline.approaching' | 'deadline.overdue') =>
      programmes.flatMap((p): NotifyInput[] => {
        const userId = recipients.get(p.id);
        if (!userId || !p.nextDeadlineDate || !p.nextDeadlineKind) return [];
        const date = isoDate(p.nextDeadlineDate);
        const days = daysBetween(today, date);
        return [
          {
            municipalityId: p.municipalityId,
            userId,
            kind,
            params: {
              deadlineKind: p.nextDeadlineKind,
              deadlineDate: date,
              ...(kind === 'deadline.overdue' ? { daysOverdue: -days } : { daysLeft: days }),
            },
            personId: p.personId,
            link: `/deltakere/${p.personId}`,
            // The approaching reminder keeps its original key, so reminders sent before this change still count.
            dedupeKey: `${kind === 'deadline.overdue' ? 'deadline-overdue' : 'deadline'}:${p.id}:${p.nextDeadlineKind}:${date}`,
          },
        ];
      });
    const notified = await this.notifications.notifyMany(this.prisma, [
      ...reminders(due, 'deadline.approaching'),
      ...reminders(overdue, 'deadline.overdue'),
    ]);
    this.logger.log(
      `Deadline reminders for ${today}: ${due.length} due within ${this.env.DEADLINE_REMINDER_DAYS} days, ${overdue.length} overdue within ${OVERDUE_LOOKBACK_DAYS} days, ${notified} new notifications`,
    );
    return { today, due: due.length, overdue: overdue.length, notified };
  }

  /**
   * Who is told about each programme: the consultant, else the caseworker, whichever first is active in the
   * programme's municipality and may see the person. One need-to-know query per candidate user.
   */
  private async recipients(programmes: DeadlineProgramme[]): Promise<Map<string, string>> {
    const candidates = (p: DeadlineProgramme) =>
      [p.consultant, p.person.caseworker].filter(
        (u): u is ReminderRecipient => u !== null && u.active && u.municipalityId === p.municipalityId,
      );
    const personsByUser = new Map<string, { user: ReminderRecipient; personIds: Set<string> }>();
    for (const p of programmes)
      for (const user of candidates(p)) {
        const entry = personsByUser.get(user.id) ?? { user, personIds: new Set<string>() };
        entry.personIds.add(p.personId);
        personsByUser.set(user.id, entry);
      }
    const visible = new Map<string, Set<string>>();
    for (const { user, personIds } of personsByUser.values())
      visible.set(user.id, await this.repository.personsVisibleTo(user, [...personIds]));
    const chosen = new Map<string, string>();
    for (const p of programmes) {
      const user = candidates(p).find((u) => visible.get(u.id)?.has(p.personId));
      if (user) chosen.set(p.id, user.id);
    }
    return chosen;
  }
}
