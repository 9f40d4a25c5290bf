import { Module } from '@nestjs/common';
import { BenefitsCalculator } from './benefits.calculator';
import { BenefitsController } from './benefits.controller';
import { BenefitsRepository } from './benefits.repository';
import { BenefitsService } from './benefits.service';

@Module({
  controllers: [BenefitsController],
  providers: [BenefitsService, BenefitsRepository, BenefitsCalculator],
  exports: [BenefitsCalculator],
})
export class BenefitsModule {}
