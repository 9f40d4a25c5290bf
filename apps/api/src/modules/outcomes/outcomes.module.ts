import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { OutcomesController } from './outcomes.controller';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [OutcomesController],
  providers: [OutcomesService, OutcomesRepository],
})
export class OutcomesModule {}
