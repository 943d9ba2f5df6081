import { eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { ChatGoneReason } from '../../domain/delivery/policy.ts'
import type { DeliveryMode, QuietHoursChoice, TimeZoneCode } from '../../domain/delivery/settings.ts'
import type { AwardLevel } from '../../domain/innovations/awards.ts'
import type { Database } from '../database.ts'
import { subscriptions } from '../schema/index.ts'

/** A chat's subscription as the bot shows it. */
export interface SubscriptionRecord {
  chatId: number
  chatType: string
  everything: boolean
  provinceCodes: string[]
  regencyCodes: string[]
  themes: string[]
  active: boolean
  locale: string
  deactivatedReason: string | null
  /** Empty: every level. */
  awardLevels: AwardLevel[]
  deliveryMode: DeliveryMode
  /** Null: inferred from the provinces followed. */
  timeZone: TimeZoneCode | null
  quietHours: QuietHoursChoice
  messageThreadId: number | null
  managedBy: number | null
}

/** The chat a subscription belongs to, and the locale its announcements are written in. */
export interface SubscriberChat {
  chatId: number
  chatType: string
  locale: string
}

/** One filter to add or toggle: everything, a province or kabupaten/kota (BPS code) or a theme slug. */
export type FilterChange =
  | { kind: 'everything' }
  | { kind: 'province'; code: string }
  | { kind: 'regency'; code: string }
  | { kind: 'theme'; slug: string }

/** Why a subscription ended because of Telegram (not of the user): /start revives these. */
export const DELIVERY_FAILURE_REASONS: readonly ChatGoneReason[] = [
  'blocked',
  'deactivated',
  'kicked',
  'chat-not-found',
  'forbidden',
]

const UNSUBSCRIBED = 'unsubscribed'

const columns = {
  chatId: subscriptions.chatId,
  chatType: subscriptions.chatType,
  everything: subscriptions.everything,
  provinceCodes: subscriptions.provinceCodes,
  regencyCodes: subscriptions.regencyCodes,
  themes: subscriptions.themes,
  active: subscriptions.active,
  locale: subscriptions.locale,
  deactivatedReason: subscriptions.deactivatedReason,
  awardLevels: subscriptions.awardLevels,
  deliveryMode: subscriptions.deliveryMode,
  timeZone: subscriptions.timeZone,
  quietHours: subscriptions.quietHours,
  messageThreadId: subscriptions.messageThreadId,
  managedBy: subscriptions.managedBy,
}

/** A chat's subscription, active or not; undefined when it never subscribed. */
export async function findSubscription(
  db: Database,
  chatId: number,
): Promise<SubscriptionRecord | undefined> {
  const [row] = await db.select(columns).from(subscriptions).where(eq(subscriptions.chatId, chatId))
  return row
}

const withValue = (column: PgColumn, value: string) =>
  sql`case when ${value} = any(${column}) then ${column} else array_append(${column}, ${value}::text) end`
const withoutValue = (column: PgColumn, value: string) => sql`array_remove(${column}, ${value}::text)`
const toggled = (column: PgColumn, value: string) =>
  sql`case when ${value} = any(${column}) then array_remove(${column}, ${value}::text) else array_append(${column}, ${value}::text) end`

function arrayColumnOf(change: Exclude<FilterChange, { kind: 'everything' }>) {
  if (change.kind === 'province')
    return { column: subscriptions.provinceCodes, key: 'provinceCodes' as const }
  if (change.kind === 'regency') return { column: subscriptions.regencyCodes, key: 'regencyCodes' as const }
  return { column: subscriptions.themes, key: 'themes' as const }
}

const filterValue = (change: Exclude<FilterChange, { kind: 'everything' }>) =>
  change.kind === 'theme' ? change.slug : change.code

async function upsertWith(
  db: Database,
  chat: SubscriberChat,
  initial: Partial<Pick<SubscriptionRecord, 'everything' | 'provinceCodes' | 'regencyCodes' | 'themes'>>,
  update: Record<string, SQL | boolean>,
): Promise<SubscriptionRecord> {
  const [row] = await db
    .insert(subscriptions)
    .values({ chatId: chat.chatId, chatType: chat.chatType, locale: chat.locale, ...initial })
    .onConflictDoUpdate({
      target: subscriptions.chatId,
      set: {
        ...update,
        chatType: chat.chatType,
        locale: chat.locale,
        active: true,
        deactivatedReason: null,
        deactivatedAt: null,
        updatedAt: sql`now()`,
      },
    })
    .returning(columns)
  if (!row) throw new Error(`subscription of chat ${chat.chatId} was not written`)
  return row
}

/**
 * Subscribes a chat to one more filter (idempotent) and (re)activates it. A specific filter ends "everything":
 * who types /langganan sulsel after /langganan semua wants Sulawesi Selatan, not the whole country.
 */
export function addFilter(db: Database, chat: SubscriberChat, change: FilterChange) {
  if (change.kind === 'everything') return upsertWith(db, chat, { everything: true }, { everything: true })
  const { column, key } = arrayColumnOf(change)
  const value = filterValue(change)
  return upsertWith(db, chat, { [key]: [value] }, { everything: false, [key]: withValue(column, value) })
}

/** Flips one filter of a chat's subscription (the buttons), and (re)activates it. */
export function toggleFilter(db: Database, chat: SubscriberChat, change: FilterChange) {
  if (change.kind === 'everything') {
    return upsertWith(db, chat, { everything: true }, { everything: sql`not ${subscriptions.everything}` })
  }
  const { column, key } = arrayColumnOf(change)
  const value = filterValue(change)
  return upsertWith(db, chat, { [key]: [value] }, { [key]: toggled(column, value) })
}

/** Removes one filter; the subscription stays (possibly with nothing chosen). */
export async function removeFilter(
  db: Database,
  chatId: number,
  change: Exclude<FilterChange, { kind: 'everything' }>,
) {
  const { column, key } = arrayColumnOf(change)
  await db
    .update(subscriptions)
    .set({ [key]: withoutValue(column, filterValue(change)), updatedAt: sql`now()` })
    .where(eq(subscriptions.chatId, chatId))
}

/** Ends a chat's subscription at its own request (/berhenti). Returns whether it was active. */
export async function unsubscribe(db: Database, chatId: number): Promise<boolean> {
  const rows = await db
    .update(subscriptions)
    .set({ active: false, deactivatedReason: UNSUBSCRIBED, deactivatedAt: sql`now()`, updatedAt: sql`now()` })
    .where(sql`${subscriptions.chatId} = ${chatId} and ${subscriptions.active}`)
    .returning({ chatId: subscriptions.chatId })
  return rows.length > 0
}

/** Reactivates a subscription that Telegram ended (blocked, kicked…), e.g. when the user sends /start again. */
export async function reactivateAfterFailure(db: Database, chatId: number): Promise<boolean> {
  const rows = await db
    .update(subscriptions)
    .set({ active: true, deactivatedReason: null, deactivatedAt: null, updatedAt: sql`now()` })
    .where(
      sql`${subscriptions.chatId} = ${chatId} and not ${subscriptions.active} and ${inArray(subscriptions.deactivatedReason, [...DELIVERY_FAILURE_REASONS])}`,
    )
    .returning({ chatId: subscriptions.chatId })
  return rows.length > 0
}

/** Ends the subscriptions of chats Telegram says are gone, remembering why. */
export async function deactivateChats(db: Database, chats: readonly { chatId: number; reason: string }[]) {
  for (const { chatId, reason } of chats) {
    await db
      .update(subscriptions)
      .set({ active: false, deactivatedReason: reason, deactivatedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(subscriptions.chatId, chatId))
  }
}

/**
 * Moves a group's subscription to the supergroup it became. If the supergroup already has one, that one
 * is kept. Run it inside a transaction with the delivery move.
 */
export async function moveSubscription(db: Database, fromChatId: number, toChatId: number) {
  await db.execute(sql`
    insert into ${subscriptions} (chat_id, chat_type, everything, province_codes, regency_codes, themes, active, locale,
      delivery_mode, delivery_mode_since, time_zone, quiet_hours, created_at)
    select ${toChatId}, 'supergroup', everything, province_codes, regency_codes, themes, active, locale,
      delivery_mode, delivery_mode_since, time_zone, quiet_hours, created_at
    from ${subscriptions} where chat_id = ${fromChatId}
    on conflict (chat_id) do nothing`)
  await db.delete(subscriptions).where(eq(subscriptions.chatId, fromChatId))
}

/** A change of when and how a chat's news comes (the Jadwal settings); `timeZone` null: inferred again. */
export type ScheduleChange =
  | { deliveryMode: DeliveryMode }
  | { timeZone: TimeZoneCode | null }
  | { quietHours: QuietHoursChoice }

/**
 * Changes a chat's schedule. Choosing another delivery mode restarts its clock: the first digest covers what
 * is published from now on (what came before was pushed, or already in an earlier digest). Returns the
 * subscription as it now stands; undefined when the chat has none.
 */
export async function updateSchedule(
  db: Database,
  chatId: number,
  change: ScheduleChange,
): Promise<SubscriptionRecord | undefined> {
  const since =
    'deliveryMode' in change
      ? {
          deliveryModeSince: sql`case when ${subscriptions.deliveryMode} = ${change.deliveryMode}
            then ${subscriptions.deliveryModeSince} else now() end`,
        }
      : {}
  const [row] = await db
    .update(subscriptions)
    .set({ ...change, ...since, updatedAt: sql`now()` })
    .where(eq(subscriptions.chatId, chatId))
    .returning(columns)
  return row
}
