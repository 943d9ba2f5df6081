import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { provinces, regencies } from './regions.ts'
import { telegramUsers } from './users.ts'

export const innovationStatus = pgEnum('innovation_status', ['draft', 'pending', 'published', 'rejected'])
export const innovationStage = pgEnum('innovation_stage', ['inisiatif', 'uji_coba', 'penerapan'])

export const innovations = pgTable(
  'innovations',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    expansion: text(),
    description: text().notNull().default(''),
    problem: text(),
    impact: text(),
    /** Null when the source names no agency (award lists often give only the innovation and the region). */
    agency: text(),
    regencyCode: text().references(() => regencies.code),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    innovator: text(),
    year: integer(),
    /**
     * Theme slugs (src/domain/innovations/themes.ts). An array, not a join table: the list is closed and
     * small, every reader (search documents, cards, delivery reach) wants it with the row, and it meets the
     * subscriptions' `themes` array with one `&&`.
     */
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    /** The source's own theme words that no theme names ("lainnya"), kept as written. */
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    isDigital: boolean(),
    stage: innovationStage(),
    source: text(),
    status: innovationStatus().notNull().default('published'),
    /**
     * Name + region folded for comparison, and the folded agency ('' when unknown): the same name in the
     * same region is one innovation unless both name an agency and the agencies differ.
     */
    naturalKey: text().notNull(),
    agencyKey: text().notNull().default(''),
    submittedBy: bigint({ mode: 'number' }).references(() => telegramUsers.id),
    rejectionReason: text(),
    /** A rejected submission corrected and sent again: the new submission (it is not offered again). */
    resubmittedAs: integer().references((): AnyPgColumn => innovations.id, { onDelete: 'set null' }),
    /** The admin who approved or rejected a submission, and when: the second admin is told who was first. */
    moderatedBy: bigint({ mode: 'number' }),
    moderatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('innovations_natural_key_agency_idx').on(t.naturalKey, t.agencyKey),
    index('innovations_status_idx').on(t.status),
    index('innovations_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('innovations_province_idx').on(t.provinceCode),
    index('innovations_regency_idx').on(t.regencyCode),
    index('innovations_submitted_by_idx').on(t.submittedBy).where(sql`${t.submittedBy} is not null`),
    check('innovations_year_range', sql`${t.year} is null or ${t.year} between 1945 and 2100`),
    check('innovations_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('innovations_agency_length', sql`char_length(${t.agency}) between 1 and 200`),
    check('innovations_description_length', sql`char_length(${t.description}) <= 4000`),
    check('innovations_expansion_length', sql`char_length(${t.expansion}) <= 300`),
    check('innovations_problem_length', sql`char_length(${t.problem}) <= 1000`),
    check('innovations_impact_length', sql`char_length(${t.impact}) <= 1000`),
    check('innovations_innovator_length', sql`char_length(${t.innovator}) <= 200`),
    check('innovations_source_length', sql`char_length(${t.source}) <= 500`),
    check('innovations_rejection_reason_length', sql`char_length(${t.rejectionReason}) <= 300`),
  ],
)
