import { FormattedString, fmt } from '@grammyjs/parse-mode'
import {
  type AnnouncementRecord,
  findRepeatedAnnouncement,
  listAnnouncedInnovations,
  publishAnnouncement,
  setProgressMessage,
  updateDraft,
} from '../../../db/repositories/announcements.ts'
import { countDeliveries, countRecipients } from '../../../db/repositories/deliveries.ts'
import { latestInnovationYear } from '../../../domain/innovations/innovation.ts'
import { regionLabel } from '../../../domain/regions/catalogue.ts'
import { resolveRegion } from '../../../domain/regions/resolver.ts'
import { announcementMessage, progressMessage } from '../../broadcast/messages.ts'
import { type Context, nowOf } from '../../context.ts'
import {
  backKeyboard,
  cancelButton,
  cancelKeyboard,
  choiceKeyboard,
  levelKeyboard,
  previewKeyboard,
  progressKeyboard,
} from '../../keyboards/announcement.ts'

import {
  addInnovation,
  askInnovations,
  candidatesFor,
  type DraftState,
  isExact,
  NAME_LIMITS,
  quoted,
  regionOf,
  stateOf,
  TITLE_LIMITS,
  within,
} from './draft.ts'
import { confirmNew } from './new-innovation.ts'

/** One handler per step that waits for text; each validates, saves and asks the next question. */
export const textSteps: Record<
  DraftState['step'],
  (ctx: Context, draft: AnnouncementRecord, text: string) => Promise<unknown>
> = {
  async title(ctx, draft, text) {
    if (!within(text, TITLE_LIMITS))
      return ctx.reply(ctx.t('announce-title-invalid'), { reply_markup: cancelKeyboard(ctx.t, draft.id) })
    await updateDraft(ctx.deps.database.db, draft.id, { title: text, draft: { step: 'level' } })
    return ctx.reply(ctx.t('announce-ask-level', { title: text }), {
      reply_markup: levelKeyboard(ctx.t, draft.id),
    })
  },
  level: (ctx, draft) =>
    ctx.reply(ctx.t('announce-ask-level', { title: draft.title }), {
      reply_markup: levelKeyboard(ctx.t, draft.id),
    }),
  async year(ctx, draft, text) {
    const year = Number(text)
    const max = latestInnovationYear(nowOf(ctx.deps))
    if (!/^\d{4}$/.test(text) || year < 1945 || year > max)
      return ctx.reply(ctx.t('announce-year-invalid', { max: String(max) }), {
        reply_markup: cancelKeyboard(ctx.t, draft.id),
      })
    await updateDraft(ctx.deps.database.db, draft.id, { year })
    return askInnovations(ctx, draft.id)
  },
  async innovations(ctx, draft, text) {
    const candidates = await candidatesFor(ctx, text)
    const [first] = candidates
    if (first && candidates.length === 1 && isExact(text, first)) return addInnovation(ctx, draft, first)
    const exact = candidates.find((candidate) => isExact(text, candidate))
    if (exact) return addInnovation(ctx, draft, exact)
    await updateDraft(ctx.deps.database.db, draft.id, { draft: { step: 'innovations', newName: text } })
    const listed = candidates.map((candidate) => `• ${candidate.name} — ${regionOf(candidate)}`)
    const question =
      candidates.length > 0
        ? [ctx.t('announce-choose', { text: quoted(text), count: candidates.length }), ...listed].join('\n')
        : ctx.t('announce-not-found', { text: quoted(text) })
    return ctx.reply(question, { reply_markup: choiceKeyboard(ctx.t, draft.id, candidates, text) })
  },
  async 'new-region'(ctx, draft, text) {
    const state = stateOf(draft)
    const resolution = resolveRegion(ctx.deps.regions, text)
    const back = { reply_markup: backKeyboard(ctx.t, draft.id) }
    if (resolution.kind === 'unknown')
      return ctx.reply(ctx.t('announce-region-unknown', { text: quoted(text) }), back)
    if (resolution.kind === 'ambiguous') {
      const candidates = resolution.candidates.slice(0, 5).map(regionLabel).join('; ')
      return ctx.reply(ctx.t('announce-region-ambiguous', { text: quoted(text), candidates }), back)
    }
    const { region } = resolution
    const located: DraftState = {
      step: 'new-agency',
      newName: state.newName,
      provinceCode: region.province.code,
      regencyCode: region.kind === 'regency' ? region.regency.code : null,
    }
    await updateDraft(ctx.deps.database.db, draft.id, { draft: located })
    return ctx.reply(ctx.t('announce-ask-new-agency', { name: state.newName ?? '' }), {
      reply_markup: backKeyboard(ctx.t, draft.id),
    })
  },
  async 'new-agency'(ctx, draft, agency) {
    const state = stateOf(draft)
    if (!within(agency, NAME_LIMITS))
      return ctx.reply(ctx.t('announce-agency-invalid'), { reply_markup: backKeyboard(ctx.t, draft.id) })
    if (!state.newName || !state.provinceCode) return askInnovations(ctx, draft.id)
    const confirming: DraftState = { ...state, step: 'new-confirm', agency }
    await updateDraft(ctx.deps.database.db, draft.id, { draft: confirming })
    return confirmNew(ctx, { ...draft, draft: confirming })
  },
  'new-confirm': (ctx, draft) => confirmNew(ctx, draft),
  preview: (ctx, draft) => showPreview(ctx, draft),
}

export async function showPreview(ctx: Context, draft: AnnouncementRecord) {
  const db = ctx.deps.database.db
  const innovations = await listAnnouncedInnovations(db, draft.id)
  const message = FormattedString.join([
    fmt`${ctx.t('announce-preview-header')}\n\n`,
    announcementMessage(ctx.t, { ...draft, stage: 'final', revision: 1, innovations }),
    fmt`\n\n${ctx.t('announce-preview-footer', await countRecipients(db, draft.id))}`,
  ])
  await ctx.reply(message.text, {
    entities: message.entities,
    reply_markup: previewKeyboard(ctx.t, draft.id),
  })
}

/**
 * Confirmed: the award is recorded and fanned out in one transaction; the progress message follows, with
 * "Ubah" (and "Tetapkan final"). An award already announced for one of these innovations is refused: it
 * is corrected with "Ubah" on its own message (or `announce-update`), never sent twice.
 */
export async function publish(ctx: Context, draft: AnnouncementRecord, stage: 'provisional' | 'final') {
  const db = ctx.deps.database.db
  const named = await listAnnouncedInnovations(db, draft.id)
  const repeated = await findRepeatedAnnouncement(db, {
    title: draft.title,
    year: draft.year,
    innovationIds: named.map((innovation) => innovation.id),
    exceptId: draft.id,
  })
  if (repeated !== undefined) {
    return ctx.reply(ctx.t('announce-repeated', { id: String(repeated), title: draft.title }), {
      reply_markup: progressKeyboard(ctx.t, repeated, 'final').add(cancelButton(ctx.t, draft.id)),
    })
  }
  await publishAnnouncement(db, draft.id, { stage })
  const counts = await countDeliveries(db, draft.id)
  const view = { id: draft.id, title: draft.title, stage, counts, finished: false }
  const progress = progressMessage(ctx.t, view)
  const sent = await ctx.reply(progress.text, {
    entities: progress.entities,
    reply_markup: progressKeyboard(ctx.t, draft.id, stage),
  })
  await setProgressMessage(db, draft.id, sent.chat.id, sent.message_id)
}
