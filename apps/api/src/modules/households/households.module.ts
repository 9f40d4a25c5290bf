import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { TimelineModule } from '../timeline/timeline.module';
import { HouseholdsController } from './households.controller';
import { HouseholdsRepository } from './households.repository';
import { HouseholdsService } from './households.service';

@Module({
  imports: [ProgrammesModule, TimelineModule, ClockModule],
  controllers: [HouseholdsController],
  providers: [HouseholdsService, HouseholdsRepository],
})
export class HouseholdsModule {}
