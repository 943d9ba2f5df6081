import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import type { ChatGoneReason, SubscriptionFilters } from '../../domain/delivery/policy.ts'
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
  /** What the chat followed before its last /berhenti, offered back as "Pulihkan langganan lama". */
  previousFilters: SubscriptionFilters | null
}

/** What a subscription follows (its filters, without whether it is on). */
export type FollowedFilters = Pick<
  SubscriptionRecord,
  'everything' | 'provinceCodes' | 'regencyCodes' | 'themes' | 'awardLevels'
>

/**
 * The chat a subscription belongs to, and the locale its announcements are written in. `messageThreadId`:
 * the forum topic a group's /langganan came from (null: the group's main chat; absent: unchanged).
 */
export interface SubscriberChat {
  chatId: number
  chatType: string
  locale: string
  messageThreadId?: number | null
}

/** One filter to add or toggle: everything, a province or kabupaten/kota (BPS code) or a theme slug. */
export type FilterChange =
  | { kind: 'everything' }
  | { kind: 'province'; code: string }
  | { kind: 'regency'; code: string }
  | { kind: 'theme'; slug: string }

/** Why a subscription ended because of Telegram (not of the user): /start, unblocking or re-adding revives these. */
export const DELIVERY_FAILURE_REASONS: readonly ChatGoneReason[] = [
  'blocked',
  'deactivated',
  'kicked',
  'chat-not-found',
  'forbidden',
  'not-admin',
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
  previousFilters: subscriptions.previousFilters,
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
  initial: Partial<FollowedFilters & { managedBy: number }>,
  update: Record<string, SQL | boolean | string[]>,
): Promise<SubscriptionRecord> {
  const [row] = await db
    .insert(subscriptions)
    .values({
      chatId: chat.chatId,
      chatType: chat.chatType,
      locale: chat.locale,
      messageThreadId: chat.messageThreadId ?? null,
      ...initial,
    })
    .onConflictDoUpdate({
      target: subscriptions.chatId,
      set: {
        ...update,
        ...(chat.messageThreadId === undefined ? {} : { messageThreadId: chat.messageThreadId }),
        chatType: chat.chatType,
        locale: chat.locale,
        active: true,
        // A digest after a stop covers what came since the chat came back, not the weeks it was away.
        deliveryModeSince: sql`case when ${subscriptions.active} then ${subscriptions.deliveryModeSince} else now() end`,
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

/**
 * Removes one filter (everything: back to the regions and themes chosen); the subscription stays, possibly
 * with nothing chosen. Returns it, or undefined when the chat has none.
 */
export async function removeFilter(
  db: Database,
  chatId: number,
  change: FilterChange,
): Promise<SubscriptionRecord | undefined> {
  const set =
    change.kind === 'everything'
      ? { everything: false }
      : { [arrayColumnOf(change).key]: withoutValue(arrayColumnOf(change).column, filterValue(change)) }
  const [row] = await db
    .update(subscriptions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(subscriptions.chatId, chatId))
    .returning(columns)
  return row
}

/**
 * Follows a group of award levels if any of it is not followed yet, else stops following it (the
 * "Kabupaten/Kota" button is two levels). No level followed means every level.
 */
export async function toggleAwardLevels(db: Database, chat: SubscriberChat, levels: readonly AwardLevel[]) {
  const current = (await findSubscription(db, chat.chatId))?.awardLevels ?? []
  const allFollowed = levels.every((level) => current.includes(level))
  const next = allFollowed
    ? current.filter((level) => !levels.includes(level))
    : [...current, ...levels.filter((level) => !current.includes(level))]
  return upsertWith(db, chat, { awardLevels: next }, { awardLevels: next })
}

/** How many regions and themes a subscription follows ("everything" counts as one). */
export const followedCount = (filters: FollowedFilters) =>
  Number(filters.everything) +
  filters.provinceCodes.length +
  filters.regencyCodes.length +
  filters.themes.length

const NOTHING_FOLLOWED = {
  everything: false,
  provinceCodes: [],
  regencyCodes: [],
  themes: [],
  awardLevels: [],
}

/**
 * Ends a chat's subscription at its own request (/berhenti), keeping what it followed in
 * `previous_filters` and clearing it: a later /langganan starts from what is then asked for, and the old
 * list is one tap away ("Pulihkan"). Returns whether it was active.
 */
export async function unsubscribe(db: Database, chatId: number): Promise<boolean> {
  const followed = sql`${subscriptions.everything} or cardinality(${subscriptions.provinceCodes}) > 0
    or cardinality(${subscriptions.regencyCodes}) > 0 or cardinality(${subscriptions.themes}) > 0`
  const rows = await db
    .update(subscriptions)
    .set({
      ...NOTHING_FOLLOWED,
      previousFilters: sql`case when ${followed} then jsonb_build_object(
        'everything', ${subscriptions.everything}, 'provinceCodes', ${subscriptions.provinceCodes},
        'regencyCodes', ${subscriptions.regencyCodes}, 'themes', ${subscriptions.themes},
        'awardLevels', ${subscriptions.awardLevels}) else ${subscriptions.previousFilters} end`,
      active: false,
      deactivatedReason: UNSUBSCRIBED,
      deactivatedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(sql`${subscriptions.chatId} = ${chatId} and ${subscriptions.active}`)
    .returning({ chatId: subscriptions.chatId })
  return rows.length > 0
}

/**
 * Follows again what the chat followed before its last /berhenti, besides what it follows now, and
 * (re)activates it. Undefined when there is nothing to restore.
 */
export async function restorePreviousFilters(
  db: Database,
  chat: SubscriberChat,
): Promise<SubscriptionRecord | undefined> {
  const sub = await findSubscription(db, chat.chatId)
  const previous = sub?.previousFilters
  if (!sub || !previous) return undefined
  const union = <T>(now: readonly T[], before: readonly T[]) => [...new Set([...now, ...before])]
  const restored = {
    everything: sub.everything || previous.everything,
    provinceCodes: union(sub.provinceCodes, previous.provinceCodes),
    regencyCodes: union(sub.regencyCodes, previous.regencyCodes),
    themes: union(sub.themes, previous.themes),
    awardLevels: sub.awardLevels.length === 0 ? [] : union(sub.awardLevels, previous.awardLevels),
  }
  return upsertWith(db, chat, restored, { ...restored, previousFilters: sql`null` })
}

/**
 * Links a channel to the channel admin who manages it from their private chat, creating its subscription
 * (nothing chosen yet) or taking over an existing one. Revives one that Telegram had ended.
 */
export function linkChannel(db: Database, channel: SubscriberChat, managedBy: number) {
  return upsertWith(
    db,
    { ...channel, chatType: 'channel' },
    { managedBy },
    { managedBy: sql`${managedBy}::bigint` },
  )
}

/** The channels a person manages from their private chat, oldest link first. */
export async function listManagedChannels(db: Database, userId: number): Promise<number[]> {
  const rows = await db
    .select({ chatId: subscriptions.chatId })
    .from(subscriptions)
    .where(and(eq(subscriptions.managedBy, userId), eq(subscriptions.chatType, 'channel')))
    .orderBy(subscriptions.createdAt)
  return rows.map((row) => row.chatId)
}

/** Sends a group's pushes to the forum topic it names (null: the main chat); absent: unchanged. */
export async function setTopic(db: Database, chat: SubscriberChat) {
  if (chat.messageThreadId === undefined) return
  await db
    .update(subscriptions)
    .set({ messageThreadId: chat.messageThreadId, updatedAt: sql`now()` })
    .where(eq(subscriptions.chatId, chat.chatId))
}

/**
 * Reactivates a subscription that Telegram ended (blocked, kicked, no longer a channel admin…) once the chat
 * is back: /start, /langganan, or a my_chat_member update (unblocked, added back, promoted).
 */
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

/**
 * Ends the active subscriptions of chats Telegram says are gone, remembering why. One the person had
 * already stopped keeps its reason, so coming back (unblocking, re-adding) does not revive it.
 * Returns the chats whose subscription this ended.
 */
export async function deactivateChats(
  db: Database,
  chats: readonly { chatId: number; reason: string }[],
): Promise<SubscriptionRecord[]> {
  const ended: SubscriptionRecord[] = []
  for (const { chatId, reason } of chats) {
    const rows = await db
      .update(subscriptions)
      .set({ active: false, deactivatedReason: reason, deactivatedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(subscriptions.chatId, chatId), eq(subscriptions.active, true)))
      .returning(columns)
    ended.push(...rows)
  }
  return ended
}

/**
 * Moves a group's subscription to the supergroup it became. If the supergroup already has one, that one
 * is kept. Run it inside a transaction with the delivery move.
 */
export async function moveSubscription(db: Database, fromChatId: number, toChatId: number) {
  await db.execute(sql`
    insert into ${subscriptions} (chat_id, chat_type, everything, province_codes, regency_codes, themes,
      award_levels, previous_filters, delivery_mode, delivery_mode_since, time_zone, quiet_hours, active,
      locale, created_at)
    select ${toChatId}, 'supergroup', everything, province_codes, regency_codes, themes,
      award_levels, previous_filters, delivery_mode, delivery_mode_since, time_zone, quiet_hours, active,
      locale, created_at
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
