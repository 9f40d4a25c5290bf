import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { TimelineModule } from '../timeline/timeline.module';
import { EducationController } from './education.controller';
import { EducationRepository } from './education.repository';
import { EducationService } from './education.service';

@Module({
  imports: [TimelineModule, ClockModule],
  controllers: [EducationController],
  providers: [EducationService, EducationRepository],
})
export class EducationModule {}
