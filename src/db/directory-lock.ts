import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'

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

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(lockPath: string) {
  try {
    return Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
  } catch {
    return Number.NaN
  }
}

/**
 * PGlite has no lock of its own and two processes on one folder silently lose rows, so we take an
 * exclusive lock file beside the folder. A lock left by a dead process (kill -9) is taken over.
 */
export function acquireDirectoryLock(dataDir: string): { release(): void } {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldHere.add(lockPath)
      return {
        release() {
          heldHere.delete(lockPath)
          unlinkSync(lockPath)
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(lockPath)
      const ownedByEarlierRun = owner === process.pid && !heldHere.has(lockPath)
      if (Number.isInteger(owner) && !ownedByEarlierRun && isAlive(owner))
        throw new DatabaseBusyError(dataDir, owner)
      unlinkSync(lockPath)
    }
  }
  throw new DatabaseBusyError(dataDir, readOwner(lockPath))
}
