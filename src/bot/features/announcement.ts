import { FormattedString, fmt } from '@grammyjs/parse-mode'
import { Composer } from 'grammy'
import { z } from 'zod'
import {
  type AnnouncementRecord,
  addAnnouncedInnovation,
  deleteDraft,
  findAnnouncement,
  findDraftOf,
  findInnovationCandidates,
  type InnovationCandidate,
  listAnnouncedInnovations,
  listInnovationCandidates,
  publishAnnouncement,
  setProgressMessage,
  startDraft,
  updateDraft,
} from '../../db/repositories/announcements.ts'
import { countDeliveries, countRecipients } from '../../db/repositories/deliveries.ts'
import { notifyInnovationsChanged, upsertInnovations } from '../../db/repositories/innovations.ts'
import { AWARD_LEVELS, type AwardLevel, awardYearOf } from '../../domain/innovations/awards.ts'
import { regionLabel } from '../../domain/regions/catalogue.ts'
import { resolveRegion } from '../../domain/regions/resolver.ts'
import { normalizeText } from '../../domain/text/normalize.ts'
import { latestYear } from '../../runtime.ts'
import { isAdmin } from '../admins.ts'
import { announcementMessage, progressMessage } from '../broadcast/messages.ts'
import { type Context, nowOf } from '../context.ts'
import { truncate } from '../format/text.ts'
import {
  announceData,
  cancelKeyboard,
  choiceKeyboard,
  doneKeyboard,
  levelKeyboard,
  previewKeyboard,
} from '../keyboards/announcement.ts'

/** Where a draft stands, kept in the database so that any bot process (or a restart) can continue it. */
const draftState = z.object({
  step: z.enum(['title', 'level', 'year', 'innovations', 'new-region', 'new-agency', 'preview']),
  newName: z.string().optional(),
  provinceCode: z.string().optional(),
  regencyCode: z.string().nullable().optional(),
})
type DraftState = z.infer<typeof draftState>

/**
 * Half an emoji (a lone surrogate) is not UTF-8: Telegram and Postgres refuse it, so it is replaced; U+0000
 * cannot be stored in Postgres text, so it is dropped.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '')
/** What the user typed, as quoted back in a reply. */
const quoted = (text: string) => truncate(text, 60)
const NAME_LIMITS = { min: 2, max: 200 }
const TITLE_LIMITS = { min: 3, max: 200 }
const CHOICES = 6

const stateOf = (draft: AnnouncementRecord): DraftState =>
  draftState.safeParse(draft.draft).data ?? { step: 'title' }
const within = (text: string, limits: { min: number; max: number }) =>
  text.length >= limits.min && text.length <= limits.max
const regionOf = (item: { provinceName: string; regencyName: string | null }) =>
  item.regencyName ?? item.provinceName

/** Innovations an admin may mean: by id or name in the catalogue, else what the search index finds. */
async function candidatesFor(ctx: Context, text: string): Promise<InnovationCandidate[]> {
  const found = await findInnovationCandidates(ctx.deps.database.db, text, CHOICES)
  if (found.length > 0 || /^#?\d+$/.test(text)) return found
  const hits = ctx.deps.search.search(text, { limit: CHOICES }).hits.map((hit) => hit.id)
  return listInnovationCandidates(ctx.deps.database.db, hits)
}

const isExact = (text: string, candidate: InnovationCandidate) =>
  /^#?\d+$/.test(text) || normalizeText(candidate.name) === normalizeText(text)

async function addInnovation(ctx: Context, draft: AnnouncementRecord, innovation: InnovationCandidate) {
  const count = await addAnnouncedInnovation(ctx.deps.database.db, draft.id, innovation.id)
  await updateDraft(ctx.deps.database.db, draft.id, { draft: { step: 'innovations' } })
  await ctx.reply(ctx.t('announce-added', { name: innovation.name, region: regionOf(innovation), count }), {
    reply_markup: doneKeyboard(ctx.t, draft.id),
  })
}

async function askInnovations(ctx: Context, id: number) {
  await updateDraft(ctx.deps.database.db, id, { draft: { step: 'innovations' } })
  await ctx.reply(ctx.t('announce-ask-innovations'), { reply_markup: doneKeyboard(ctx.t, id) })
}

/** One handler per step that waits for text; each validates, saves and asks the next question. */
const textSteps: Record<
  DraftState['step'],
  (ctx: Context, draft: AnnouncementRecord, text: string) => Promise<unknown>
> = {
  async title(ctx, draft, text) {
    if (!within(text, TITLE_LIMITS)) return ctx.reply(ctx.t('announce-title-invalid'))
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
    const max = latestYear(nowOf(ctx.deps))
    if (!/^\d{4}$/.test(text) || year < 1945 || year > max)
      return ctx.reply(ctx.t('announce-year-invalid', { max: String(max) }))
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
    const question = candidates.length > 0 ? 'announce-choose' : 'announce-not-found'
    return ctx.reply(ctx.t(question, { text: quoted(text) }), {
      reply_markup: choiceKeyboard(ctx.t, draft.id, candidates, text),
    })
  },
  async 'new-region'(ctx, draft, text) {
    const state = stateOf(draft)
    const resolution = resolveRegion(ctx.deps.regions, text)
    if (resolution.kind === 'unknown')
      return ctx.reply(ctx.t('announce-region-unknown', { text: quoted(text) }))
    if (resolution.kind === 'ambiguous') {
      const candidates = resolution.candidates.slice(0, 5).map(regionLabel).join('; ')
      return ctx.reply(ctx.t('announce-region-ambiguous', { text: quoted(text), candidates }))
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
      reply_markup: cancelKeyboard(ctx.t, draft.id),
    })
  },
  async 'new-agency'(ctx, draft, agency) {
    const { newName, provinceCode, regencyCode } = stateOf(draft)
    if (!within(agency, NAME_LIMITS)) return ctx.reply(ctx.t('announce-agency-invalid'))
    if (!newName || !provinceCode) return askInnovations(ctx, draft.id)
    const db = ctx.deps.database.db
    const { ids } = await upsertInnovations(db, [
      {
        name: newName,
        expansion: null,
        agency,
        regencyCode: regencyCode ?? null,
        provinceCode,
        year: draft.year,
        themes: [],
        tags: [],
        description: '',
        source: null,
        innovator: null,
        awards: [],
      },
    ])
    const [created] = await listInnovationCandidates(db, ids)
    if (!created) return askInnovations(ctx, draft.id)
    await notifyInnovationsChanged(db, ids)
    return addInnovation(ctx, draft, created)
  },
  preview: (ctx, draft) => showPreview(ctx, draft),
}

async function showPreview(ctx: Context, draft: AnnouncementRecord) {
  const db = ctx.deps.database.db
  const innovations = await listAnnouncedInnovations(db, draft.id)
  const message = FormattedString.join([
    fmt`${ctx.t('announce-preview-header')}\n\n`,
    announcementMessage(ctx.t, { title: draft.title, level: draft.level, year: draft.year, innovations }),
    fmt`\n\n${ctx.t('announce-preview-footer', { count: await countRecipients(db, draft.id) })}`,
  ])
  await ctx.reply(message.text, {
    entities: message.entities,
    reply_markup: previewKeyboard(ctx.t, draft.id),
  })
}

/** Confirmed: the award is recorded and fanned out in one transaction; the progress message follows. */
async function publish(ctx: Context, draft: AnnouncementRecord) {
  const db = ctx.deps.database.db
  await publishAnnouncement(db, draft.id)
  const counts = await countDeliveries(db, draft.id)
  const progress = progressMessage(ctx.t, { id: draft.id, title: draft.title, counts, finished: false })
  const sent = await ctx.reply(progress.text, { entities: progress.entities })
  await setProgressMessage(db, draft.id, sent.chat.id, sent.message_id)
}

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
      return ctx.reply(ctx.t('announce-ask-year', { title: draft.title }))
    }
    case 'pick': {
      const [innovation] = await listInnovationCandidates(db, [Number(data.value)])
      return innovation ? addInnovation(ctx, draft, innovation) : undefined
    }
    case 'create':
      if (!state.newName || !within(state.newName, NAME_LIMITS))
        return ctx.reply(ctx.t('announce-name-invalid'))
      await updateDraft(db, draft.id, { draft: { step: 'new-region', newName: state.newName } })
      return ctx.reply(ctx.t('announce-ask-new-region', { name: state.newName }))
    case 'done':
      if ((await listAnnouncedInnovations(db, draft.id)).length === 0)
        return ctx.reply(ctx.t('announce-need-innovation'))
      await updateDraft(db, draft.id, { draft: { step: 'preview' } })
      return showPreview(ctx, draft)
    case 'publish':
      if (state.step !== 'preview' || !draft.level) return showPreview(ctx, draft)
      return publish(ctx, draft)
  }
})

export { composer as announcementFeature }
