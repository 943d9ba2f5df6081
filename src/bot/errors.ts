import { type ErrorHandler, GrammyError } from 'grammy'
import type { Context } from './context.ts'

/** The one error boundary: log the failure, and tell a private chat that something went wrong. */
export const errorHandler: ErrorHandler<Context> = async ({ ctx, error }) => {
  const logger = ctx.logger ?? ctx.deps?.logger
  logger?.error({ err: error, update_id: ctx.update.update_id }, 'update failed')
  if (error instanceof GrammyError && error.error_code === 403) return
  if (ctx.chat?.type !== 'private' || typeof ctx.t !== 'function') return
  await ctx.reply(ctx.t('error-generic')).catch((replyError: unknown) => {
    logger?.warn({ err: replyError }, 'could not tell the user about the failure')
  })
}
