import type { MiddlewareFn } from 'grammy'
import type { BotDeps, Context } from '../context.ts'

/** Puts the dependencies and an update-scoped logger on every context. */
export function provideDeps(deps: BotDeps): MiddlewareFn<Context> {
  return (ctx, next) => {
    ctx.deps = deps
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id })
    return next()
  }
}
