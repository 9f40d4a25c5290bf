import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/timeline.module';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

@Module({ imports: [TimelineModule], controllers: [PlansController], providers: [PlansService, PlansRepository] })
export class PlansModule {}
