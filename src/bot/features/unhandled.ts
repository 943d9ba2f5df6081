import { Composer } from 'grammy'
import type { Context } from '../context.ts'

const composer = new Composer<Context>()

composer.chatType('private').on('message', (ctx) => ctx.reply(ctx.t('unhandled-message')))

composer.on('callback_query', (ctx) => ctx.answerCallbackQuery())

export { composer as unhandledFeature }
