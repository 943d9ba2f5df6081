import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatImportReport } from '../../src/bot/format/import-report.ts'
import { importRecords } from '../../src/db/catalog-import.ts'
import { insertSubmission } from '../../src/db/repositories/submissions.ts'
import { IMPORT_COLUMNS, TEXT_LIMITS } from '../../src/domain/validation/import-row.ts'
import { SEARCH_QUERY_LIMIT } from '../../src/domain/validation/search-query.ts'
import { SUBMISSION_LIMITS, type SubmissionField } from '../../src/domain/validation/submission.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { latestYear } from '../../src/runtime.ts'
import { answer, fillDraft, newPerson, storedAnswers } from '../bot/submission-flow.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'

const i18n = createI18n()
const t = translatorFor(i18n)
const tooLong = (limit: number, trim: 'yes' | 'no' = 'yes') =>
  t('submit-problem', { kind: 'too-long', limit, length: limit + 1, trim })

/** A value of `length` characters, each outside ASCII: limits count characters, not bytes. */
const text = (length: number) => 'é'.repeat(length)
/** A valid link of exactly `length` characters. */
const link = (length: number) => {
  const start = 'https://wajokab.go.id/'
  return start + 'a'.repeat(length - start.length)
}

/** The typed answers of /ajukan, with the limit each one is held to. */
const SUBMISSION_TEXT_FIELDS = [
  'name',
  'expansion',
  'agency',
  'description',
  'problem',
  'impact',
  'innovator',
  'link',
] as const satisfies readonly SubmissionField[]

/** Every column that stores free text, and the limit its CHECK constraint must enforce. */
const COLUMN_LIMITS: readonly [table: string, column: string, limit: number][] = [
  ['innovations', 'name', TEXT_LIMITS.name],
  ['innovations', 'expansion', TEXT_LIMITS.expansion],
  ['innovations', 'agency', TEXT_LIMITS.agency],
  ['innovations', 'description', TEXT_LIMITS.description],
  ['innovations', 'problem', SUBMISSION_LIMITS.problem.max],
  ['innovations', 'impact', SUBMISSION_LIMITS.impact.max],
  ['innovations', 'innovator', TEXT_LIMITS.innovator],
  ['innovations', 'source', TEXT_LIMITS.source],
  ['innovations', 'rejection_reason', SUBMISSION_LIMITS.reason.max],
  ['search_queries', 'query', SEARCH_QUERY_LIMIT],
  ['awards', 'title', TEXT_LIMITS.award],
  ['announcements', 'title', 200],
]

/** The SQLSTATE of a database error (drivers and Drizzle wrap it in causes). */
function sqlState(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

const CHECK_VIOLATION = '23514'

describe('length limits on every free-text field', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
  })
  afterAll(() => fixture.close())

  const person = (from = newPerson()) => {
    const { bot, api } = createTestBot(fixture)
    return testUser(bot, api, from)
  }

  it('keeps every submission limit within what the database accepts', () => {
    const columnOf: Record<string, string> = { link: 'source' }
    for (const field of SUBMISSION_TEXT_FIELDS) {
      const column = columnOf[field] ?? field
      const stored = COLUMN_LIMITS.find(([table, name]) => table === 'innovations' && name === column)
      expect(stored?.[2], field).toBeGreaterThanOrEqual(SUBMISSION_LIMITS[field].max)
    }
  })

  it.each(SUBMISSION_TEXT_FIELDS.map((field) => [field, SUBMISSION_LIMITS[field].max] as const))(
    'refuses a submission %s over %i characters, says the limit, and asks again',
    async (field, limit) => {
      const user = person()
      await fillDraft(user, { until: field })
      await user.send(field === 'link' ? link(limit + 1) : text(limit + 1))
      expect(user.lastText()).toContain(tooLong(limit))
      await answer(user, field, field === 'link' ? link(limit) : text(limit))
      expect(user.lastText()).not.toContain(tooLong(limit))
    },
  )

  it('refuses a rejection reason over 300 characters and asks again', async () => {
    const author = newPerson()
    await person(author).send('/start')
    const stored = await insertSubmission(fixture.database.db, {
      answers: storedAnswers(),
      submittedBy: author.id,
      maxPending: 3,
    })
    if (stored.kind !== 'submitted') throw new Error('not stored')
    const admin = person(ADMIN)
    await admin.send('/start')
    await admin.click(`mod:reject:${stored.id}`)
    const limit = SUBMISSION_LIMITS.reason.max
    await admin.send(text(limit + 1))
    expect(admin.lastText()).toContain(tooLong(limit, 'no'))
    await admin.send('Belum ada data dampak yang dapat diperiksa.')
    expect(admin.lastText()).toBe(t('moderation-rejected', { id: String(stored.id) }))
  })

  it.each([
    ['typed', (query: string) => query],
    ['after /cari', (query: string) => `/cari ${query}`],
  ])('refuses a search %s over 300 characters, saying how long it may be', async (_how, typed) => {
    const user = person()
    await user.send(typed(`kesehatan ${text(SEARCH_QUERY_LIMIT)}`))
    expect(user.lastText()).toContain(`maksimal ${SEARCH_QUERY_LIMIT} karakter`)
    await user.send(typed(`ojek bumil ${text(SEARCH_QUERY_LIMIT - 11)}`))
    expect(user.lastText()).not.toContain('terlalu panjang')
  })

  it('refuses a /langganan request over 100 characters (one region or theme is far shorter)', async () => {
    const user = person()
    await user.send(`/langganan ${text(101)}`)
    expect(user.lastText()).toBe(t('subscribe-too-long', { limit: 100 }))
    await user.send('/langganan Kabupaten Kepulauan Siau Tagulandang Biaro')
    expect(user.lastText()).toContain('Siau Tagulandang Biaro')
  })

  it('refuses an announcement title over 200 characters', async () => {
    const admin = person(ADMIN)
    await admin.send(`/umumkan ${text(201)}`)
    expect(admin.lastText()).toBe(t('announce-title-invalid'))
  })

  it.each(
    IMPORT_COLUMNS.filter((column): column is keyof typeof TEXT_LIMITS => column in TEXT_LIMITS).map(
      (column) => [column, TEXT_LIMITS[column]] as const,
    ),
  )(
    'refuses an import whose %s is over %i characters, naming the line, the column and the limit',
    async (column, limit) => {
      const row = {
        name: 'Si Cantik Batas',
        agency: 'Dinas Kesehatan',
        regency: 'Kab. Wajo',
        province: 'Sulsel',
        year: 2022,
        description: 'Layanan kesehatan keliling',
        [column]: text(limit + 1),
      }
      const report = await importRecords(fixture.database.db, fixture.regions, [{ line: 1, value: row }], {
        skipInvalid: false,
        maxYear: latestYear(),
      })
      expect(report.written).toBe(false)
      expect(formatImportReport(t, report)).toContain(
        `  - ${t('import-problem', { field: t('import-field', { field: column }), problem: 'too-long', limit })}`,
      )
    },
  )

  it.each(COLUMN_LIMITS)('has the database refuse %s.%s over %i characters', async (table, column, limit) => {
    const write = (length: number) => {
      const value = sql`repeat('é', ${length})`
      if (table === 'search_queries')
        return sql`insert into search_queries (chat_id, query) values (1, ${value})`
      if (table === 'announcements') return sql`insert into announcements (title) values (${value})`
      if (table === 'awards')
        return sql`insert into awards (title, title_key, level) values (${value}, ${`limit-${length}`}, 'nasional')`
      return sql`update innovations set ${sql.identifier(column)} = ${value}
                 where id = (select min(id) from innovations)`
    }
    const { db } = fixture.database
    const refused = await db.execute(write(limit + 1)).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(sqlState(refused)).toBe(CHECK_VIOLATION)
    await db
      .transaction(async (tx) => {
        await tx.execute(write(limit))
        tx.rollback()
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'Rollback')) throw error
      })
  })
})
