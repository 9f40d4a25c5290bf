import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { DATABASE_RUNTIME, type DatabaseRuntime } from '../../core/database/database-runtime';
import { DeadlineRemindersService, type DeadlineReminderRun } from './deadline-reminders.service';

export const DEADLINE_REMINDER_QUEUE = 'deadline-reminders';
/** Every morning at 06:00 Norwegian time. */
export const DEADLINE_REMINDER_CRON = '0 6 * * *';

/** PostgreSQL's SQLSTATE for a connection ended because the server is shutting down. */
const ADMIN_SHUTDOWN = '57P01';

/**
 * Scheduled jobs through pg-boss, a job queue in PostgreSQL (its tables live in the `pgboss` schema). Every API
 * instance with JOBS_ENABLED starts it; pg-boss's cron makes one job per tick for the whole cluster and hands it to
 * one worker, and the job itself is idempotent, so reminders are sent once however many instances run.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(DATABASE_RUNTIME) private readonly database: DatabaseRuntime,
    private readonly deadlineReminders: DeadlineRemindersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.JOBS_ENABLED) return;
    const boss = new PgBoss({
      connectionString: this.database.url,
      schema: 'pgboss',
      max: 2,
      application_name: 'ankomst-jobs',
    });
    boss.on('error', (error) => {
      // 57P01: the server is shutting down (the embedded one stops on SIGTERM alongside the app); not a fault.
      if ((error as { code?: string }).code === ADMIN_SHUTDOWN) this.logger.warn('pg-boss: the database shut down');
      else this.logger.error(`pg-boss: ${error.message}`);
    });
    await boss.start();
    this.boss = boss;
    await boss.createQueue(DEADLINE_REMINDER_QUEUE);
    await boss.schedule(DEADLINE_REMINDER_QUEUE, DEADLINE_REMINDER_CRON, {}, { tz: 'Europe/Oslo' });
    await boss.work(DEADLINE_REMINDER_QUEUE, async () => {
      await this.deadlineReminders.run();
    });
  }

  /** Whether this instance runs the queue (JOBS_ENABLED and started). */
  get running(): boolean {
    return this.boss !== null;
  }

  /** The registered schedules (for operators and tests). */
  schedules(): Promise<PgBoss.Schedule[]> {
    return this.boss?.getSchedules() ?? Promise.resolve([]);
  }

  /** Puts a deadline-reminder job on the queue now (as the cron does each morning); any instance's worker takes it. */
  async enqueueNow(): Promise<string | null> {
    if (!this.boss) throw new Error('Jobs are not enabled in this instance (JOBS_ENABLED=false)');
    return this.boss.send(DEADLINE_REMINDER_QUEUE, {});
  }

  /** Runs the deadline reminders now in this instance (as the scheduled job does); safe to call concurrently. */
  runNow(today?: string): Promise<DeadlineReminderRun> {
    return this.deadlineReminders.run(today);
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss
      ?.stop({ graceful: true, wait: true, timeout: 5000 })
      .catch((error: Error) => this.logger.warn(`pg-boss stop: ${error.message}`));
  }
}
