import { asc, eq } from 'drizzle-orm'
import { type Sender, type SenderOptions, startSender } from '../../src/bot/broadcast/sender.ts'
import type { Database, DatabaseHandle } from '../../src/db/database.ts'
import { createAnnouncement, publishAnnouncement } from '../../src/db/repositories/announcements.ts'
import { deliveries, innovations, subscriptions } from '../../src/db/schema/index.ts'
import { createLogger, type Logger } from '../../src/logger.ts'
import type { FakeBotApiServer } from '../support/fake-bot-api-server.ts'

export const TEST_TOKEN = '123456:TEST-TOKEN-FOR-THE-FAKE-SERVER'

/** Short timings so that retries, pauses and take-overs happen within a test. */
export const FAST: Partial<SenderOptions> = {
  idlePollMs: 50,
  lockRetryMs: 100,
  progressIntervalMs: 200,
  flushIntervalMs: 20,
  requestTimeoutS: 1,
  stopGraceMs: 2000,
  retry: { baseDelayMs: 50, maxDelayMs: 400, maxAttempts: 6, maxAmbiguousSends: 3 },
}

export function startTestSender(
  database: DatabaseHandle,
  server: FakeBotApiServer,
  options: Partial<SenderOptions> = {},
  logger: Logger = createLogger({ level: 'silent' }),
): Sender {
  return startSender(
    {
      config: { botToken: TEST_TOKEN, botApiRoot: server.url, broadcastRatePerSecond: 25 },
      logger,
      database,
    },
    { ...FAST, ...options },
  )
}

export interface SubscriberSpec {
  chatId: number
  chatType?: string
  everything?: boolean
  provinceCodes?: string[]
  regencyCodes?: string[]
  themes?: string[]
  locale?: string
  messageThreadId?: number
}

/** Writes subscriptions in bulk (everything unless filters are given). */
export async function addSubscribers(db: Database, specs: readonly SubscriberSpec[]) {
  for (let start = 0; start < specs.length; start += 2000) {
    await db.insert(subscriptions).values(
      specs.slice(start, start + 2000).map((spec) => ({
        chatId: spec.chatId,
        chatType: spec.chatType ?? (spec.chatId < 0 ? 'group' : 'private'),
        everything: spec.everything ?? !(spec.provinceCodes || spec.regencyCodes || spec.themes),
        provinceCodes: spec.provinceCodes ?? [],
        regencyCodes: spec.regencyCodes ?? [],
        themes: spec.themes ?? [],
        locale: spec.locale ?? 'id',
        messageThreadId: spec.messageThreadId ?? null,
      })),
    )
  }
}

export const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i)

/** An innovation of the catalogue to name in announcements; the seeds must be loaded. */
export async function anyInnovationId(db: Database, name?: string): Promise<number> {
  const [row] = await db
    .select({ id: innovations.id })
    .from(innovations)
    .where(name ? eq(innovations.name, name) : undefined)
    .orderBy(asc(innovations.id))
    .limit(1)
  if (!row) throw new Error('no innovation in the test database: use createSeededDatabase')
  return row.id
}

/** Creates and publishes (fans out) an announcement naming these innovations. */
export async function announce(db: Database, title: string, innovationIds: readonly number[]) {
  const id = await createAnnouncement(db, { title, level: 'nasional', year: 2021, innovationIds })
  const outcome = await publishAnnouncement(db, id)
  return { id, ...outcome }
}

export async function deliveryRows(db: Database, announcementId: number) {
  return db
    .select({
      chatId: deliveries.chatId,
      status: deliveries.status,
      attempts: deliveries.attempts,
      ambiguousSends: deliveries.ambiguousSends,
      lastError: deliveries.lastError,
      nextAttemptAt: deliveries.nextAttemptAt,
      telegramMessageId: deliveries.telegramMessageId,
    })
    .from(deliveries)
    .where(eq(deliveries.announcementId, announcementId))
    .orderBy(asc(deliveries.chatId))
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  what = 'condition',
) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** The most messages in any window of `windowMs` (sliding, over accepted message times). */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++
    most = Math.max(most, end - start + 1)
  }
  return most
}
