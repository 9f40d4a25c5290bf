import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller';
import { TimelineRepository } from './timeline.repository';
import { TimelineService } from './timeline.service';
import { TimelineWriter } from './timeline.writer';

/** The shared timeline: the read endpoint, and `TimelineWriter` for other modules to record events. */
@Module({
  controllers: [TimelineController],
  providers: [TimelineService, TimelineRepository, TimelineWriter],
  exports: [TimelineWriter],
})
export class TimelineModule {}
