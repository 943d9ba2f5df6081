import {
  type ConversationData,
  conversations,
  createConversation,
  type VersionedState,
} from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import { sequentialize } from '@grammyjs/runner'
import { type Api, Composer, type MiddlewareFn } from 'grammy'
import {
  conversationIds,
  createConversationStorage,
  deleteIdleConversation,
  deleteIdleConversations,
} from '../../db/conversation-storage.ts'
import { findUserLanguages } from '../../db/repositories/submissions.ts'
import { DEFAULT_LOCALE } from '../../i18n.ts'
import { type BotDeps, type Context, type ConversationContext, nowOf } from '../context.ts'
import { cancelConfirmData, cancelConfirmKeyboard, cancelData } from '../keyboards/submission.ts'
import { CORRECT, correctConversation } from './correct.ts'
import { EDIT, editConversation, REJECT, rejectConversation } from './moderate.ts'
import { SUBMIT, submitConversation } from './submit.ts'

/**
 * Version of the stored conversation logs. Bump it when a change to a conversation's code would replay
 * old logs differently (steps added, reordered): stored drafts of the old version are then discarded.
 */
export const CONVERSATION_VERSION = 1

const HOUR_MS = 3_600_000

/** Conversations run in private chats only; their state is keyed by the chat id. */
const stateKey = (ctx: { chat?: { id: number; type: string } | undefined }) =>
  ctx.chat?.type === 'private' ? String(ctx.chat.id) : undefined

const idleSince = (deps: BotDeps) =>
  new Date(nowOf(deps).getTime() - deps.config.submissionDraftTtlHours * HOUR_MS)

/** Inside a conversation the outer middleware does not run: this gives its contexts the same deps. */
function conversationDeps(deps: BotDeps): MiddlewareFn<ConversationContext> {
  return (ctx, next) => {
    ctx.deps = deps
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id })
    return next()
  }
}

/**
 * Discards a chat's conversation state once it has been idle longer than SUBMISSION_DRAFT_TTL_HOURS, with
 * a polite notice for a submission draft. An answer or button meant for the expired draft stops here;
 * commands go on (so /ajukan starts a new draft right away).
 */
const expireIdleState: MiddlewareFn<Context> = async (ctx, next) => {
  const key = stateKey(ctx)
  const expired =
    key === undefined
      ? undefined
      : await deleteIdleConversation(ctx.deps.database.db, key, idleSince(ctx.deps))
  if (!expired?.includes(SUBMIT)) return next()
  ctx.logger.info({ chat: key }, 'idle submission draft expired')
  await ctx.reply(ctx.t('submit-expired', { hours: ctx.deps.config.submissionDraftTtlHours }))
  if (ctx.callbackQuery) return ctx.answerCallbackQuery()
  if (ctx.message?.entities?.[0]?.type === 'bot_command') return next()
}

/**
 * /batal, every "Batal" button and a typed "batal" end whatever dialogue runs, before any conversation sees
 * the update. A submission draft is worth asking about once ("Batalkan pengajuan?"); "Tidak" goes back to
 * the question (the conversation handles it), an admin's reason or edit dialogue ends at once.
 */
async function cancel(ctx: Context) {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery()
  const active = ctx.conversation.active()
  if (Object.keys(active).length === 0) return ctx.reply(ctx.t('submit-nothing-to-cancel'))
  if (active[SUBMIT])
    return ctx.reply(ctx.t('submit-cancel-confirm'), { reply_markup: cancelConfirmKeyboard(ctx.t) })
  await ctx.conversation.exitAll()
  await ctx.reply(ctx.t('moderation-cancelled'))
}

/** "Ya" to "Batalkan pengajuan?": the draft is deleted, and the question's buttons with it. */
async function confirmCancel(ctx: Context) {
  await ctx.answerCallbackQuery()
  if (!ctx.conversation.active()[SUBMIT]) return ctx.editMessageText(ctx.t('submit-nothing-to-cancel'))
  await ctx.conversation.exit(SUBMIT)
  await ctx.editMessageText(ctx.t('submit-cancelled'))
}

const TYPED_CANCEL = /^\s*batal(kan)?\s*[.!]*\s*$/i

/**
 * The conversations' storage adapter. It also notices a draft this process did not write: the bot was
 * restarted (or the chat moved to another instance) while the draft was open. The person is told before
 * the conversation answers, once, so nobody wonders why the bot remembers an old question.
 */
function storageAdapter(deps: BotDeps) {
  const store = createConversationStorage<VersionedState<ConversationData>>(deps.database.db, () =>
    nowOf(deps),
  )
  /** Chats whose state this process has read or written: only their drafts are known to be ours. */
  const known = new Set<string>()
  return {
    read: async (ctx: Context) => {
      const key = stateKey(ctx)
      if (key === undefined) return undefined
      const state = await store.read(key)
      if (state && !known.has(key) && conversationIds(state).includes(SUBMIT)) {
        ctx.logger.info({ chat: key }, 'continuing a draft written before this process started')
        await ctx.reply(ctx.t('submit-resumed'))
      }
      if (state) known.add(key)
      return state
    },
    write: async (ctx: Context, state: VersionedState<ConversationData>) => {
      const key = stateKey(ctx)
      if (key === undefined) return
      known.add(key)
      await store.write(key, state)
    },
    delete: async (ctx: Context) => {
      const key = stateKey(ctx)
      if (key === undefined) return
      known.delete(key)
      await store.delete(key)
    },
  }
}

/**
 * Everything conversations need, installed once before any feature: one update at a time per chat (a
 * replay must see the log the previous update wrote), expiry of idle state, the plugin itself with its
 * state in Postgres (`plugins` gives conversation contexts `ctx.t` and `ctx.deps`), cancelling, and the
 * conversations, so that an answer reaches its conversation before any feature reads it.
 */
export function conversationState(deps: BotDeps, i18n: I18n<ConversationContext>): Composer<Context> {
  const composer = new Composer<Context>()
  composer.use(sequentialize<Context>((ctx) => stateKey(ctx)))
  composer.use(expireIdleState)
  composer.use(
    conversations<ConversationContext, ConversationContext>({
      storage: { type: 'context', version: CONVERSATION_VERSION, adapter: storageAdapter(deps) },
      plugins: [conversationDeps(deps), i18n],
    }),
  )
  const cancelling = composer.chatType('private')
  cancelling.command(['batal', 'cancel'], cancel)
  cancelling.callbackQuery(cancelData.filter(), cancel)
  cancelling.callbackQuery(cancelConfirmData.filter(), confirmCancel)
  cancelling.hears(TYPED_CANCEL, (ctx, next) => (ctx.conversation.active()[SUBMIT] ? cancel(ctx) : next()))
  composer.use(
    createConversation<ConversationContext, ConversationContext>(submitConversation, SUBMIT),
    createConversation<ConversationContext, ConversationContext>(rejectConversation, REJECT),
    createConversation<ConversationContext, ConversationContext>(editConversation, EDIT),
    createConversation<ConversationContext, ConversationContext>(correctConversation, CORRECT),
  )
  return composer
}

export interface SweepOptions {
  deps: BotDeps
  api: Api
  i18n: I18n
}

/**
 * Discards every idle conversation state and tells the authors of expired submission drafts, in their
 * language, so nobody waits on a draft that is gone. Returns how many authors were notified.
 */
export async function sweepIdleDrafts({ deps, api, i18n }: SweepOptions): Promise<number> {
  const expired = await deleteIdleConversations(deps.database.db, idleSince(deps))
  const chats = expired
    .filter((state) => state.conversations.includes(SUBMIT))
    .map((state) => Number(state.key))
  const languages = await findUserLanguages(deps.database.db, chats)
  let notified = 0
  for (const chatId of chats) {
    const text = i18n.t(languages.get(chatId) ?? DEFAULT_LOCALE, 'submit-expired', {
      hours: deps.config.submissionDraftTtlHours,
    })
    await api.sendMessage(chatId, text).then(
      () => notified++,
      (error: unknown) => deps.logger.warn({ err: error, chatId }, 'could not tell about an expired draft'),
    )
  }
  if (expired.length > 0) deps.logger.info({ expired: expired.length, notified }, 'idle drafts swept')
  return notified
}

/** Runs `sweepIdleDrafts` every `intervalMs` (10 minutes by default); returns the function that stops it. */
export function startDraftSweeper(options: SweepOptions & { intervalMs?: number }): () => void {
  const timer = setInterval(
    () => {
      sweepIdleDrafts(options).catch((error: unknown) =>
        options.deps.logger.error({ err: error }, 'draft sweep failed'),
      )
    },
    options.intervalMs ?? 10 * 60_000,
  )
  timer.unref()
  return () => clearInterval(timer)
}
