import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../src/db/database.ts'
import { runEntry } from '../support/processes.ts'

const freshDataDir = () => join(mkdtempSync(join(tmpdir(), 'inovasi-proc-')), 'pglite')

describe('the programs as a user starts them', () => {
  it('npm start without a token opens the local chat on a new PGlite folder and answers /start', async () => {
    const run = await runEntry('src/main.ts', [], { PGLITE_DIR: freshDataDir() }, '/start\n')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Mode obrolan lokal')
    expect(run.stdout).toContain('Halo, Anda!')
  })

  it('refuses a bad configuration with the variable named, exit status 2 and no stack trace', async () => {
    const run = await runEntry('src/main.ts', [], { BOT_TOKEN: 'rahasia', ADMIN_IDS: 'budi' })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/BOT_TOKEN: .*BotFather/)
    expect(run.stderr).toMatch(/ADMIN_IDS: .*budi/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stderr).not.toContain('rahasia')
  })

  it('the CLI imports a file and says what it did', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inovasi-import-')), 'rows.jsonl')
    writeFileSync(
      file,
      `${JSON.stringify({ name: 'Lapor Cepat', agency: 'Diskominfo', province: 'Sulsel' })}\n`,
    )
    const run = await runEntry('src/cli/index.ts', ['import', file], { PGLITE_DIR: freshDataDir() })
    expect(run.stdout).toContain(
      'Impor selesai: 1 baris dibaca, 1 inovasi baru, 0 diperbarui, 0 tidak berubah, 0 dilewati.',
    )
    expect(run.code).toBe(0)
  })

  it('the CLI says clearly that the bot holds the PGlite folder, exits 1 and leaves it intact', async () => {
    const dataDir = freshDataDir()
    const holder = await createDatabase({ dataDir })
    const file = join(mkdtempSync(join(tmpdir(), 'inovasi-import-')), 'rows.jsonl')
    writeFileSync(file, `${JSON.stringify({ name: 'X', agency: 'Y', province: 'Bali' })}\n`)
    const run = await runEntry('src/cli/index.ts', ['import', file], { PGLITE_DIR: dataDir })
    await holder.close()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`sedang dipakai oleh proses lain (PID ${process.pid})`)
    const reopened = await createDatabase({ dataDir })
    await reopened.close()
  })
})
