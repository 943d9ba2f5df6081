import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * An award article an admin turns into catalogue entries with /berita. The article, its source and the
 * drafts with every edit live here, not in memory, so a restart or another bot process continues the flow.
 * `status`: waiting for the text, reviewing the drafts, saved (may still be announced), announced, closed.
 */
export const newsArticles = pgTable(
  'news_articles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    adminId: bigint({ mode: 'number' }).notNull(),
    status: text().notNull().default('waiting'),
    /** The field of a draft the admin's next text answers, or null. */
    editing: jsonb(),
    text: text().notNull().default(''),
    title: text(),
    /** The dateline as the article writes it ("9/11/2021"). */
    dated: text(),
    url: text(),
    drafts: jsonb().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('news_articles_open_idx')
      .on(t.adminId)
      .where(sql`${t.status} in ('waiting', 'reviewing', 'saved')`),
    check(
      'news_articles_status',
      sql`${t.status} in ('waiting', 'reviewing', 'saved', 'announced', 'closed')`,
    ),
    check('news_articles_text_length', sql`char_length(${t.text}) <= 100000`),
  ],
)
