import { Module } from '@nestjs/common';
import { Clock } from './clock';

/** Provides the single `Clock`; modules that need today's date import this module. */
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
