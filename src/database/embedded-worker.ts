import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { EMBEDDED_WORKER_SOURCE } from './embedded-worker-source.js';

type Operation = 'protocol' | 'query' | 'exec' | 'dump' | 'close';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Answer {
  id: number;
  result?: unknown;
  error?: { message: string } & Record<string, unknown>;
}

/** An error the worker reported, with the fields PGlite gave it (a database error's `code`, `detail`…). */
const rebuild = (described: { message: string } & Record<string, unknown>): Error => Object.assign(new Error(described.message), described);

/**
 * The embedded database (PGlite) running in a worker thread, and the parent's end of the line to it.
 *
 * Why a thread: PGlite executes SQL synchronously in WebAssembly. On the main thread each query
 * held the event loop, and a burst of requests kept it so busy that new connections were accepted
 * one per loop turn, each turn lasting as long as every queued request's queries together: of 50
 * connections opened at once, the last ones waited 10 s and more while the first were served in
 * under a second (issue 7, item 12; `npm run bench:fairness`). In a thread, the event loop stays
 * free to accept and read every request as it arrives, and the pool's single connection serves them
 * in the order they asked for it.
 *
 * Operations are answered one at a time, in the order posted. The thread keeps the process alive
 * only while an operation is pending: idle, it lets the process end, as PGlite on the main thread
 * did (a tool that returns without closing the database still exits).
 */
export class EmbeddedWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (answer: Answer) => this.settle(answer));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`The embedded database's thread stopped (exit code ${code}).`)));
    worker.unref();
  }

  /** Starts the thread and opens the database in `dataDir` there; rejects with PGlite's reason if it cannot. */
  static async start(dataDir: string): Promise<EmbeddedWorker> {
    const pglitePath = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const worker = new Worker(EMBEDDED_WORKER_SOURCE, { eval: true, workerData: { pglitePath, dataDir } });
    let onMessage: (first: { ready: boolean; error?: { message: string } & Record<string, unknown> }) => void = () => {};
    let onExit: (code: number) => void = () => {};
    let onError: (error: Error) => void = () => {};
    try {
      await new Promise<void>((resolve, reject) => {
        onMessage = (first) =>
          first.ready ? resolve() : reject(rebuild(first.error ?? { message: 'The embedded database did not start.' }));
        onExit = (code) => reject(new Error(`The embedded database's thread stopped while starting (exit code ${code}).`));
        onError = reject;
        worker.once('message', onMessage).once('exit', onExit).once('error', onError);
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    } finally {
      // Only ours: the Worker has listeners of its own (the message port is started by one).
      worker.off('message', onMessage).off('exit', onExit).off('error', onError);
    }
    return new EmbeddedWorker(worker);
  }

  call<T>(op: Operation, arg?: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) {
      return Promise.reject(this.failure);
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) {
        this.worker.ref();
      }
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, op, arg }, transfer);
    });
  }

  /** Closes the database, then ends the thread. */
  async stop(): Promise<void> {
    try {
      await this.call('close');
    } finally {
      this.failure ??= new Error('The embedded database is closed.');
      await this.worker.terminate();
    }
  }

  private settle({ id, result, error }: Answer): void {
    const waiting = this.pending.get(id);
    if (!waiting) {
      return;
    }
    this.pending.delete(id);
    if (this.pending.size === 0) {
      this.worker.unref();
    }
    if (error) {
      waiting.reject(rebuild(error));
    } else {
      waiting.resolve(result);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) {
      waiting.reject(this.failure);
    }
    this.pending.clear();
  }
}
