import { sql } from 'drizzle-orm'
import { bigint, boolean, check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { SubscriptionFilters } from '../../domain/delivery/policy.ts'
import type { DeliveryMode, QuietHoursChoice, TimeZoneCode } from '../../domain/delivery/settings.ts'
import type { AwardLevel } from '../../domain/innovations/awards.ts'

/**
 * One subscription per chat (private, group or channel): everything, or any of some provinces,
 * kabupaten/kota or themes, narrowed to some award levels. `active` is false after /berhenti (which moves
 * the filters to `previousFilters`) or when Telegram says the chat is gone (blocked, deactivated, kicked,
 * not found, no longer a channel admin); `deactivatedReason` tells which, so coming back revives only the
 * latter.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    chatId: bigint({ mode: 'number' }).primaryKey(),
    chatType: text().notNull(),
    everything: boolean().notNull().default(false),
    provinceCodes: text().array().notNull().default(sql`'{}'::text[]`),
    regencyCodes: text().array().notNull().default(sql`'{}'::text[]`),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
    /** The locale announcements are written in for this chat ("id" or "en"). */
    locale: text().notNull().default('id'),
    deactivatedReason: text(),
    deactivatedAt: timestamp({ withTimezone: true }),
    /** Award levels followed (`nasional`, `provinsi`, `kabupaten`, `kota`); empty means every level. */
    awardLevels: text().array().$type<AwardLevel[]>().notNull().default(sql`'{}'::text[]`),
    /** `instant`: a push per announcement; `daily` / `weekly`: a digest at 07:00 local time. */
    deliveryMode: text().$type<DeliveryMode>().notNull().default('instant'),
    /** `WIB`, `WITA` or `WIT` as the subscriber chose; null: inferred from the provinces followed. */
    timeZone: text().$type<TimeZoneCode>(),
    /** Instant pushes between 21:00 and 06:00 local time: `silent` (no sound) or `hold` (sent at 06:00). */
    quietHours: text().$type<QuietHoursChoice>().notNull().default('silent'),
    /** When the chat last chose its delivery mode: its first digest covers what was published since. */
    deliveryModeSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A forum group's topic where /langganan was sent: pushes go there. */
    messageThreadId: integer(),
    /** A channel's subscription is managed from this person's private chat (a channel admin). */
    managedBy: bigint({ mode: 'number' }),
    /** The filters followed before the last /berhenti or fresh start, offered back as "Pulihkan". */
    previousFilters: jsonb().$type<SubscriptionFilters>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('subscriptions_delivery_mode', sql`${t.deliveryMode} in ('instant', 'daily', 'weekly')`),
    check('subscriptions_time_zone', sql`${t.timeZone} is null or ${t.timeZone} in ('WIB', 'WITA', 'WIT')`),
    check('subscriptions_quiet_hours', sql`${t.quietHours} in ('silent', 'hold')`),
  ],
)
