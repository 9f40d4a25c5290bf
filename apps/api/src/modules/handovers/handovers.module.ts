import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { TimelineModule } from '../timeline/timeline.module';
import { HandoversController } from './handovers.controller';
import { HandoversRepository } from './handovers.repository';
import { HandoversService } from './handovers.service';

@Module({
  imports: [TimelineModule, NotificationsModule],
  controllers: [HandoversController],
  providers: [HandoversService, HandoversRepository],
})
export class HandoversModule {}
