import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { validateEnvironment } from './config/environment.js';
import { assertSupportedNode } from './config/node-version.js';
import { startFailure } from './start-failure.js';
import { firstAdminNotice } from './first-admin-notice.js';

async function main(): Promise<void> {
  assertSupportedNode();
  const env = validateEnvironment(process.env);
  const { app, runtime, firstAdminPassword, close } = await createApp(env);
  const shutdown = (): void => {
    void close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen(env.PORT, env.HOST);
  new Logger('Main').log(`Listening on http://${env.HOST}:${env.PORT} (database: ${runtime.database.kind})`);
  if (firstAdminPassword) {
    // Last, framed, on its own: the one thing of the start-up log a person must read.
    const host = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
    const loginUrl = new URL('/login', env.PUBLIC_URL ?? `http://${host}:${env.PORT}`).toString();
    process.stdout.write(`\n${firstAdminNotice('admin', firstAdminPassword, loginUrl)}\n\n`);
  }
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
