import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { EmbeddedPostgres } from '../embedded-postgres.js';

const gzipAsync = promisify(gzip);

/**
 * A consistent copy of the embedded database, taken while it serves: a tar.gz of its data folder
 * as `PGlite.dumpDataDir` makes it, which `EmbeddedPostgres.restore` loads.
 *
 * Consistent because nothing runs meanwhile: the embedded pool has a single connection, so holding
 * it means no transaction is open and none can start; a CHECKPOINT then writes every committed
 * change to the data files, and PGlite tars them. Requests that need the database wait for that
 * moment (about a second for a year's data); compression happens after the connection is let go,
 * in the thread pool. Without a data source (a tool that opened the folder itself) there is no
 * one else to wait for.
 */
export async function snapshotEmbedded(embedded: EmbeddedPostgres, dataSource?: DataSource): Promise<Buffer> {
  const runner = dataSource?.createQueryRunner();
  let tar: Blob;
  try {
    await runner?.connect();
    await (runner ? runner.query('CHECKPOINT') : embedded.pglite.exec('CHECKPOINT'));
    tar = await embedded.pglite.dumpDataDir('none');
  } finally {
    await runner?.release();
  }
  return gzipAsync(Buffer.from(await tar.arrayBuffer()));
}
