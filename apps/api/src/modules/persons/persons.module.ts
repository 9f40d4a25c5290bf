import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { TimelineModule } from '../timeline/timeline.module';
import { PersonsController } from './persons.controller';
import { PersonsRepository } from './persons.repository';
import { PersonsService } from './persons.service';

@Module({
  imports: [ProgrammesModule, TimelineModule],
  controllers: [PersonsController],
  providers: [PersonsService, PersonsRepository],
  exports: [PersonsRepository],
})
export class PersonsModule {}
