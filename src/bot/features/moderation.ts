import { Composer } from 'grammy'
import { findSubmission, listPendingSubmissions } from '../../db/repositories/submissions.ts'
import { isAdmin } from '../admins.ts'
import type { Context } from '../context.ts'
import { EDIT, REJECT } from '../conversations/moderate.ts'
import { queueMessage, regionLabelOf } from '../format/submission.ts'
import { moderationData, queueKeyboard } from '../keyboards/submission.ts'
import { decide, decisionText, showSubmission } from '../moderation.ts'

/** Submissions listed by /antrian at once (one button each). */
const QUEUE_PAGE = 10

const composer = new Composer<Context>()

const privateChat = composer.chatType('private')

privateChat.command('antrian', async (ctx) => {
  if (!(await isAdmin(ctx))) return ctx.reply(ctx.t('moderation-admins-only'))
  const { total, items } = await listPendingSubmissions(ctx.deps.database.db, QUEUE_PAGE)
  const rows = items.map((item) => ({
    ...item,
    regionLabel: regionLabelOf(ctx.deps.regions, item),
    submitter: item.submitterName ?? '?',
  }))
  const message = queueMessage(ctx.t, { total, items: rows })
  await ctx.reply(message.text, { entities: message.entities, reply_markup: queueKeyboard(ctx.t, items) })
})

/**
 * Every moderation button is checked twice: the data must unpack (forged data does not), and the person
 * pressing must be an admin now. Anyone else gets a refusal and nothing changes.
 */
composer.callbackQuery(moderationData.filter(), async (ctx) => {
  const data = moderationData.unpack(ctx.callbackQuery.data)
  if (!data || !(await isAdmin(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('moderation-admins-only'), show_alert: true })
  }
  const { action, id } = data
  const adminId = ctx.from.id
  if (action === 'open') {
    await ctx.answerCallbackQuery()
    if (!(await showSubmission(ctx, id, ctx.callbackQuery.message?.chat.id ?? adminId))) {
      await ctx.reply(ctx.t('moderation-not-found', { id: String(id) }))
    }
    return
  }
  if (action === 'approve') {
    const outcome = await decide(ctx, id, adminId, { kind: 'approve' })
    if (outcome.kind === 'missing')
      return ctx.answerCallbackQuery({ text: ctx.t('moderation-not-found', { id: String(id) }) })
    if (outcome.kind === 'already') {
      return ctx.answerCallbackQuery({ text: decisionText(ctx.t, outcome.record), show_alert: true })
    }
    return ctx.answerCallbackQuery({ text: ctx.t('moderation-approved', { id: String(id) }) })
  }
  const record = await findSubmission(ctx.deps.database.db, id)
  if (!record) return ctx.answerCallbackQuery({ text: ctx.t('moderation-not-found', { id: String(id) }) })
  if (record.status !== 'pending') {
    return ctx.answerCallbackQuery({ text: decisionText(ctx.t, record), show_alert: true })
  }
  if (ctx.chat?.type !== 'private' || Object.keys(ctx.conversation.active()).length > 0) {
    return ctx.answerCallbackQuery({ text: ctx.t('moderation-finish-first'), show_alert: true })
  }
  await ctx.answerCallbackQuery()
  await ctx.conversation.enter(action === 'reject' ? REJECT : EDIT, id)
})

export { composer as moderationFeature }
