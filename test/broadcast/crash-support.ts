// What the crash tests share: a database both the test and a child process reach, and children to start
// and SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { inject } from 'vitest'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { ROOT } from '../support/processes.ts'

/** A small deterministic generator, so a failing seed can be replayed. */
/** Where the child finds the database: a Postgres database of this test's own, or a PGlite folder. */
export interface Place {
  env: Record<string, string>
  open(): Promise<DatabaseHandle>
  drop(): Promise<void>
}

export async function createPlace(): Promise<Place> {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const name = `inovasi_crash_${process.pid}_${Date.now()}`
    const admin = postgres(url, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database "${name}"`)
    const parsed = new URL(url)
    parsed.pathname = `/${name}`
    const own = parsed.toString()
    return {
      env: { DATABASE_URL: own },
      open: () => createDatabase({ url: own }),
      async drop() {
        await admin.unsafe(`drop database if exists "${name}" with (force)`)
        await admin.end({ timeout: 5 })
      },
    }
  }
  const dataDir = join(mkdtempSync(join(tmpdir(), 'inovasi-crash-')), 'pglite')
  const template = new Blob([readFileSync(inject('pgliteTemplate'))])
  await (await createDatabase({ dataDir, loadDataDir: template })).close()
  return { env: { PGLITE_DIR: dataDir }, open: () => createDatabase({ dataDir }), drop: async () => {} }
}

export function spawnChild(
  script: string,
  env: Record<string, string>,
): {
  child: ChildProcess
  started: Promise<void>
  exited: Promise<number | null>
} {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const started = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) resolve()
    })
    child.on('exit', () => resolve())
  })
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(stderr)
      resolve(code)
    }),
  )
  return { child, started, exited }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
