// /umumkan: an admin composes an award announcement step by step; the draft and its step are kept in the
// database (draft.ts), so any process or a restart continues it. steps.ts answers typed text per step,
// new-innovation.ts adds a catalogue entry (validated like an import, stored once confirmed).
import { Composer } from 'grammy'
import {
  deleteDraft,
  findAnnouncement,
  findDraftOf,
  listAnnouncedInnovations,
  listInnovationCandidates,
  startDraft,
  updateDraft,
} from '../../../db/repositories/announcements.ts'
import { AWARD_LEVELS, type AwardLevel, awardYearOf } from '../../../domain/innovations/awards.ts'
import { isAdmin } from '../../admins.ts'
import type { Context } from '../../context.ts'
import { announceData, backKeyboard, cancelKeyboard, doneKeyboard } from '../../keyboards/announcement.ts'

import { addInnovation, askInnovations, NAME_LIMITS, stateOf, wellFormed, within } from './draft.ts'
import { saveNew } from './new-innovation.ts'
import { publish, showPreview, textSteps } from './steps.ts'
import { updatePublished } from './update.ts'

const composer = new Composer<Context>()

composer.command('umumkan', async (ctx) => {
  if (ctx.chat.type !== 'private') return ctx.reply(ctx.t('announce-private-only'))
  if (!(await isAdmin(ctx))) return ctx.reply(ctx.t('announce-admins-only'))
  const id = await startDraft(ctx.deps.database.db, ctx.from?.id ?? ctx.chat.id, '', { step: 'title' })
  const title = wellFormed(ctx.match).trim()
  const draft = await findAnnouncement(ctx.deps.database.db, id)
  if (title && draft) return textSteps.title(ctx, draft, title)
  return ctx.reply(ctx.t('announce-ask-title'), {
    reply_markup: cancelKeyboard(ctx.t, id),
  })
})

/** Text from an admin composing an announcement is the answer to the current step; anything else goes on. */
composer.chatType('private').on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next()
  const draft = await findDraftOf(ctx.deps.database.db, ctx.from.id)
  if (!draft) return next()
  await textSteps[stateOf(draft).step](ctx, draft, wellFormed(ctx.message.text).trim())
})

composer.callbackQuery(announceData.filter(), async (ctx) => {
  const data = announceData.unpack(ctx.callbackQuery.data)
  if (!data || !(await isAdmin(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('announce-admins-only'), show_alert: true })
  }
  // The buttons are sent in the admin's private chat only; pressed anywhere else they are forged.
  if (ctx.chat?.type !== 'private') {
    return ctx.answerCallbackQuery({ text: ctx.t('announce-private-only'), show_alert: true })
  }
  const db = ctx.deps.database.db
  if (
    data.action === 'edit' ||
    data.action === 'remove' ||
    data.action === 'apply' ||
    data.action === 'final'
  ) {
    return updatePublished(ctx, data.id, data.action, data.value)
  }
  const draft = await findDraftOf(db, ctx.from.id)
  if (!draft || draft.id !== data.id) {
    const known = await findAnnouncement(db, data.id)
    const text =
      known?.status === 'published'
        ? ctx.t('announce-already', { id: String(data.id) })
        : ctx.t('announce-no-draft')
    return ctx.answerCallbackQuery({ text, show_alert: true })
  }
  await ctx.answerCallbackQuery()
  const state = stateOf(draft)
  switch (data.action) {
    case 'cancel':
      await deleteDraft(db, draft.id)
      return ctx.reply(ctx.t('announce-cancelled'))
    case 'level': {
      const level = AWARD_LEVELS.find((candidate) => candidate === data.value) as AwardLevel | undefined
      if (!level || state.step !== 'level') return
      const year = awardYearOf(draft.title)
      await updateDraft(db, draft.id, {
        level,
        ...(year ? { year } : {}),
        draft: { step: year ? 'innovations' : 'year' },
      })
      if (year) return askInnovations(ctx, draft.id)
      return ctx.reply(ctx.t('announce-ask-year', { title: draft.title }), {
        reply_markup: cancelKeyboard(ctx.t, draft.id),
      })
    }
    case 'pick': {
      const [innovation] = await listInnovationCandidates(db, [Number(data.value)])
      return innovation ? addInnovation(ctx, draft, innovation) : undefined
    }
    case 'create':
      if (!state.newName || !within(state.newName, NAME_LIMITS))
        return ctx.reply(ctx.t('announce-name-invalid'), { reply_markup: backKeyboard(ctx.t, draft.id) })
      await updateDraft(db, draft.id, { draft: { step: 'new-region', newName: state.newName } })
      return ctx.reply(ctx.t('announce-ask-new-region', { name: state.newName }), {
        reply_markup: backKeyboard(ctx.t, draft.id),
      })
    case 'save':
      if (state.step !== 'new-confirm') return
      return saveNew(ctx, draft)
    case 'back':
      return askInnovations(ctx, draft.id)
    case 'done':
      if ((await listAnnouncedInnovations(db, draft.id)).length === 0)
        return ctx.reply(ctx.t('announce-need-innovation'), { reply_markup: doneKeyboard(ctx.t, draft.id) })
      await updateDraft(db, draft.id, { draft: { step: 'preview' } })
      return showPreview(ctx, draft)
    case 'publish':
      if (state.step !== 'preview' || !draft.level) return showPreview(ctx, draft)
      return publish(ctx, draft, data.value === 'provisional' ? 'provisional' : 'final')
  }
})

export { composer as announcementFeature }
