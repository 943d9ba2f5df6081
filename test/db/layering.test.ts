import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/processes.ts'

/** Every .ts file under src/, as a path relative to the repository. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : []
  })
}

const RAW_SQL = [/\bsql`/, /\.unsafe\(/, /(?<![\w^])postgres\(/, /from 'postgres'/, /pg_(try_)?advisory/]

describe('layering: the data layer owns SQL and locks; features do not reach into start-up', () => {
  it('no file outside src/db writes raw SQL, opens a driver, or takes an advisory lock', () => {
    const offenders = sourceFiles()
      .filter((file) => !file.startsWith('src/db/'))
      .flatMap((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8')
        return RAW_SQL.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`)
      })
    expect(offenders).toEqual([])
  })

  it('advisory locks are taken in one module of src/db', () => {
    const holders = sourceFiles().filter((file) =>
      /pg_(try_)?advisory/.test(readFileSync(join(ROOT, file), 'utf8')),
    )
    expect(holders).toEqual(['src/db/advisory-locks.ts'])
  })

  it('no feature imports the start-up wiring (src/runtime.ts): it gets what it needs through its dependencies', () => {
    const importers = sourceFiles()
      .filter((file) => file.startsWith('src/bot/') || file.startsWith('src/domain/'))
      .filter((file) => /from '[./]*runtime\.ts'/.test(readFileSync(join(ROOT, file), 'utf8')))
    expect(importers).toEqual([])
  })
})
