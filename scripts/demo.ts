// `npm run demo`: fills an empty database (the embedded one in DATA_DIR unless DATABASE_URL is set)
// with the demo organisation, then starts the service so a person can sign in right away.
import 'reflect-metadata';
import { createApp } from '../src/bootstrap.js';
import { InvalidEnvironment, validateEnvironment } from '../src/config/environment.js';
import { DataDirInUse } from '../src/database/embedded-postgres.js';
import { DEMO_ISSUERS, DEMO_PASSWORD, DEMO_STAFF, DEMO_UNITS, DEMO_USERS } from '../src/demo/demo-data.js';
import { DemoRefused, seedDemo } from '../src/demo/seed-demo.js';
import { roundYearOn } from '../src/kernel/index.js';

async function main(): Promise<void> {
  // On a new database the first admin gets the demo password too (ADMIN_PASSWORD still wins).
  const env = validateEnvironment({ ...process.env, ADMIN_PASSWORD: process.env.ADMIN_PASSWORD || DEMO_PASSWORD });
  const { app, runtime, close } = await createApp(env);
  try {
    const outcome = await seedDemo(app);
    console.log(
      outcome === 'seeded'
        ? `Demo data added: ${DEMO_UNITS.length} units, ${DEMO_STAFF.length} staff, ${DEMO_ISSUERS.length} issuers, ${DEMO_USERS.length} users, ` +
            `and five years of history up to the round of ${roundYearOn(new Date())} (open /eligibility).`
        : 'The demo data is already in this database; starting with it as it is.',
    );
  } catch (error) {
    await close();
    throw error;
  }
  const shutdown = (): void => {
    void close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen(env.PORT, env.HOST);
  const where = runtime.database.kind === 'embedded' ? `embedded database in ${env.DATA_DIR}` : 'PostgreSQL';
  console.log(`\nDemo running on http://${env.HOST}:${env.PORT} (${where}). Accounts (password "${DEMO_PASSWORD}", demo only):`);
  for (const user of DEMO_USERS) {
    console.log(`  ${user.username.padEnd(12)} ${user.roles.join(', ').padEnd(18)} ${user.note}`);
  }
  console.log('  admin        admin              the first admin (the demo password if the demo created the database)');
  console.log('Stop with Ctrl+C.');
}

main().catch((error: unknown) => {
  const known = error instanceof InvalidEnvironment || error instanceof DataDirInUse || error instanceof DemoRefused;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
