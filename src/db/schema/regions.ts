import { sql } from 'drizzle-orm'
import { check, index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core'

export const regencyKind = pgEnum('regency_kind', ['kabupaten', 'kota'])

/** The 38 provinces; `code` is the BPS code ("73"). Rows come from the region dataset, never by hand. */
export const provinces = pgTable(
  'provinces',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [check('provinces_code_format', sql`${t.code} ~ '^[0-9]{2}$'`)],
)

/** Kabupaten and kota; `code` is the BPS code ("73.13"), `name` the bare name ("Wajo"). */
export const regencies = pgTable(
  'regencies',
  {
    code: text().primaryKey(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    kind: regencyKind().notNull(),
    name: text().notNull(),
    officialName: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index('regencies_province_idx').on(t.provinceCode),
    check('regencies_code_format', sql`${t.code} ~ '^[0-9]{2}\\.[0-9]{2}$'`),
  ],
)
