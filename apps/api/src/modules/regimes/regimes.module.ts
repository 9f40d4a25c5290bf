import { Module } from '@nestjs/common';
import { RegimesController } from './regimes.controller';

/** POST /regimes/evaluate: the pure engine in @ankomst/regimes, served to the web client and scripts. */
@Module({ controllers: [RegimesController] })
export class RegimesModule {}
