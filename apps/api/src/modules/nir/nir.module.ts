import { Module } from '@nestjs/common';
import { ClockModule } from '../../core/clock/clock.module';
import { NirController } from './nir.controller';
import { NirRepository } from './nir.repository';
import { NirService } from './nir.service';

@Module({ imports: [ClockModule], controllers: [NirController], providers: [NirService, NirRepository] })
export class NirModule {}
