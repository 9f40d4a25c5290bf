import { Module } from '@nestjs/common';
import { NavOfficesController } from './nav-offices.controller';
import { NavOfficesRepository } from './nav-offices.repository';
import { NavOfficesService } from './nav-offices.service';

@Module({
  controllers: [NavOfficesController],
  providers: [NavOfficesService, NavOfficesRepository],
  exports: [NavOfficesRepository],
})
export class NavOfficesModule {}
