import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { announceCommand, announceStatusCommand } from '../../src/cli/announce-command.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { claimDue, recordOutcomes, releaseClaims } from '../../src/db/repositories/deliveries.ts'
import { startSearchSync } from '../../src/db/search-sync.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'
import type { Runtime } from '../../src/runtime.ts'
import { createSeededDatabase } from '../support/database.ts'
import { runEntry } from '../support/processes.ts'
import { addSubscribers, anyInnovationId, deliveryRows } from './support.ts'

const t = translatorFor(createI18n())

describe('announcing from the command line', () => {
  let database: DatabaseHandle
  let regions: RegionCatalogue
  beforeAll(async () => {
    ;({ database, regions } = await createSeededDatabase())
    await addSubscribers(database.db, [
      { chatId: 1, themes: ['kesehatan'] },
      { chatId: 2, provinceCodes: ['16'] },
      { chatId: 3, provinceCodes: ['51'] },
    ])
  })
  afterAll(() => database.close())

  const runtime = async (): Promise<Runtime> => ({
    database,
    regions,
    search: createSearchIndex(regions),
    close: async () => {},
  })
  const announce = (args: Partial<Parameters<typeof announceCommand>[0]>) =>
    announceCommand(
      { title: undefined, year: undefined, level: undefined, innovations: [], ...args },
      runtime,
      t,
    )

  it('prints the new announcement id, then how many subscribers were queued', async () => {
    const taquias = await anyInnovationId(database.db, 'Taquias')
    const result = await announce({
      title: 'Top 45 KIPP 2021',
      year: '2021',
      innovations: ['jek-mil', `#${taquias}`, 'Trias Jupe'],
    })
    expect(result.exitCode).toBe(0)
    const id = Number(result.lines[0])
    expect(result.lines[1]).toBe(
      `Pengumuman #${id} "Top 45 KIPP 2021" dibuat: 2 pelanggan dalam antrean. Bot yang berjalan akan mengirimnya; pantau dengan: npm run -s cli -- announce-status ${id}`,
    )
    expect((await deliveryRows(database.db, id)).map((row) => row.chatId)).toEqual([1, 2])
  })

  it.each([
    [{ year: '2021', innovations: ['Taquias'] }, 'Sebutkan judulnya'],
    [{ title: 'Top 45 KIPP', year: '21', innovations: ['Taquias'] }, '--year harus tahun antara 1945'],
    [{ title: 'Top 45 KIPP', year: '2021', level: 'dunia', innovations: ['Taquias'] }, '--level harus'],
    [{ title: 'Top 45 KIPP', year: '2021' }, 'Sebutkan inovasinya'],
    [
      { title: 'Top 45 KIPP', year: '2021', innovations: ['Tidak Ada'] },
      'Inovasi "Tidak Ada" tidak ditemukan',
    ],
    [{ title: 'Top 45 KIPP', year: '2021', innovations: ['pe'] }, '"pe" cocok dengan beberapa inovasi: #'],
  ])('refuses %j and says what to fix', async (args, message) => {
    const result = await announce(args)
    expect(result.exitCode).toBe(1)
    expect(result.lines.join('\n')).toContain(message)
  })

  it('finds innovations with the search the bot uses, takes --level in any case, and says what it chose', async () => {
    const search = createSearchIndex(regions)
    const sync = await startSearchSync(database, search, createLogger({ level: 'silent' }))
    try {
      const searching = async (): Promise<Runtime> => ({ database, regions, search, close: async () => {} })
      const run = (innovations: string[]) =>
        announceCommand(
          { title: 'Top 99 KIPP 2021', year: '2021', level: 'Nasional', innovations },
          searching,
          t,
        )
      const result = await run(['jekmil'])
      expect(result.exitCode).toBe(0)
      expect(result.lines[2]).toMatch(/^• "jekmil": #\d+ JEK-MIL/)
      const several = await run(['kesehatan'])
      expect(several.exitCode).toBe(1)
      expect(several.lines[0]).toMatch(/"kesehatan" cocok dengan beberapa inovasi: #\d+ .+, #\d+ /)
    } finally {
      await sync.stop()
    }
  })

  it('shows the progress of an announcement as the admin sees it', async () => {
    const first = await announce({ title: 'Top 99 KIPP 2022', year: '2022', innovations: ['Trias Jupe'] })
    const id = Number(first.lines[0])
    const claims = await claimDue(database.db, 100)
    const claimed = claims.find((claim) => claim.announcementId === id)
    await releaseClaims(
      database.db,
      claims.filter((claim) => claim !== claimed),
    )
    await recordOutcomes(database.db, [
      {
        announcementId: id,
        chatId: claimed?.chatId ?? 0,
        attempt: claimed?.attempts ?? 0,
        status: 'sent',
        retryInMs: null,
        error: null,
        messageId: 5,
        revision: 1,
        ambiguous: 0,
        refundAttempt: 0,
      },
    ])
    const status = await announceStatusCommand({ id: String(id) }, runtime, t)
    expect(status.lines).toEqual([
      `📣 Top 99 KIPP 2022 (#${id})`,
      'Penerima: 2 · terkirim: 1 · menunggu: 1 · gagal: 0 · dilewati: 0',
      '⏳ Sedang mengirim…',
    ])
    expect((await announceStatusCommand({ id: '999999' }, runtime, t)).lines).toEqual([
      'Pengumuman #999999 tidak ada.',
    ])
  })

  it('works as npm run cli does: announce, then announce-status with the printed id', async () => {
    const env = { PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'inovasi-announce-')), 'pglite') }
    const args = ['announce', '--title', 'Top 45 KIPP 2021', '--year', '2021', '--innovation', 'JEK-MIL']
    const created = await runEntry('src/cli/index.ts', args, env)
    expect(created.code).toBe(0)
    const id = created.stdout.split('\n')[0]
    expect(id).toMatch(/^\d+$/)
    const status = await runEntry('src/cli/index.ts', ['announce-status', id ?? ''], env)
    expect(status.stdout).toContain('Penerima: 0')
    expect(status.stdout).toContain('✅ Selesai.')
  }, 60_000)
})
