/**
 * The code of the embedded database's worker thread, as plain JavaScript run with `eval: true`.
 * A string rather than a module file because the same source must run from `dist/` (compiled) and
 * under Jest (TypeScript compiled in memory, where no `.js` file exists on disk to point a Worker
 * at). It only loads PGlite (CommonJS build, path given by the parent) and answers, one at a time
 * and in arrival order, the operations the parent posts: `{ id, op, arg }` → `{ id, result }` or
 * `{ id, error }`. See embedded-worker.ts for the parent's side.
 *
 * `protocol` carries raw PostgreSQL wire-protocol bytes of the single session (node-postgres on the
 * other side, through EmbeddedSocket). PGlite keeps one backend for its whole life, so a new
 * session (a startup packet after the first) first ends what the last one left: an open
 * transaction is rolled back (after a Sync, in case it stopped mid-exchange) and `DISCARD ALL` drops its session state and advisory locks, as a
 * PostgreSQL server does when a connection goes away. A Terminate message ('X') is not executed:
 * in PGlite's single-user backend it would end the backend itself.
 */
export const EMBEDDED_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);

let db;
let sessions = 0;
let chain = Promise.resolve();
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** The bytes before the first Terminate message (every frontend message but the startup packet is type, int32 length, body). */
function beforeTerminate(bytes) {
  let at = 0;
  while (at + 5 <= bytes.length) {
    if (bytes[at] === 0x58) {
      return bytes.subarray(0, at);
    }
    at += 1 + ((bytes[at + 1] << 24) | (bytes[at + 2] << 16) | (bytes[at + 3] << 8) | bytes[at + 4]);
  }
  return bytes;
}

async function protocol(bytes) {
  if (bytes[0] === 0) {
    sessions += 1;
    if (sessions > 1) {
      // A Sync first: the last session may have stopped inside an extended-protocol exchange.
      await db.execProtocolRaw(SYNC);
      if (db.isInTransaction()) {
        await db.exec('ROLLBACK');
      }
      await db.exec('DISCARD ALL');
    }
  } else {
    bytes = beforeTerminate(bytes);
    if (bytes.length === 0) {
      return new Uint8Array(0);
    }
  }
  // A copy: the answer to a startup packet is a view into PGlite's own buffer, and ours is transferred.
  return (await db.execProtocolRaw(bytes)).slice();
}

const operations = {
  protocol,
  query: ({ sql, params }) => db.query(sql, params),
  exec: (sql) => db.exec(sql),
  dump: async (compression) => new Uint8Array(await (await db.dumpDataDir(compression)).arrayBuffer()),
  close: async () => {
    if (!db.closed) {
      await db.close();
    }
  },
};

function describeError(error) {
  const described = { message: String((error && error.message) || error) };
  if (error && typeof error === 'object') {
    for (const key of Object.keys(error)) {
      const value = error[key];
      if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) {
        described[key] = value;
      }
    }
  }
  return described;
}

parentPort.on('message', ({ id, op, arg }) => {
  chain = chain
    .then(() => operations[op](arg))
    .then(
      (result) => parentPort.postMessage({ id, result }, result instanceof Uint8Array ? [result.buffer] : []),
      (error) => parentPort.postMessage({ id, error: describeError(error) }),
    );
});

PGlite.create(workerData.dataDir).then(
  (created) => {
    db = created;
    parentPort.postMessage({ ready: true });
  },
  (error) => parentPort.postMessage({ ready: false, error: describeError(error) }),
);
`;
