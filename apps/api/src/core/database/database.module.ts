import { Global, Logger, Module } from '@nestjs/common';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { DATABASE_RUNTIME, openDatabase } from './database-runtime';
import { PrismaService } from './prisma.service';

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_RUNTIME,
      inject: [ENV],
      useFactory: (env: Env) => {
        const logger = new Logger('Database');
        return openDatabase(env, (m) => logger.log(m));
      },
    },
    PrismaService,
  ],
  exports: [PrismaService, DATABASE_RUNTIME],
})
export class DatabaseModule {}
