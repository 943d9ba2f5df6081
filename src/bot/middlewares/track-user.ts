import type { MiddlewareFn } from 'grammy'
import { upsertTelegramUser } from '../../db/repositories/users.ts'
import type { Context } from '../context.ts'

/** Remembers each person who writes to the bot: submissions and moderation refer to them by id. */
export const trackUser: MiddlewareFn<Context> = async (ctx, next) => {
  const from = ctx.from
  if (from && !from.is_bot) {
    await upsertTelegramUser(ctx.deps.database.db, {
      id: from.id,
      firstName: from.first_name,
      username: from.username,
      languageCode: from.language_code,
    })
  }
  return next()
}
