import { Composer } from 'grammy'
import { isAdmin } from '../admins.ts'
import type { Context } from '../context.ts'

const composer = new Composer<Context>()

/** /start, also from a link whose payload we do not know (an old card link): greet and say what to do. */
composer.command('start', (ctx) => {
  const welcome = ctx.t('start-welcome', { name: ctx.from?.first_name ?? '' })
  return ctx.reply(ctx.match === '' ? welcome : `${ctx.t('start-unknown-link')}\n\n${welcome}`)
})

/** /bantuan (/help): what everyone can do, and for admins also their commands. */
composer.command(['bantuan', 'help'], async (ctx) => {
  const help = ctx.t('help-text', { bot: ctx.me.username })
  return ctx.reply((await isAdmin(ctx)) ? `${help}\n\n${ctx.t('help-admin')}` : help)
})

export { composer as welcomeFeature }
