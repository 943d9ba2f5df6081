import {
  findAnnouncement,
  listAnnouncedInnovations,
  updateAnnouncement,
} from '../../../db/repositories/announcements.ts'
import { updateOutcomeText } from '../../broadcast/messages.ts'
import type { Context } from '../../context.ts'
import { updateKeyboard } from '../../keyboards/announcement.ts'

/**
 * The buttons of a published announcement (the admin checked by the caller): "Ubah" shows its innovations
 * to remove and "Tetapkan final"; each change is one `updateAnnouncement` (the sender then edits every
 * message already sent and sends to subscribers who match only now).
 */
export async function updatePublished(
  ctx: Context,
  id: number,
  action: 'edit' | 'final' | 'remove',
  value: string,
) {
  const db = ctx.deps.database.db
  const announcement = await findAnnouncement(db, id)
  if (announcement?.status !== 'published') {
    return ctx.answerCallbackQuery({
      text: ctx.t('announce-update-unknown', { id: String(id) }),
      show_alert: true,
    })
  }
  await ctx.answerCallbackQuery()
  if (action === 'edit') {
    if (announcement.stage === 'withdrawn')
      return ctx.reply(ctx.t('announce-update-withdrawn', { id: String(id) }))
    const innovations = await listAnnouncedInnovations(db, id)
    const screen = { id: String(id), title: announcement.title, count: innovations.length }
    return ctx.reply(ctx.t('announce-update-screen', screen), {
      reply_markup: updateKeyboard(ctx.t, id, announcement.stage, innovations),
    })
  }
  const change = action === 'final' ? { stage: 'final' as const } : { removeInnovationIds: [Number(value)] }
  return ctx.reply(updateOutcomeText(ctx.t, id, await updateAnnouncement(db, id, change)))
}
