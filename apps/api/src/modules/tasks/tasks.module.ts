import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TimelineModule } from '../timeline/timeline.module';
import { TaskAssigneesController } from './task-assignees.controller';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

/** Tasks; exports `TasksService.createInTransaction` for meeting decisions. */
@Module({
  imports: [NotificationsModule, TimelineModule, ClockModule],
  controllers: [TasksController, TaskAssigneesController],
  providers: [TasksService, TasksRepository],
  exports: [TasksService],
})
export class TasksModule {}
