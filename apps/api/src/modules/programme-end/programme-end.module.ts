import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { TimelineModule } from '../timeline/timeline.module';
import { ProgrammeEndController } from './programme-end.controller';
import { ProgrammeEndRepository } from './programme-end.repository';
import { ProgrammeEndService } from './programme-end.service';

/** Programme end: the outcome (status at the end, end goal, 6/12-month follow-ups) and alternative goals. */
@Module({
  imports: [TimelineModule, ClockModule],
  controllers: [ProgrammeEndController],
  providers: [ProgrammeEndService, ProgrammeEndRepository],
})
export class ProgrammeEndModule {}
