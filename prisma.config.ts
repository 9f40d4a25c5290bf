import { defineConfig } from 'prisma/config';

// Prisma 7 CLI configuration. The app itself never reads this file: it connects through
// @prisma/adapter-pg with the URL from apps/api/src/core/config. `prisma generate` needs no database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/ankomst' },
});
