import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { InvalidEnvironment, validateEnvironment } from './config/environment.js';
import { assertSupportedNode, UnsupportedNode } from './config/node-version.js';
import { DataDirInUse } from './database/embedded-postgres.js';
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
  // The Node.js version, configuration and a busy data folder are the user's to fix: say what, without a stack trace.
  const known = error instanceof UnsupportedNode || error instanceof InvalidEnvironment || error instanceof DataDirInUse;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
