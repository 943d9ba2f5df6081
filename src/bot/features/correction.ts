import { Composer } from 'grammy'
import { closeCorrection, listOpenCorrections } from '../../db/repositories/corrections.ts'
import { listInnovationDetails } from '../../db/repositories/innovations.ts'
import { isAdmin } from '../admins.ts'
import type { Context } from '../context.ts'
import { CORRECT } from '../conversations/correct.ts'
import { correctionQueueMessage } from '../format/submission.ts'
import { correctionData } from '../keyboards/search.ts'
import { correctionDoneData, correctionsKeyboard } from '../keyboards/submission.ts'

/** Corrections /antrian lists at once. */
const CORRECTION_PAGE = 10

const composer = new Composer<Context>()

/** "Usulkan koreksi" under a card: asks for the correction in the private chat with the bot. */
composer.callbackQuery(correctionData.filter(), async (ctx) => {
  const data = correctionData.unpack(ctx.callbackQuery.data)
  if (!data) return ctx.answerCallbackQuery()
  if (ctx.chat?.type !== 'private') {
    return ctx.answerCallbackQuery({ text: ctx.t('correction-private-only'), show_alert: true })
  }
  if (Object.keys(ctx.conversation.active()).length > 0) {
    return ctx.answerCallbackQuery({ text: ctx.t('submit-finish-first'), show_alert: true })
  }
  await ctx.answerCallbackQuery()
  const [innovation] = await listInnovationDetails(ctx.deps.database.db, [data.id])
  if (!innovation) return ctx.reply(ctx.t('card-not-found'))
  await ctx.conversation.enter(CORRECT, innovation.id, innovation.name)
})

/** An admin marks a correction done; anyone else is refused and nothing changes. */
composer.callbackQuery(correctionDoneData.filter(), async (ctx) => {
  const data = correctionDoneData.unpack(ctx.callbackQuery.data)
  if (!data || !(await isAdmin(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('moderation-admins-only'), show_alert: true })
  }
  const closed = await closeCorrection(ctx.deps.database.db, data.id, ctx.from.id)
  const key = closed ? 'correction-done' : 'correction-already-done'
  await ctx.answerCallbackQuery({ text: ctx.t(key, { id: String(data.id) }) })
})

/** /antrian, after the submissions: the open corrections, each with its "Selesai" button. */
composer.chatType('private').command('antrian', async (ctx, next) => {
  await next()
  if (!(await isAdmin(ctx))) return
  const { total, items } = await listOpenCorrections(ctx.deps.database.db, CORRECTION_PAGE)
  if (total === 0) return
  const message = correctionQueueMessage(ctx.t, { total, items })
  await ctx.reply(message.text, {
    entities: message.entities,
    reply_markup: correctionsKeyboard(
      ctx.t,
      items.map((item) => item.id),
    ),
  })
})

export { composer as correctionFeature }
