import { z } from 'zod'
import {
  type AnnouncementRecord,
  addAnnouncedInnovation,
  findAnnounceable,
  type InnovationCandidate,
  updateDraft,
} from '../../../db/repositories/announcements.ts'
import { normalizeText } from '../../../domain/text/normalize.ts'
import type { Context } from '../../context.ts'
import { truncate } from '../../format/text.ts'
import { doneKeyboard } from '../../keyboards/announcement.ts'

/** Where a draft stands, kept in the database so that any bot process (or a restart) can continue it. */
const draftState = z.object({
  step: z.enum([
    'title',
    'level',
    'year',
    'innovations',
    'new-region',
    'new-agency',
    'new-confirm',
    'preview',
  ]),
  newName: z.string().optional(),
  agency: z.string().optional(),
  provinceCode: z.string().optional(),
  regencyCode: z.string().nullable().optional(),
})
export type DraftState = z.infer<typeof draftState>

/**
 * Half an emoji (a lone surrogate) is not UTF-8: Telegram and Postgres refuse it, so it is replaced; U+0000
 * cannot be stored in Postgres text, so it is dropped.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
export const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '')
/** What the user typed, as quoted back in a reply. */
export const quoted = (text: string) => truncate(text, 60)
export const NAME_LIMITS = { min: 2, max: 200 }
export const TITLE_LIMITS = { min: 3, max: 200 }
export const CHOICES = 6

export const stateOf = (draft: AnnouncementRecord): DraftState =>
  draftState.safeParse(draft.draft).data ?? { step: 'title' }
export const within = (text: string, limits: { min: number; max: number }) =>
  text.length >= limits.min && text.length <= limits.max
export const regionOf = (item: { provinceName: string; regencyName: string | null }) =>
  item.regencyName ?? item.provinceName

/** Innovations an admin may mean (see `findAnnounceable`). */
export const candidatesFor = (ctx: Context, text: string): Promise<InnovationCandidate[]> =>
  findAnnounceable(ctx.deps.database.db, ctx.deps.search, text, CHOICES)

export const isExact = (text: string, candidate: InnovationCandidate) =>
  /^#?\d+$/.test(text) || normalizeText(candidate.name) === normalizeText(text)

export async function addInnovation(
  ctx: Context,
  draft: AnnouncementRecord,
  innovation: InnovationCandidate,
) {
  const count = await addAnnouncedInnovation(ctx.deps.database.db, draft.id, innovation.id)
  await updateDraft(ctx.deps.database.db, draft.id, { draft: { step: 'innovations' } })
  await ctx.reply(ctx.t('announce-added', { name: innovation.name, region: regionOf(innovation), count }), {
    reply_markup: doneKeyboard(ctx.t, draft.id),
  })
}

export async function askInnovations(ctx: Context, id: number) {
  await updateDraft(ctx.deps.database.db, id, { draft: { step: 'innovations' } })
  await ctx.reply(ctx.t('announce-ask-innovations'), { reply_markup: doneKeyboard(ctx.t, id) })
}
