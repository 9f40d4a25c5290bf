// Configuration for Prisma 6.19's CLI, used only to *write* migration SQL (`migrate diff`): its schema
// engine is WebAssembly, so it runs on machines where Prisma 7's native engine cannot be downloaded.
// See docs/adr/0002-migrations-without-the-native-engine.md.
import path from 'node:path';
import { defineConfig } from 'prisma6/config';
import { PrismaPg } from '@prisma/adapter-pg-6';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, '..', 'schema.prisma'),
  async adapter() {
    // A short idle timeout lets the CLI exit as soon as it is done (the pool would otherwise linger 10 s).
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 50 });
  },
});
