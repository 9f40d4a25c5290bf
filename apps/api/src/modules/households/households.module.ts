import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { TimelineModule } from '../timeline/timeline.module';
import { HouseholdsController } from './households.controller';
import { HouseholdsRepository } from './households.repository';
import { HouseholdsService } from './households.service';

@Module({
  imports: [TimelineModule, ClockModule],
  controllers: [HouseholdsController],
  providers: [HouseholdsService, HouseholdsRepository],
})
export class HouseholdsModule {}
