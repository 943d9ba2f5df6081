import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, resultRows } from '../../src/db/database.ts'
import { findTheme } from '../../src/domain/innovations/themes.ts'

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url))

interface Journal {
  entries: { tag: string }[]
}

/** A copy of the migrations folder holding only those before the one that brought themes and agency keys. */
function migrationsBeforeImportCore() {
  const folder = mkdtempSync(join(tmpdir(), 'migrations-'))
  cpSync(MIGRATIONS, folder, { recursive: true })
  const path = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(path, 'utf8')) as Journal
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith('_import_core'))
  expect(index).toBeGreaterThan(0)
  writeFileSync(path, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }))
  return folder
}

/** A database migrated to just before issue 11, then (by `finish`) to the end, on PGlite or Postgres. */
async function openOldDatabase(folder: string) {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const client = await PGlite.create('memory://', { extensions: { pg_trgm, unaccent } })
    const db = drizzlePglite({ client, casing: 'snake_case' })
    await migratePglite(db, { migrationsFolder: folder })
    return {
      db: db as unknown as Database,
      finish: () => migratePglite(db, { migrationsFolder: MIGRATIONS }),
      close: () => client.close(),
    }
  }
  const name = `inovasi_migration_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database "${name}"`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const client = postgres(target.toString(), { max: 1, onnotice: () => {} })
  const db = drizzlePostgres({ client, casing: 'snake_case' })
  await migratePostgres(db, { migrationsFolder: folder })
  return {
    db: db as unknown as Database,
    finish: () => migratePostgres(db, { migrationsFolder: MIGRATIONS }),
    async close() {
      await client.end({ timeout: 5 })
      await admin.unsafe(`drop database if exists "${name}" with (force)`)
      await admin.end({ timeout: 5 })
    },
  }
}

describe('the migration to urusan themes and agency-optional keys', () => {
  let old: Awaited<ReturnType<typeof openOldDatabase>>
  let folder: string
  const rows = async <T>(query: ReturnType<typeof sql>) => resultRows<T>(await old.db.execute(query))

  beforeAll(async () => {
    folder = migrationsBeforeImportCore()
    old = await openOldDatabase(folder)
    await old.db.execute(sql`insert into provinces (code, name) values ('73', 'Sulawesi Selatan')`)
    await old.db.execute(sql`insert into regencies (code, province_code, kind, name, official_name)
      values ('73.13', '73', 'kabupaten', 'Wajo', 'Kabupaten Wajo')`)
    await old.db.execute(sql`insert into innovations (name, agency, regency_code, province_code, theme, natural_key, status)
      values
        ('Smart BUMDes', 'Dinas PMD', '73.13', '73', 'pemberdayaan', 'smartbumdes|dinaspmd|73.13', 'published'),
        ('Pasar Online', 'Dinas Koperasi', null, '73', 'ekonomi', 'pasaronline|dinaskoperasi|p73', 'published'),
        ('Lapor Cepat', 'Diskominfo', '73.13', '73', 'astrologi', 'laporcepat|diskominfo|73.13', 'published'),
        ('Tanpa Tema', 'Dinas X', '73.13', '73', null, 'tanpatema|dinasx|73.13', 'published'),
        ('Ditolak', 'Dinas Y', '73.13', '73', 'sosial', 'ditolak|dinasy|73.13#9', 'rejected')`)
    await old.db.execute(sql`insert into subscriptions (chat_id, chat_type, themes) values
      (1, 'private', ${sql.raw(`'{ekonomi,kesehatan,infrastruktur}'`)}::text[]),
      (2, 'private', ${sql.raw(`'{kependudukan,dihapus}'`)}::text[]),
      (3, 'group', '{}'::text[])`)
    await old.finish()
  })
  afterAll(async () => {
    await old.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('moves every old theme to its urusan, and keeps an unknown one as the innovation’s tag', async () => {
    const stored = await rows<{ name: string; themes: string[]; tags: string[] }>(
      sql`select name, themes, tags from innovations order by name`,
    )
    expect(stored).toEqual([
      { name: 'Ditolak', themes: ['sosial'], tags: [] },
      { name: 'Lapor Cepat', themes: [], tags: ['astrologi'] },
      { name: 'Pasar Online', themes: ['koperasi-ukm'], tags: [] },
      { name: 'Smart BUMDes', themes: ['masyarakat-desa'], tags: [] },
      { name: 'Tanpa Tema', themes: [], tags: [] },
    ])
    for (const row of stored) for (const slug of row.themes) expect(findTheme(slug)).toBeDefined()
  })

  it('moves the subscriptions’ theme filters to the same slugs', async () => {
    const subs = await rows<{ chat_id: number | string; themes: string[] }>(
      sql`select chat_id, themes from subscriptions order by chat_id`,
    )
    expect(subs.map((sub) => [Number(sub.chat_id), [...sub.themes].sort()])).toEqual([
      [1, ['kesehatan', 'koperasi-ukm', 'pekerjaan-umum']],
      [2, ['adminduk']],
      [3, []],
    ])
  })

  it('splits the natural key into name + region and the agency, keeping a rejected one released', async () => {
    const keys = await rows<{ name: string; natural_key: string; agency_key: string }>(
      sql`select name, natural_key, agency_key from innovations order by name`,
    )
    expect(keys).toEqual([
      { name: 'Ditolak', natural_key: 'ditolak|73.13#9', agency_key: 'dinasy' },
      { name: 'Lapor Cepat', natural_key: 'laporcepat|73.13', agency_key: 'diskominfo' },
      { name: 'Pasar Online', natural_key: 'pasaronline|p73', agency_key: 'dinaskoperasi' },
      { name: 'Smart BUMDes', natural_key: 'smartbumdes|73.13', agency_key: 'dinaspmd' },
      { name: 'Tanpa Tema', natural_key: 'tanpatema|73.13', agency_key: 'dinasx' },
    ])
  })

  it('accepts an innovation without agency once migrated', async () => {
    await old.db.execute(
      sql`insert into innovations (name, province_code, natural_key) values ('Baru', '73', 'baru|p73')`,
    )
    const [row] = await rows<{ agency: string | null }>(
      sql`select agency from innovations where name = 'Baru'`,
    )
    expect(row).toEqual({ agency: null })
  })
})
