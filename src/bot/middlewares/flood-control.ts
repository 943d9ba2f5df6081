import { limit } from '@grammyjs/ratelimiter'
import type { MiddlewareFn } from 'grammy'
import type { Context } from '../context.ts'

/** How many messages and button presses one person may send per window before the bot stops answering. */
export interface FloodLimit {
  limit: number
  windowMs: number
}

/** A person types and taps far slower than this; a script or a stuck client does not. */
export const DEFAULT_FLOOD_LIMIT: FloodLimit = { limit: 20, windowMs: 10_000 }
/** One warning per flooder per minute, not one per message. */
const WARNING_INTERVAL_MS = 60_000

const floodKey = (ctx: Context) =>
  ctx.from && (ctx.message || ctx.editedMessage || ctx.callbackQuery) ? String(ctx.from.id) : undefined

/**
 * Per-person rate limit (@grammyjs/ratelimiter, in memory): updates over the limit are dropped before they
 * reach the database, so one flooding user cannot slow everyone else down. Inline queries are not counted
 * (Telegram sends one per keystroke). The flooder gets one polite warning.
 */
export function floodControl(options: FloodLimit = DEFAULT_FLOOD_LIMIT): MiddlewareFn<Context> {
  const warnedAt = new Map<number, number>()
  const shouldWarn = (userId: number) => {
    const now = Date.now()
    if (now - (warnedAt.get(userId) ?? 0) < WARNING_INTERVAL_MS) return false
    if (warnedAt.size > 10_000) warnedAt.clear()
    warnedAt.set(userId, now)
    return true
  }
  return limit<Context, never>({
    timeFrame: options.windowMs,
    limit: options.limit,
    keyGenerator: floodKey,
    alwaysReply: true,
    onLimitExceeded: async (ctx) => {
      const userId = ctx.from?.id
      if (userId === undefined || !shouldWarn(userId)) return
      ctx.logger.warn({ user: userId }, 'flood: updates dropped')
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('flood-warning') })
      else if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('flood-warning'))
    },
  })
}
