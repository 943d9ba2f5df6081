import { type ErrorHandler, GrammyError } from 'grammy'
import type { Context } from './context.ts'

/** postgres.js connection failures, socket errors, and SQLSTATE classes 08 (connection) and 57P (shutdown). */
const UNAVAILABLE_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
])

/** Whether an error (or one of its causes: Drizzle wraps driver errors) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^(08|57P0)/.test(code))) return true
    current = (current as { cause?: unknown }).cause ?? (current as { error?: unknown }).error
  }
  return false
}

/**
 * The one error boundary: log the failure, and tell a private chat that something went wrong — that the
 * service is disturbed when the database is out of reach (the driver reconnects by itself when it is back).
 */
export const errorHandler: ErrorHandler<Context> = async ({ ctx, error }) => {
  const logger = ctx.logger ?? ctx.deps?.logger
  const unavailable = isDatabaseUnavailable(error)
  logger?.error(
    { err: error, update_id: ctx.update.update_id, databaseUnavailable: unavailable },
    'update failed',
  )
  if (error instanceof GrammyError && error.error_code === 403) return
  if (typeof ctx.t !== 'function') return
  const text = ctx.t(unavailable ? 'error-unavailable' : 'error-generic')
  const reply = ctx.callbackQuery
    ? ctx.answerCallbackQuery({ text })
    : ctx.chat?.type === 'private'
      ? ctx.reply(text)
      : undefined
  await reply?.catch((replyError: unknown) => {
    logger?.warn({ err: replyError }, 'could not tell the user about the failure')
  })
}
