import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TimelineModule } from '../timeline/timeline.module';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** Introduction programmes; re-exports the ClockModule and the repository for the plan and caseload modules, and the service for the person
 * and household writes whose facts the programme's conclusions follow. */
@Module({
  imports: [TimelineModule, NotificationsModule, ClockModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammesRepository],
  exports: [ClockModule, ProgrammesRepository, ProgrammesService],
})
export class ProgrammesModule {}
