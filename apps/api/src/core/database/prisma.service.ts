import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { DATABASE_RUNTIME, type DatabaseRuntime } from './database-runtime';

/** The one Prisma client of the process, connected through node-postgres. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(
    @Inject(DATABASE_RUNTIME) private readonly runtime: DatabaseRuntime,
    @Inject(ENV) env: Env,
  ) {
    super({ adapter: new PrismaPg({ connectionString: runtime.url, max: env.DATABASE_POOL_SIZE }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    await this.runtime.close();
  }
}

/** The transaction client type, for repositories that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
