import { Global, Module } from '@nestjs/common';
import { loadEnv, type Env } from './env';

export const ENV = Symbol('ENV');

@Global()
@Module({})
export class ConfigModule {
  /** `env` is passed in by main.ts (validated before Nest starts) or by tests. */
  static forRoot(env: Env = loadEnv()) {
    return { module: ConfigModule, providers: [{ provide: ENV, useValue: env }], exports: [ENV] };
  }
}
