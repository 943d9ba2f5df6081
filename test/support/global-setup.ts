import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'
import { createDatabase } from '../../src/db/database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
  }
}

/**
 * Migrates one PGlite database and dumps it, so each test file starts from a copy in under a second
 * instead of running initdb and the migrations again (PGlite start-up dominates the suite otherwise).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return
  const handle = await createDatabase({ dataDir: 'memory://' })
  const client = (handle.db as unknown as { $client: PGlite }).$client
  const dump = await client.dumpDataDir('none')
  const path = join(tmpdir(), `inovasi-pglite-template-${process.pid}.tar`)
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()))
  await handle.close()
  project.provide('pgliteTemplate', path)
}
