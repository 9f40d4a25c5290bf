import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { AttendanceModule } from '../attendance/attendance.module';
import { CareFactsController } from './care-facts.controller';
import { CareFactsRepository } from './care-facts.repository';
import { CareFactsService } from './care-facts.service';

@Module({
  imports: [ClockModule, AttendanceModule],
  controllers: [CareFactsController],
  providers: [CareFactsService, CareFactsRepository],
})
export class CareFactsModule {}
