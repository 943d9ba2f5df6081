import { Composer } from 'grammy'
import { countPendingSubmissions } from '../../db/repositories/submissions.ts'
import type { Context } from '../context.ts'
import { SUBMIT } from '../conversations/submit.ts'
import { previewData, stepData } from '../keyboards/submission.ts'

const composer = new Composer<Context>()

const privateChat = composer.chatType('private')
privateChat.command('ajukan', async (ctx) => {
  if (Object.keys(ctx.conversation.active()).length > 0) return ctx.reply(ctx.t('submit-finish-first'))
  const { maxPendingSubmissions } = ctx.deps.config
  const pending = await countPendingSubmissions(ctx.deps.database.db, ctx.from.id)
  if (pending >= maxPendingSubmissions) {
    return ctx.reply(ctx.t('submit-limit-reached', { count: maxPendingSubmissions }))
  }
  await ctx.conversation.enter(SUBMIT)
})

composer.command('ajukan', (ctx) => ctx.reply(ctx.t('submit-private-only', { bot: ctx.me.username })))

privateChat.callbackQuery([stepData.filter(), previewData.filter()], (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t('submit-no-draft') }),
)

export { composer as submissionFeature }
