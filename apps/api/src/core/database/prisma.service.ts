import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { DATABASE_RUNTIME, type DatabaseRuntime } from './database-runtime';

/** The one Prisma client of the process, connected through node-postgres. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_RUNTIME) private readonly runtime: DatabaseRuntime,
    @Inject(ENV) env: Env,
  ) {
    super({ adapter: new PrismaPg({ connectionString: runtime.url, max: env.DATABASE_POOL_SIZE }) });
  }

  /**
   * The last shutdown phase, after every module's onModuleDestroy: the job queue has stopped by then, so the
   * embedded database is not stopped under its connections.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
    await this.runtime.close();
  }
}

/** The transaction client type, for repositories that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
