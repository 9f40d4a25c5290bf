import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';

@Module({
  imports: [ClockModule],
  controllers: [AttendanceController],
  providers: [AttendanceService, AttendanceRepository],
  exports: [AttendanceRepository],
})
export class AttendanceModule {}
