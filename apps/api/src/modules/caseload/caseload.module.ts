import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { CaseloadController } from './caseload.controller';
import { CaseloadRepository } from './caseload.repository';
import { CaseloadService } from './caseload.service';

@Module({
  imports: [ProgrammesModule],
  controllers: [CaseloadController],
  providers: [CaseloadService, CaseloadRepository],
})
export class CaseloadModule {}
