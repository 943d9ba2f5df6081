import { Composer } from 'grammy'
import type { Context } from '../context.ts'

const composer = new Composer<Context>()

composer.command('start', (ctx) => ctx.reply(ctx.t('start-welcome', { name: ctx.from?.first_name ?? '' })))

composer.command(['bantuan', 'help'], (ctx) => ctx.reply(ctx.t('help-text', { bot: ctx.me.username })))

export { composer as welcomeFeature }
