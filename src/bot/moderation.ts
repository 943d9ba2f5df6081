import type { I18n } from '@grammyjs/i18n'
import type { FormattedString } from '@grammyjs/parse-mode'
import type { Api } from 'grammy'
import type { OpenCorrection } from '../db/repositories/corrections.ts'
import {
  claimDueNotices,
  completeNotice,
  countOpenNotices,
  postponeNotice,
} from '../db/repositories/moderation-notices.ts'
import {
  approveSubmission,
  type DecisionOutcome,
  findSubmission,
  findUserLanguages,
  listModerationMessages,
  recordModerationMessages,
  rejectSubmission,
  type SubmissionRecord,
} from '../db/repositories/submissions.ts'
import { listModeratorIds } from '../db/repositories/users.ts'
import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n.ts'
import type { BotDeps, ConversationContext } from './context.ts'
import { correctionNotice, moderationCard, type Outcome, viewOf } from './format/submission.ts'
import { correctionKeyboard, moderationKeyboard, reopenKeyboard } from './keyboards/submission.ts'

/** What moderation needs of a context: inside a conversation's `external` the outer one is passed. */
export type ModerationContext = Pick<ConversationContext, 'api' | 'deps' | 'logger' | 't'> & {
  i18n: Pick<ConversationContext['i18n'], 'fluent'>
}

export type Decision = { kind: 'approve' } | { kind: 'reject'; reason: string }

/** Everyone who moderates: ADMIN_IDS and the admins marked in the database, each once. */
export const moderatorIds = (deps: BotDeps): Promise<number[]> =>
  listModeratorIds(deps.database.db, deps.config.adminIds)

const translatorIn = (ctx: ModerationContext, languageCode: string | null | undefined): Translate =>
  ctx.i18n.fluent.withLocale(languageCode ?? DEFAULT_LOCALE)

function outcomeOf(record: SubmissionRecord): Outcome {
  const by = record.moderatorName ?? String(record.moderatedBy ?? '')
  if (record.status === 'published') return { kind: 'published', by }
  if (record.status === 'rejected') return { kind: 'rejected', by, reason: record.rejectionReason ?? '' }
  return { kind: 'pending' }
}

/** The admin card of a submission in the words of one admin. */
export function cardOf(t: Translate, deps: BotDeps, record: SubmissionRecord): FormattedString {
  return moderationCard(t, {
    id: record.id,
    view: viewOf(deps.regions, record.answers),
    submitter: {
      name: record.submitterName ?? String(record.submittedBy ?? '?'),
      username: record.submitterUsername,
    },
    outcome: outcomeOf(record),
  })
}

/** Sends the card (with the decision buttons while pending) and remembers it, to update it after a decision. */
async function sendCard(ctx: ModerationContext, t: Translate, record: SubmissionRecord, chatId: number) {
  const card = cardOf(t, ctx.deps, record)
  const markup = record.status === 'pending' ? { reply_markup: moderationKeyboard(t, record.id) } : {}
  const message = await ctx.api.sendMessage(chatId, card.text, { entities: card.entities, ...markup })
  return { chatId, messageId: message.message_id }
}

/** How long a claimed notice is kept from other senders (a crash mid-send frees it after this). */
const NOTICE_LEASE_MS = 60_000
const NOTICE_BATCH = 50
/** A moderator who cannot be reached is tried again after 30 s, doubling up to an hour: forever, until told. */
export const noticeRetryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** attempts, 3_600_000)

/** After trying the notices of one submission: how many moderators were told now, how many still wait. */
export interface NoticeResult {
  told: number
  waiting: number
}

/**
 * Sends the queued "new submission" cards that are due (of one submission, or all), each in the admin's
 * language, and records each sent card. A card that fails stays queued with a later attempt (see
 * `noticeRetryDelayMs`), so it is retried by the next run of `startModerationNotifier`, in this process or
 * after a restart. A submission already decided needs no card any more.
 */
export async function deliverModerationNotices(
  ctx: ModerationContext,
  innovationId?: number,
): Promise<NoticeResult> {
  const db = ctx.deps.database.db
  const notices = await claimDueNotices(db, {
    ...(innovationId === undefined ? {} : { innovationId }),
    limit: NOTICE_BATCH,
    leaseMs: NOTICE_LEASE_MS,
  })
  const records = new Map<number, SubmissionRecord | undefined>()
  const languages = await findUserLanguages(
    db,
    notices.map((notice) => notice.adminId),
  )
  let told = 0
  for (const notice of notices) {
    if (!records.has(notice.innovationId))
      records.set(notice.innovationId, await findSubmission(db, notice.innovationId))
    const record = records.get(notice.innovationId)
    if (record?.status !== 'pending') {
      await completeNotice(db, notice)
      continue
    }
    try {
      const t = translatorIn(ctx, languages.get(notice.adminId))
      const sent = await sendCard(ctx, t, record, notice.adminId)
      await recordModerationMessages(db, record.id, [sent])
      await completeNotice(db, notice)
      told++
    } catch (error) {
      const retryInMs = noticeRetryDelayMs(notice.attempts)
      ctx.logger.warn(
        { err: error, adminId: notice.adminId, submission: notice.innovationId, retryInMs },
        'could not tell a moderator about a submission; trying again later',
      )
      await postponeNotice(db, notice, retryInMs, error instanceof Error ? error.message : String(error))
    }
  }
  const waiting = innovationId === undefined ? 0 : await countOpenNotices(db, innovationId)
  return { told, waiting }
}

/**
 * Runs `deliverModerationNotices` for every submission every `intervalMs` (30 s by default), so notices
 * that failed, or that a stopped process left, reach their moderators. Returns the function that stops it.
 */
export function startModerationNotifier(options: {
  api: Api
  deps: BotDeps
  i18n: I18n
  intervalMs?: number
}): () => void {
  const { api, deps, i18n } = options
  const ctx: ModerationContext = { api, deps, logger: deps.logger, i18n, t: translatorFor(i18n) }
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    deliverModerationNotices(ctx)
      .catch((error: unknown) => ctx.logger.error({ err: error }, 'moderation notices not sent'))
      .finally(() => {
        running = false
      })
  }, options.intervalMs ?? 30_000)
  timer.unref()
  return () => clearInterval(timer)
}

/** Shows one submission to the admin in `chatId` (from /antrian); false when it does not exist. */
export async function showSubmission(ctx: ModerationContext, id: number, chatId: number): Promise<boolean> {
  const record = await findSubmission(ctx.deps.database.db, id)
  if (!record) return false
  const message = await sendCard(ctx, ctx.t, record, chatId)
  if (record.status === 'pending') await recordModerationMessages(ctx.deps.database.db, id, [message])
  return true
}

/** Brings every admin copy of a submission up to date (the decision shown, the buttons gone). */
export async function refreshModerationMessages(ctx: ModerationContext, record: SubmissionRecord) {
  const messages = await listModerationMessages(ctx.deps.database.db, record.id)
  const languages = await findUserLanguages(
    ctx.deps.database.db,
    messages.map((message) => message.chatId),
  )
  for (const { chatId, messageId } of messages) {
    const card = cardOf(translatorIn(ctx, languages.get(chatId)), ctx.deps, record)
    const markup = record.status === 'pending' ? { reply_markup: moderationKeyboard(ctx.t, record.id) } : {}
    await ctx.api
      .editMessageText(chatId, messageId, card.text, { entities: card.entities, ...markup })
      .catch((error: unknown) =>
        ctx.logger.debug({ err: error, chatId, messageId }, 'admin card not updated'),
      )
  }
}

/** Tells the author what was decided, in their language. */
async function tellSubmitter(api: Api, t: Translate, record: SubmissionRecord) {
  if (record.submittedBy === null) return
  const { name } = record.answers
  const text =
    record.status === 'published'
      ? t('moderation-notice-approved', { id: String(record.id), name })
      : t('moderation-notice-rejected', { id: String(record.id), name, reason: record.rejectionReason ?? '' })
  const markup = record.status === 'rejected' ? { reply_markup: reopenKeyboard(t, record.id) } : {}
  await api.sendMessage(record.submittedBy, text, markup)
}

/**
 * Approves or rejects a pending submission for the admin `adminId`. Only one decision ever wins (the
 * repository updates only a pending row); the winner's decision is shown on every admin copy and sent to
 * the author. `already` carries the earlier decision for the admin who came second.
 */
export async function decide(
  ctx: ModerationContext,
  id: number,
  adminId: number,
  decision: Decision,
): Promise<DecisionOutcome> {
  const db = ctx.deps.database.db
  const outcome =
    decision.kind === 'approve'
      ? await approveSubmission(db, id, adminId)
      : await rejectSubmission(db, id, adminId, decision.reason)
  if (outcome.kind !== 'decided') return outcome
  await refreshModerationMessages(ctx, outcome.record)
  const t = translatorIn(ctx, outcome.record.submitterLanguage)
  await tellSubmitter(ctx.api, t, outcome.record).catch((error: unknown) =>
    ctx.logger.warn({ err: error, submission: id }, 'could not tell the author about the decision'),
  )
  return outcome
}

/** "Sudah disetujui oleh Admin" for the admin who was second. */
export function decisionText(t: Translate, record: SubmissionRecord): string {
  const outcome = outcomeOf(record)
  if (outcome.kind === 'published')
    return t('moderation-already-published', { id: String(record.id), admin: outcome.by })
  if (outcome.kind === 'rejected')
    return t('moderation-already-rejected', { id: String(record.id), admin: outcome.by })
  return t('moderation-status-pending')
}

/**
 * Tells every moderator, each in their language, that someone proposed a correction (it also waits in
 * /antrian). A moderator who cannot be reached is logged and skipped. Returns how many were told.
 */
export async function announceCorrection(
  ctx: ModerationContext,
  correction: OpenCorrection,
): Promise<number> {
  const ids = await moderatorIds(ctx.deps)
  const languages = await findUserLanguages(ctx.deps.database.db, ids)
  let told = 0
  for (const adminId of ids) {
    const t = translatorIn(ctx, languages.get(adminId))
    const notice = correctionNotice(t, correction)
    try {
      await ctx.api.sendMessage(adminId, notice.text, {
        entities: notice.entities,
        reply_markup: correctionKeyboard(t, correction.id),
      })
      told++
    } catch (error) {
      ctx.logger.warn(
        { err: error, adminId, correction: correction.id },
        'could not tell a moderator about a correction',
      )
    }
  }
  return told
}
