import { Duplex } from 'node:stream';
import type { EmbeddedWorker } from './embedded-worker.js';

/**
 * What node-postgres takes for its socket to the embedded database (its `stream` option): the
 * bytes it writes go to PGlite in the worker thread, and PGlite's answers come back as what it reads.
 * node-postgres therefore speaks the real wire protocol, startup and errors included, exactly as
 * to a server. Messages written in one go (Parse, Bind, Describe, Execute, Sync) travel together,
 * and answers are read in the order the messages were sent.
 */
export class EmbeddedSocket extends Duplex {
  private outgoing: Buffer[] = [];
  private flushScheduled = false;
  /** The answers still to arrive, chained so that they are read in order. */
  private answered: Promise<void> = Promise.resolve();

  constructor(private readonly worker: EmbeddedWorker) {
    super();
  }

  // The net.Socket surface node-postgres uses.
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  override _read(): void {
    // Answers are pushed as they arrive.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.outgoing.push(chunk);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(() => this.flush());
    }
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush();
    this.answered.then(
      () => {
        this.push(null);
        callback();
      },
      (error: Error) => callback(error),
    );
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.outgoing.length === 0 || this.destroyed) {
      return;
    }
    // A fresh buffer of exactly these bytes, handed over to the thread rather than copied.
    const bytes = new Uint8Array(this.outgoing.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.outgoing) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    this.outgoing = [];
    const answer = this.worker.call<Uint8Array>('protocol', bytes, [bytes.buffer]);
    this.answered = this.answered
      .then(() => answer)
      .then(
        (data) => {
          if (data.length > 0 && !this.destroyed) {
            this.push(Buffer.from(data.buffer, data.byteOffset, data.length));
          }
        },
        (error: Error) => {
          this.destroy(error);
        },
      );
  }
}
