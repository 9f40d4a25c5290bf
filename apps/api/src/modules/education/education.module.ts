import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/timeline.module';
import { EducationController } from './education.controller';
import { EducationRepository } from './education.repository';
import { EducationService } from './education.service';

@Module({ imports: [TimelineModule], controllers: [EducationController], providers: [EducationService, EducationRepository] })
export class EducationModule {}
