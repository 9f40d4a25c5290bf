import 'reflect-metadata';
import { ConfigError, loadEnv } from './core/config/env';
import { createApp } from './configure-app';

async function bootstrap(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(env);
  await app.listen(env.PORT, env.HOST);
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  process.stdout.write(`\nAnkomst is running at ${url}  (API docs: ${url}/api/docs)\n\n`);
}

void bootstrap();
