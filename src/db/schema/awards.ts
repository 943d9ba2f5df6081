import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { AWARD_RANKS } from '../../domain/innovations/awards.ts'
import { innovations } from './innovations.ts'

export const awardLevel = pgEnum('award_level', ['nasional', 'provinsi', 'kabupaten', 'kota'])

/** An award such as "Top 45 KIPP 2021"; one row per title, shared by the innovations it names. */
export const awards = pgTable(
  'awards',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    /** The title folded to lower case: one award row however the title is capitalised. */
    titleKey: text().notNull(),
    level: awardLevel().notNull(),
    organizer: text(),
    year: integer(),
    /** The place the title gives: top, juara, harapan, finalis, nominasi or terpuji, and its number. */
    rank: text(),
    rankPosition: integer(),
    /** Announced as provisional (finalists awaiting the public test); false once final or imported. */
    provisional: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('awards_title_key_idx').on(t.titleKey),
    check('awards_year_range', sql`${t.year} is null or ${t.year} between 1945 and 2100`),
    check('awards_title_length', sql`char_length(${t.title}) between 1 and 500`),
    check(
      'awards_rank_kind',
      sql`${t.rank} is null or ${t.rank} in (${sql.raw(AWARD_RANKS.map((kind) => `'${kind}'`).join(', '))})`,
    ),
  ],
)

export const innovationAwards = pgTable(
  'innovation_awards',
  {
    innovationId: integer()
      .notNull()
      .references(() => innovations.id, { onDelete: 'cascade' }),
    awardId: integer()
      .notNull()
      .references(() => awards.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.innovationId, t.awardId] }),
    index('innovation_awards_award_idx').on(t.awardId),
  ],
)
