import { Module } from '@nestjs/common';
import { NirController } from './nir.controller';
import { NirRepository } from './nir.repository';
import { NirService } from './nir.service';

@Module({ controllers: [NirController], providers: [NirService, NirRepository] })
export class NirModule {}
