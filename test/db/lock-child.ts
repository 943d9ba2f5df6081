// One contender for the PGlite folder lock (spawned by directory-lock.test.ts). In each round it waits for
// the round's instant, so every contender tries at the same moment, and prints whether it won. A winner
// holds the lock for most of the round, then releases it, or (`crash`) leaves it behind as a killed
// process would: the lock file naming a pid that is no longer alive. A winner prints when it held the lock
// (microseconds on the shared clock: from just after taking it to just before giving it up).
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { acquireDirectoryLock, DatabaseBusyError } from '../../src/db/directory-lock.ts'

const [dataDir = '', startAt = '0', rounds = '1', periodMs = '100', mode = 'release', deadPid = '0'] =
  process.argv.slice(2)

const microseconds = () => Math.round((performance.timeOrigin + performance.now()) * 1000)

const spinUntil = (at: number) => {
  while (Date.now() < at) {
    // Spin: a timer would wake each contender at a different moment.
  }
}

for (let round = 0; round < Number(rounds); round++) {
  const at = Number(startAt) + round * Number(periodMs)
  spinUntil(at)
  try {
    const lock = acquireDirectoryLock(dataDir)
    const from = microseconds()
    spinUntil(at + Number(periodMs) * 0.8)
    const to = microseconds()
    if (mode === 'crash') writeFileSync(`${dataDir}.lock`, deadPid)
    else lock.release()
    process.stdout.write(`${round} won ${process.pid} ${from} ${to}\n`)
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error
    process.stdout.write(`${round} busy ${error.pid}\n`)
  }
}
