import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'

/** Another live process holds the PGlite data folder. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError'
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The PGlite data folder ${dataDir} is in use by process ${pid}`)
  }
}

/** Lock files this process holds: a lock naming our own pid but not listed here is from an earlier run (pid 1 in a container). */
const heldHere = new Set<string>()

/** Rounds of "take it, or clear a stale one": a live holder ends them at once, so few are ever needed. */
const MAX_ROUNDS = 50
const TAKEOVER_WAIT_MS = 5

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid in a lock file; `undefined` when the file is gone; NaN when it holds no pid (an old format). */
function readOwner(path: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(path, 'utf8'), 10)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Creates `path` as a hard link to our own, already written pid file: atomic and exclusive (EEXIST when
 * it exists), and the lock is never seen empty, so nobody mistakes a lock being written for a stale one.
 */
function publish(ours: string, path: string): boolean {
  try {
    linkSync(ours, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

const isStale = (owner: number, path: string) =>
  !Number.isInteger(owner) || (owner === process.pid ? !heldHere.has(path) : !isAlive(owner))

function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Removes a stale lock, under a second lock (`.takeover`): only its holder may delete the main lock, and a
 * new lock cannot appear while the old one exists, so the lock removed is the stale one read, never a
 * lock another process has just taken. Two processes that both found the same stale lock cannot both win.
 * A takeover lock whose holder died (only possible inside these few lines) is cleared for the next round.
 */
function clearStale(lockPath: string, staleOwner: number, ours: string) {
  const guard = `${lockPath}.takeover`
  if (!publish(ours, guard)) {
    const guardOwner = readOwner(guard)
    if (guardOwner !== undefined && isStale(guardOwner, guard)) unlinkIfPresent(guard)
    else pause(TAKEOVER_WAIT_MS)
    return
  }
  try {
    const owner = readOwner(lockPath)
    if (owner !== undefined && (owner === staleOwner || Number.isNaN(owner)) && isStale(owner, lockPath))
      unlinkIfPresent(lockPath)
  } finally {
    unlinkIfPresent(guard)
  }
}

function unlinkIfPresent(path: string) {
  try {
    unlinkSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/**
 * PGlite has no lock of its own and two processes on one folder silently lose rows, so we take an
 * exclusive lock file beside the folder. A lock left by a dead process (kill -9) is taken over.
 */
export function acquireDirectoryLock(dataDir: string): { release(): void } {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`
  const ours = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`
  writeFileSync(ours, String(process.pid))
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (publish(ours, lockPath)) {
        heldHere.add(lockPath)
        return {
          release() {
            heldHere.delete(lockPath)
            unlinkIfPresent(lockPath)
          },
        }
      }
      const owner = readOwner(lockPath)
      if (owner === undefined) continue
      if (!isStale(owner, lockPath)) throw new DatabaseBusyError(dataDir, owner)
      clearStale(lockPath, owner, ours)
    }
    throw new DatabaseBusyError(dataDir, readOwner(lockPath) ?? Number.NaN)
  } finally {
    unlinkIfPresent(ours)
  }
}
