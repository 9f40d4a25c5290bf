import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/timeline.module';
import { PersonsController } from './persons.controller';
import { PersonsRepository } from './persons.repository';
import { PersonsService } from './persons.service';

@Module({
  imports: [TimelineModule],
  controllers: [PersonsController],
  providers: [PersonsService, PersonsRepository],
  exports: [PersonsRepository],
})
export class PersonsModule {}
