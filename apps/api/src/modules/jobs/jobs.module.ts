import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DeadlineRemindersRepository } from './deadline-reminders.repository';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { JobRunner } from './job-runner.service';

/** Scheduled jobs (pg-boss): the daily deadline reminders. */
@Module({
  imports: [NotificationsModule, ClockModule],
  providers: [JobRunner, DeadlineRemindersService, DeadlineRemindersRepository],
  exports: [JobRunner],
})
export class JobsModule {}
