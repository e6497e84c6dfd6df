import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DataDirInUse, EmbeddedPostgres } from '../../src/database/embedded-postgres.js';

const LOCK_SOURCE = fileURLToPath(new URL('../../src/database/data-dir-lock.ts', import.meta.url));
const LOCK = 'embedded-postgres.lock';

/**
 * The lock of the embedded database's folder against other processes: real processes take it,
 * are killed with SIGKILL, and the next start must not be refused, nor blocked by a PID that
 * now names someone else. The children run the lock code itself, compiled from the source.
 */
describe('the embedded data folder lock across processes', () => {
  let work: string;
  let holderScript: string;
  const children: ChildProcess[] = [];

  /** Starts `command` (a child holding the lock of `dir`), and answers the PID of the lock holder once it holds it. */
  async function startHolder(dir: string, viaShellThatNeverReaps = false): Promise<number> {
    const child = viaShellThatNeverReaps
      ? // `exec sleep` replaces the shell by a parent that never waits: a killed holder stays a zombie.
        spawn('sh', ['-c', `"${process.execPath}" "${holderScript}" "${dir}" & exec sleep 60`], { stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn(process.execPath, [holderScript, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /locked (\d+)/u.exec(String(chunk));
        if (match) {
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
    });
    return pid;
  }

  const stateOf = (pid: number): string => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    } catch {
      return 'gone';
    }
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ct-lock-'));
    const compiled = ts.transpileModule(readFileSync(LOCK_SOURCE, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(work, 'data-dir-lock.mjs'), compiled);
    holderScript = join(work, 'holder.mjs');
    writeFileSync(
      holderScript,
      [
        "import { takeDataDirLock } from './data-dir-lock.mjs';",
        `await takeDataDirLock(process.argv[2] + '/${LOCK}');`,
        // Memory to free at exit, as a database process has: the kernel takes a while to tear it down.
        'globalThis.keep = Array.from({ length: 8 }, () => Buffer.alloc(32 * 1024 * 1024, 1));',
        "console.log('locked ' + process.pid);",
        'setInterval(() => {}, 1000);',
      ].join('\n'),
    );
  });
  afterAll(() => {
    for (const child of children) {
      child.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses while a live process holds it, saying the lock may be stale and how to clear it', async () => {
    const dir = mkdtempSync(join(work, 'live-'));
    const pid = await startHolder(dir);
    const refused = EmbeddedPostgres.open(dir);
    await expect(refused).rejects.toBeInstanceOf(DataDirInUse);
    await expect(EmbeddedPostgres.open(dir)).rejects.toThrow(`in use by process ${pid}`);
    await expect(EmbeddedPostgres.open(dir)).rejects.toThrow(`the lock is stale: delete ${join(dir, LOCK)}`);
    process.kill(pid, 'SIGKILL');
  });

  it('starts at once after the holder was killed with SIGKILL', async () => {
    const dir = mkdtempSync(join(work, 'killed-'));
    const pid = await startHolder(dir);
    process.kill(pid, 'SIGKILL');
    // No wait: the killed process may still be exiting.
    const embedded = await EmbeddedPostgres.open(dir);
    await embedded.close();
  });

  it('starts at once while the killed holder lingers as a zombie its parent has not reaped', async () => {
    const dir = mkdtempSync(join(work, 'zombie-'));
    const pid = await startHolder(dir, true);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && stateOf(pid) !== 'Z'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(stateOf(pid)).toBe('Z'); // still in the process table: process.kill(pid, 0) succeeds
    expect(() => process.kill(pid, 0)).not.toThrow();
    const embedded = await EmbeddedPostgres.open(dir);
    await embedded.close();
  });

  it('takes over a lock whose PID now names another live process', async () => {
    const dir = mkdtempSync(join(work, 'reused-'));
    const pid = await startHolder(dir);
    // The holder's lock, but with a start time that is not this process's: as after the PID was reused.
    const lock = JSON.parse(readFileSync(join(dir, LOCK), 'utf8')) as { startTicks: number };
    writeFileSync(join(dir, LOCK), JSON.stringify({ ...lock, startTicks: lock.startTicks - 1000 }));
    const embedded = await EmbeddedPostgres.open(dir);
    await embedded.close();
    process.kill(pid, 'SIGKILL');
  });

  it('takes over a lock of the older format (a PID alone) naming a process started after it was written', async () => {
    const dir = mkdtempSync(join(work, 'legacy-'));
    writeFileSync(join(dir, LOCK), String(process.pid));
    const written = new Date(Date.now() - 24 * 3600 * 1000);
    const { utimesSync } = await import('node:fs');
    utimesSync(join(dir, LOCK), written, written);
    const embedded = await EmbeddedPostgres.open(dir);
    await embedded.close();
  });

  it('takes over a damaged lock file', async () => {
    const dir = mkdtempSync(join(work, 'damaged-'));
    writeFileSync(join(dir, LOCK), '{"pid": 12');
    const embedded = await EmbeddedPostgres.open(dir);
    await embedded.close();
  });
});
