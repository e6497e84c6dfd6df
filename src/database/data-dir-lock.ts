import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/** The data folder is used by another live process (or, on another machine, may be). */
export class DataDirInUse extends Error {}

/** What a lock file says about its owner; every field but `pid` may be missing in a lock written by an older version. */
interface LockOwner {
  pid: number;
  host?: string;
  /** Linux: the boot the owner ran in and its start time in clock ticks since boot (/proc/<pid>/stat). */
  bootId?: string;
  startTicks?: number;
  lockedAt?: number;
}

// Where the kernel says how a process is doing; absent off Linux.
const PROC = '/proc';
// task flags (include/linux/sched.h): the process has begun to exit.
const PF_EXITING = 0x4;
// Signal 9 in the pending masks of /proc/<pid>/status.
const SIGKILL_BIT = 1n << 8n;
/** Off Linux only a live PID can be seen: give a killed process this long to disappear. */
const GRACE_MS = 3000;
const TAKEOVER_STALE_MS = 10_000;

/**
 * Takes the lock file of a data folder for this process: PGlite keeps no lock of its own, and two
 * processes on one folder would corrupt it. A lock whose owner is gone is taken over at once, even
 * while a killed owner is still being torn down or waits as a zombie for its parent, and so is one
 * whose PID now belongs to another process (told apart by the owner's start time). Released by
 * `releaseDataDirLock`, or left behind by a crash for the next start to take over.
 */
export async function takeDataDirLock(lockFile: string): Promise<void> {
  const deadline = Date.now() + (existsProc() ? 0 : GRACE_MS);
  for (;;) {
    if (createLock(lockFile)) {
      return;
    }
    const owner = readOwner(lockFile);
    if (owner === null) {
      continue; // removed between our two looks: try again
    }
    const verdict = judge(owner);
    if (verdict === 'gone') {
      if (!takeOver(lockFile, owner)) {
        await new Promise((resolve) => setTimeout(resolve, 50)); // another process is taking it over
      }
      continue;
    }
    if (verdict === 'maybe' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    throw new DataDirInUse(inUseMessage(lockFile, owner));
  }
}

export function releaseDataDirLock(lockFile: string): void {
  const owner = readOwner(lockFile);
  if (owner?.pid === process.pid) {
    rmSync(lockFile, { force: true });
  }
}

/** The live process holding a folder's lock, if any: a second process must ask it rather than open the folder. */
export function liveLockOwner(lockFile: string): number | undefined {
  const owner = readOwner(lockFile);
  return owner !== null && judge(owner) !== 'gone' ? owner.pid : undefined;
}

function createLock(lockFile: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(describeSelf())}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function describeSelf(): LockOwner {
  const self = procStat(process.pid);
  return { pid: process.pid, host: hostname(), bootId: bootId(), startTicks: self?.startTicks, lockedAt: Date.now() };
}

function readOwner(lockFile: string): LockOwner | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(lockFile, 'utf8').trim();
    mtimeMs = statSync(lockFile).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
  if (/^\d+$/u.test(text)) {
    return { pid: Number(text), lockedAt: mtimeMs }; // a lock of the older format: the PID alone
  }
  try {
    const parsed = JSON.parse(text) as LockOwner;
    return Number.isInteger(parsed.pid) ? parsed : { pid: 0 };
  } catch {
    return { pid: 0 }; // damaged (a crash while writing it): nobody owns it
  }
}

/**
 * `gone`: the owner is dead, dying, or its PID now names another process. `alive`: it is the
 * owner, running. `maybe`: only a live PID is known (off Linux, or a lock from another machine).
 */
function judge(owner: LockOwner): 'gone' | 'alive' | 'maybe' {
  if (owner.host !== undefined && owner.host !== hostname()) {
    return 'maybe';
  }
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !pidExists(owner.pid)) {
    return 'gone';
  }
  if (!existsProc()) {
    return 'maybe';
  }
  const stat = procStat(owner.pid);
  if (stat === null || dying(owner.pid, stat)) {
    return 'gone';
  }
  if (owner.startTicks !== undefined && owner.bootId !== undefined) {
    return owner.bootId === bootId() && owner.startTicks === stat.startTicks ? 'alive' : 'gone';
  }
  // An older lock: a process that started after the lock was written cannot have written it.
  const startedAt = startTimeMs(stat.startTicks);
  return owner.lockedAt !== undefined && startedAt !== null && startedAt > owner.lockedAt + 2000 ? 'gone' : 'alive';
}

/** Killed but not yet gone: exiting (memory still being freed), a zombie, or SIGKILL pending. */
function dying(pid: number, stat: ProcStat): boolean {
  if (stat.state === 'Z' || stat.state === 'X' || (stat.flags & PF_EXITING) !== 0) {
    return true;
  }
  try {
    const status = readFileSync(`${PROC}/${pid}/status`, 'utf8');
    const pending = [...status.matchAll(/^(?:SigPnd|ShdPnd):\s*([0-9a-f]+)$/gmu)].map((m) => BigInt(`0x${m[1]}`));
    return pending.some((mask) => (mask & SIGKILL_BIT) !== 0n);
  } catch {
    return true; // vanished while we looked
  }
}

/**
 * Removes a lock judged stale and lets the caller create its own. A second file guards the step,
 * so two processes taking over the same stale lock cannot remove each other's new one. False when
 * another process holds the guard.
 */
function takeOver(lockFile: string, stale: LockOwner): boolean {
  const guard = `${lockFile}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error;
    }
    // Another process is taking over; a guard left by a crash is cleared after a while.
    if (Date.now() - safeMtime(guard) > TAKEOVER_STALE_MS) {
      rmSync(guard, { force: true });
    }
    return false;
  }
  try {
    const current = readOwner(lockFile);
    if (current !== null && JSON.stringify(current) === JSON.stringify(stale)) {
      rmSync(lockFile, { force: true });
    }
  } finally {
    closeSync(fd);
    rmSync(guard, { force: true });
  }
  return true;
}

function inUseMessage(lockFile: string, owner: LockOwner): string {
  const where = owner.host && owner.host !== hostname() ? ` on ${owner.host}` : '';
  return (
    `The embedded database in ${dirname(lockFile)} is in use by process ${owner.pid}${where}. ` +
    'Stop that process, or set DATA_DIR to another folder (or DATABASE_URL to use PostgreSQL). ' +
    `If no such process is running, the lock is stale: delete ${lockFile} and start again.`
  );
}

interface ProcStat {
  state: string;
  flags: number;
  startTicks: number;
}

const existsProc = (): boolean => procStat(process.pid) !== null;

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`${PROC}/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], flags: Number(fields[6]), startTicks: Number(fields[19]) };
  } catch {
    return null;
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync(`${PROC}/sys/kernel/random/boot_id`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Wall-clock start of a process from its start ticks (USER_HZ is 100 on Linux). */
function startTimeMs(startTicks: number): number | null {
  try {
    const btime = /^btime (\d+)$/mu.exec(readFileSync(`${PROC}/stat`, 'utf8'));
    return btime ? Number(btime[1]) * 1000 + startTicks * 10 : null;
  } catch {
    return null;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function safeMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
