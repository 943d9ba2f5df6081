import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCommand } from '../../src/cli/import-command.ts'
import { countInnovations } from '../../src/db/repositories/innovations.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import type { CatalogueRuntime } from '../../src/runtime.ts'
import { createSeededDatabase } from '../support/database.ts'

const t = translatorFor(createI18n())
const folder = mkdtempSync(join(tmpdir(), 'import-command-'))

function file(name: string, content: string) {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

const HEADER = 'Nama Inovasi;Instansi;Kabupaten/Kota;Provinsi;Tahun;Tema\n'
const LIST = `${HEADER}Sahabat Lapor;Dinas Kominfo;Gowa;Sulsel;2020;tata kelola\nPoster Tanah Doang;Dinas Kesehatan;Kepulauan Selayar;Sulawesi Selatan;2021;kesehatan\n`

describe('npm run cli -- import FILE [--dry-run] [--skip-invalid]', () => {
  let runtime: CatalogueRuntime
  beforeAll(async () => {
    const fixture = await createSeededDatabase()
    runtime = { ...fixture, close: async () => {} }
    afterAll(() => fixture.database.close())
  })
  const run = (path: string, options: { dryRun?: boolean; skipInvalid?: boolean } = {}) =>
    importCommand(
      { file: path, dryRun: options.dryRun ?? false, skipInvalid: options.skipInvalid ?? false },
      async () => runtime,
      t,
    )
  const count = () => countInnovations(runtime.database.db)

  it('--dry-run says what would happen and writes nothing; the real run then does exactly that', async () => {
    const before = await count()
    const path = file('list.csv', LIST)
    const check = await run(path, { dryRun: true })
    expect(check).toEqual({
      exitCode: 0,
      lines: [t('import-check-done', { total: 2, inserted: 2, updated: 0, unchanged: 0, skipped: 0 })],
    })
    expect(await count()).toBe(before)
    const real = await run(path)
    expect(real.lines).toEqual([
      t('import-done', { total: 2, inserted: 2, updated: 0, unchanged: 0, skipped: 0 }),
    ])
    expect(await count()).toBe(before + 2)
    const again = await run(path, { dryRun: true })
    expect(again.lines).toEqual([
      t('import-check-done', { total: 2, inserted: 0, updated: 0, unchanged: 2, skipped: 0 }),
    ])
  })

  it('names each refused line; a refused line stops the whole file unless --skip-invalid', async () => {
    const before = await count()
    const path = file('bad.csv', `${HEADER}Satu Data;Bappeda;Gowa;Sulsel;2020;\n;Bappeda;Atlantis;;2020;\n`)
    const refused = await run(path)
    expect(refused.exitCode).toBe(1)
    expect(refused.lines[0]).toBe(t('import-invalid-header', { line: 3 }))
    expect(refused.lines.at(-1)).toBe(t('import-aborted', { count: 1 }))
    expect(await count()).toBe(before)
    const skipped = await run(path, { skipInvalid: true })
    expect(skipped.exitCode).toBe(0)
    expect(skipped.lines.at(-1)).toBe(
      t('import-done', { total: 2, inserted: 1, updated: 0, unchanged: 0, skipped: 1 }),
    )
    expect(await count()).toBe(before + 1)
  })

  it('explains a file without a name column instead of refusing every line', async () => {
    const result = await run(file('columns.csv', 'No;Kota\n1;Gowa\n'))
    expect(result).toEqual({
      exitCode: 1,
      lines: [t('import-file-error', { kind: 'no-name-column', detail: 'No, Kota' })],
    })
  })
})
