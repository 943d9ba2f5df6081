import { Composer } from 'grammy'
import { countPendingSubmissions, listOwnSubmissions } from '../../db/repositories/submissions.ts'
import type { Context } from '../context.ts'
import { SUBMIT } from '../conversations/submit.ts'
import { ownSubmissionsMessage } from '../format/submission.ts'
import {
  cancelConfirmData,
  previewData,
  reopenData,
  reopenListKeyboard,
  stepData,
  yieldData,
} from '../keyboards/submission.ts'

/** Submissions /pengajuan lists at once; rejected ones among them get a "Perbaiki" button each. */
const OWN_PAGE = 10

const composer = new Composer<Context>()

const privateChat = composer.chatType('private')

/** Starts /ajukan, or says why not (a dialogue runs, too many wait); `reopen` fills it from a rejection. */
async function startSubmission(ctx: Context, reopen?: number) {
  if (Object.keys(ctx.conversation.active()).length > 0) return ctx.reply(ctx.t('submit-finish-first'))
  const { maxPendingSubmissions } = ctx.deps.config
  const pending = await countPendingSubmissions(ctx.deps.database.db, ctx.from?.id ?? 0)
  if (pending >= maxPendingSubmissions) {
    return ctx.reply(ctx.t('submit-limit-reached', { count: maxPendingSubmissions }))
  }
  await (reopen === undefined ? ctx.conversation.enter(SUBMIT) : ctx.conversation.enter(SUBMIT, reopen))
}

privateChat.command(['ajukan', 'submit'], (ctx) => startSubmission(ctx))

privateChat.callbackQuery(reopenData.filter(), async (ctx) => {
  const data = reopenData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (data) await startSubmission(ctx, data.id)
})

privateChat.command(['pengajuan', 'submissions'], async (ctx) => {
  const { total, items } = await listOwnSubmissions(ctx.deps.database.db, ctx.from.id, OWN_PAGE)
  const message = ownSubmissionsMessage(ctx.t, { total, items })
  const rejected = items.filter((item) => item.status === 'rejected' && item.resubmittedAs === null)
  await ctx.reply(message.text, {
    entities: message.entities,
    reply_markup: reopenListKeyboard(ctx.t, rejected),
  })
})

composer.command(['ajukan', 'submit', 'pengajuan', 'submissions'], (ctx) =>
  ctx.reply(ctx.t('submit-private-only', { bot: ctx.me.username })),
)

privateChat.callbackQuery(
  [stepData.filter(), previewData.filter(), yieldData.filter(), cancelConfirmData.filter()],
  (ctx) => ctx.answerCallbackQuery({ text: ctx.t('submit-no-draft') }),
)

export { composer as submissionFeature }
