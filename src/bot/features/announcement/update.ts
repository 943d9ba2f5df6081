import {
  type AnnouncementRecord,
  findAnnouncement,
  listAnnouncedInnovations,
  updateAnnouncement,
} from '../../../db/repositories/announcements.ts'
import { updateOutcomeText } from '../../broadcast/messages.ts'
import type { Context } from '../../context.ts'
import { unpackRemoval, updateKeyboard } from '../../keyboards/announcement.ts'

/** The update screen, with these innovations marked for removal. */
async function updateScreen(ctx: Context, announcement: AnnouncementRecord, removing: readonly number[]) {
  const innovations = await listAnnouncedInnovations(ctx.deps.database.db, announcement.id)
  const named = removing.filter((id) => innovations.some((innovation) => innovation.id === id))
  const screen = { id: String(announcement.id), title: announcement.title, count: innovations.length }
  return {
    text: ctx.t('announce-update-screen', screen),
    reply_markup: updateKeyboard(ctx.t, announcement.id, announcement.stage, innovations, named),
  }
}

/**
 * The buttons of a published announcement (the admin checked by the caller): "Ubah" opens the update
 * screen, where innovations are marked for removal; "Simpan perubahan" or "Tetapkan final" makes it one
 * `updateAnnouncement` (the sender then edits every message already sent and sends to subscribers who
 * match only now).
 */
export async function updatePublished(
  ctx: Context,
  id: number,
  action: 'edit' | 'remove' | 'apply' | 'final',
  value: string,
) {
  const db = ctx.deps.database.db
  const announcement = await findAnnouncement(db, id)
  if (announcement?.status !== 'published') {
    const text = ctx.t('announce-update-unknown', { id: String(id) })
    return ctx.answerCallbackQuery({ text, show_alert: true })
  }
  await ctx.answerCallbackQuery()
  if (announcement.stage === 'withdrawn') {
    return ctx.reply(ctx.t('announce-update-withdrawn', { id: String(id) }))
  }
  const removing = unpackRemoval(value)
  if (action === 'edit') {
    const { text, reply_markup } = await updateScreen(ctx, announcement, [])
    return ctx.reply(text, { reply_markup })
  }
  if (action === 'remove') {
    const { text, reply_markup } = await updateScreen(ctx, announcement, removing)
    return ctx.editMessageText(text, { reply_markup })
  }
  const change = {
    removeInnovationIds: removing,
    ...(action === 'final' ? { stage: 'final' as const } : {}),
  }
  const outcome = await updateAnnouncement(db, id, change)
  if (outcome.kind === 'updated') await ctx.editMessageReplyMarkup({ reply_markup: undefined })
  return ctx.reply(updateOutcomeText(ctx.t, id, outcome))
}
