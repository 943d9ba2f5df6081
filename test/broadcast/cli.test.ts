import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  announceCommand,
  announceStatusCommand,
  announceUpdateCommand,
} from '../../src/cli/announce-command.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { claimDue, recordOutcomes, releaseClaims } from '../../src/db/repositories/deliveries.ts'
import { awards, innovationAwards, innovations } from '../../src/db/schema/index.ts'
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
    [
      { title: 'Top 45 KIPP 2021', year: '2024', innovations: ['Taquias'] },
      'Judul "Top 45 KIPP 2021" menyebut tahun 2021, padahal --year 2024.',
    ],
    [{ title: 'Top 45 KIPP', year: '2021', stage: 'sementara', innovations: ['Taquias'] }, '--stage harus'],
  ])('refuses %j and says what to fix', async (args, message) => {
    const result = await announce(args)
    expect(result.exitCode).toBe(1)
    expect(result.lines.join('\n')).toContain(message)
  })

  it('refuses to announce the same award again for the same innovations, pointing to announce-update', async () => {
    const first = await announce({ title: 'Top 30 KIPP 2018', year: '2018', innovations: ['Taquias'] })
    const id = Number(first.lines[0])
    const again = await announce({
      title: 'top 30 kipp 2018',
      year: '2018',
      innovations: ['Trias Jupe', 'Taquias'],
    })
    expect(again.exitCode).toBe(1)
    expect(again.lines[0]).toContain(`sudah diumumkan sebagai #${id}`)
    expect(again.lines[0]).toContain(`npm run -s cli -- announce-update ${id}`)
    const otherInnovation = await announce({
      title: 'Top 30 KIPP 2018',
      year: '2018',
      innovations: ['Trias Jupe'],
    })
    expect(otherInnovation.exitCode, 'the same title for other innovations is another list').toBe(0)
  })

  it('corrects an announcement: stage, innovations added and removed, withdrawn; the award on innovations follows', async () => {
    const update = (id: number, args: Partial<Parameters<typeof announceUpdateCommand>[0]>) =>
      announceUpdateCommand(
        { id: String(id), title: undefined, stage: undefined, add: [], remove: [], ...args },
        runtime,
        t,
      )
    const awardedWith = async (title: string) =>
      database.db
        .select({ name: innovations.name, provisional: awards.provisional })
        .from(innovationAwards)
        .innerJoin(awards, eq(awards.id, innovationAwards.awardId))
        .innerJoin(innovations, eq(innovations.id, innovationAwards.innovationId))
        .where(eq(awards.title, title))
        .orderBy(innovations.name)
    const created = await announce({
      title: 'Top 99 KIPP Uji 2020',
      year: '2020',
      stage: 'provisional',
      innovations: ['jek-mil'],
    })
    const id = Number(created.lines[0])
    expect(await awardedWith('Top 99 KIPP Uji 2020')).toEqual([{ name: 'JEK-MIL', provisional: true }])
    const claims = await claimDue(database.db, 100)
    const mine = claims.filter((claim) => claim.announcementId === id)
    await releaseClaims(
      database.db,
      claims.filter((claim) => claim.announcementId !== id),
    )
    await recordOutcomes(
      database.db,
      mine.map((claim) => ({
        announcementId: id,
        chatId: claim.chatId,
        attempt: claim.attempts,
        status: 'sent' as const,
        retryInMs: null,
        error: null,
        messageId: 7,
        revision: 1,
        ambiguous: 0,
        refundAttempt: 0,
      })),
    )
    expect(mine.map((claim) => claim.chatId)).toEqual([1])

    const final = await update(id, { stage: 'final', add: ['Trias Jupe'] })
    expect(final.exitCode).toBe(0)
    expect(final.lines[0]).toBe(
      `Pengumuman #${id} diperbarui (revisi 2): 1 pesan yang sudah terkirim akan diubah, 1 pelanggan baru akan menerimanya.`,
    )
    expect(final.lines[1]).toMatch(/^• "Trias Jupe": #\d+ Trias Jupe/)
    expect((await deliveryRows(database.db, id)).map((row) => row.chatId)).toEqual([1, 2])
    expect(await awardedWith('Top 99 KIPP Uji 2020')).toEqual([
      { name: 'JEK-MIL', provisional: false },
      { name: 'Trias Jupe', provisional: false },
    ])
    const status = await announceStatusCommand({ id: String(id) }, runtime, t)
    expect(status.lines).toContain('Pesan terkirim yang masih diubah: 1')

    const removed = await update(id, { remove: ['jek-mil'], title: 'Top 99 KIPP Uji 2020 (koreksi)' })
    expect(removed.lines[0]).toContain('diperbarui (revisi 3)')
    expect(await awardedWith('Top 99 KIPP Uji 2020')).toEqual([])
    expect(await awardedWith('Top 99 KIPP Uji 2020 (koreksi)')).toEqual([
      { name: 'Trias Jupe', provisional: false },
    ])

    expect((await update(id, { remove: ['Trias Jupe'] })).lines[0]).toContain('setidaknya satu inovasi')
    expect((await update(id, { title: 'Top 99 KIPP Uji 2019' })).lines[0]).toContain('menyebut tahun 2019')
    expect((await update(id, {})).lines[0]).toContain('Sebutkan nomor pengumuman dan perubahannya')
    const withdrawn = await update(id, { stage: 'withdrawn' })
    expect(withdrawn.lines[0]).toContain('diperbarui (revisi 4)')
    expect(await awardedWith('Top 99 KIPP Uji 2020 (koreksi)')).toEqual([])
    const after = await update(id, { stage: 'final' })
    expect(after.exitCode).toBe(1)
    expect(after.lines[0]).toBe(`Pengumuman #${id} sudah ditarik kembali dan tidak bisa diubah lagi.`)
    expect((await update(999_999, { stage: 'final' })).lines[0]).toBe(
      'Pengumuman #999999 tidak ada atau belum diumumkan.',
    )
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
