import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/timeline.module';
import { Clock } from './clock';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** Introduction programmes; exports the Clock and the repository for the plan and caseload modules. */
@Module({
  imports: [TimelineModule],
  controllers: [ProgrammesController],
  providers: [ProgrammesService, ProgrammesRepository, Clock],
  exports: [Clock, ProgrammesRepository],
})
export class ProgrammesModule {}
