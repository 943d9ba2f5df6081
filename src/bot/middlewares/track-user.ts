import type { MiddlewareFn } from 'grammy'
import { upsertTelegramUser } from '../../db/repositories/users.ts'
import type { Locale } from '../../i18n.ts'
import type { Context } from '../context.ts'

/**
 * The languages people chose with /bahasa, by user id: what the i18n locale negotiator reads (inside
 * conversations too, where there is no outer context). Refreshed from the database on every update, so a
 * choice made through another instance holds here as well; only people who chose have an entry.
 */
export type ChosenLocales = Map<number, Locale>

/**
 * Remembers each person who writes to the bot: submissions and moderation refer to them by id. Telegram
 * always names the sender in a private chat, so a private-chat update without one is forged: it is logged
 * and goes no further (every feature may rely on `ctx.from` there). The language they chose is read back
 * with the same statement and applied to this update.
 */
export function trackUser(chosen: ChosenLocales): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const from = ctx.from
    if (!from) {
      if (ctx.chat?.type !== 'private') return next()
      ctx.logger.warn({ chat: ctx.chat.id }, 'private-chat update without a sender dropped')
      return
    }
    if (!from.is_bot) {
      const locale = await upsertTelegramUser(ctx.deps.database.db, {
        id: from.id,
        firstName: from.first_name,
        username: from.username,
        languageCode: from.language_code,
      })
      if (locale) chosen.set(from.id, locale)
      else chosen.delete(from.id)
      if (locale) await ctx.i18n.renegotiateLocale()
    }
    return next()
  }
}
