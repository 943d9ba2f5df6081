import type { MiddlewareFn } from 'grammy'
import { upsertTelegramUser } from '../../db/repositories/users.ts'
import type { Context } from '../context.ts'

/**
 * Remembers each person who writes to the bot: submissions and moderation refer to them by id. Telegram
 * always names the sender in a private chat, so a private-chat update without one is forged: it is logged
 * and goes no further (every feature may rely on `ctx.from` there).
 */
export const trackUser: MiddlewareFn<Context> = async (ctx, next) => {
  const from = ctx.from
  if (!from) {
    if (ctx.chat?.type !== 'private') return next()
    ctx.logger.warn({ chat: ctx.chat.id }, 'private-chat update without a sender dropped')
    return
  }
  if (!from.is_bot) {
    await upsertTelegramUser(ctx.deps.database.db, {
      id: from.id,
      firstName: from.first_name,
      username: from.username,
      languageCode: from.language_code,
    })
  }
  return next()
}
