import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { validateEnvironment } from './config/environment.js';
import { assertSupportedNode } from './config/node-version.js';
import { startFailure } from './start-failure.js';

async function main(): Promise<void> {
  assertSupportedNode();
  const env = validateEnvironment(process.env);
  const { app, runtime, close } = await createApp(env);
  const shutdown = (): void => {
    void close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen(env.PORT, env.HOST);
  new Logger('Main').log(`Listening on http://${env.HOST}:${env.PORT} (database: ${runtime.database.kind})`);
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
