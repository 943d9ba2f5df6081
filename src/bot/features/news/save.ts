import { createAnnouncement, findAnnouncement } from '../../../db/repositories/announcements.ts'
import {
  changedIds,
  notifyInnovationsChanged,
  refreshCatalogueStatistics,
  upsertInnovations,
} from '../../../db/repositories/innovations.ts'
import {
  type CatalogueMatch,
  claimNewsStatus,
  findCatalogueEntries,
  type NewsRecord,
  updateNews,
} from '../../../db/repositories/news.ts'
import { parseAward } from '../../../domain/innovations/awards.ts'
import type { InnovationInput } from '../../../domain/innovations/innovation.ts'
import { latestInnovationYear } from '../../../domain/innovations/innovation.ts'
import { validateImportRow } from '../../../domain/validation/import-row.ts'
import { type Context, nowOf } from '../../context.ts'
import { rowProblemText } from '../../format/import-report.ts'
import { truncate } from '../../format/text.ts'
import { publish } from '../announcement/steps.ts'
import { savedKeyboard } from './keyboards.ts'
import { newsSourceOf } from './messages.ts'
import { draftsOf, type NewsDraft } from './state.ts'

/** The import row a draft stands for; a confirmed match is that catalogue entry, given only the award. */
function rowOf(ctx: Context, news: NewsRecord, draft: NewsDraft, known: CatalogueMatch | undefined) {
  const regions = ctx.deps.regions
  const place = (provinceCode: string | null, regencyCode: string | null) => ({
    province: provinceCode ? regions.province(provinceCode)?.name : undefined,
    regency: regencyCode ? regions.regency(regencyCode)?.officialName : undefined,
  })
  if (known)
    return {
      name: known.name,
      agency: known.agency,
      ...place(known.provinceCode, known.regencyCode),
      award: draft.award,
    }
  const source = newsSourceOf(news)
  // Stored without words of either language: the catalogue's text is read in both.
  const quotation = draft.quote && (source ? `“${draft.quote}” (${source})` : `“${draft.quote}”`)
  return {
    name: draft.name,
    expansion: draft.expansion,
    agency: draft.agency,
    ...place(draft.provinceCode, draft.regencyCode),
    year: draft.year,
    award: draft.award,
    description: draft.description ?? quotation,
    source,
  }
}

type Line = { index: number; name: string; text: string }
type Accepted = { index: number; innovation: InnovationInput }

/** Each draft checked as an import row: accepted, or a line saying why not (dropped, refused). */
function checkDrafts(
  ctx: Context,
  news: NewsRecord,
  drafts: readonly NewsDraft[],
  known: ReadonlyMap<number, CatalogueMatch>,
) {
  const maxYear = latestInnovationYear(nowOf(ctx.deps))
  const lines: Line[] = []
  const accepted: Accepted[] = []
  for (const [index, draft] of drafts.entries()) {
    const line = (text: string) => lines.push({ index, name: draft.name, text })
    const entry = draft.match?.answer === 'yes' ? known.get(draft.match.id) : undefined
    if (draft.dropped) line(ctx.t('news-saved-dropped'))
    else if (entry && !draft.award) line(ctx.t('news-saved-no-award'))
    else {
      const result = validateImportRow(rowOf(ctx, news, draft, entry), ctx.deps.regions, maxYear)
      if (result.ok) accepted.push({ index, innovation: result.innovation })
      else {
        const reasons = result.problems.map((problem) => rowProblemText(ctx.t, problem)).join('; ')
        line(ctx.t('news-saved-refused', { reasons }))
      }
    }
  }
  return { lines, accepted }
}

/**
 * "Simpan semua": every draft kept goes through the import's validation and the catalogue upsert (new
 * ones published, so searchable through the usual notification; a known one only gains the award). A
 * refused draft is reported with its reasons and the others are saved.
 */
export async function saveAll(ctx: Context, news: NewsRecord) {
  const db = ctx.deps.database.db
  const drafts = draftsOf(news)
  const confirmed = drafts.flatMap((draft) =>
    !draft.dropped && draft.match?.answer === 'yes' ? [draft.match.id] : [],
  )
  const known = new Map((await findCatalogueEntries(db, confirmed)).map((entry) => [entry.id, entry]))
  const { lines, accepted } = checkDrafts(ctx, news, drafts, known)
  const outcome = await upsertInnovations(
    db,
    accepted.map((row) => row.innovation),
  )
  await refreshCatalogueStatistics(db)
  await notifyInnovationsChanged(db, changedIds(outcome))
  const saved = drafts.map((draft) => ({ ...draft, savedId: null as number | null }))
  outcome.rows.forEach((row, position) => {
    const item = accepted[position]
    const draft = item && saved[item.index]
    if (!item || !draft) return
    draft.savedId = row.id
    const confirmedMatch = draft.match?.answer === 'yes'
    const key =
      row.outcome === 'inserted'
        ? 'news-saved-new'
        : row.outcome === 'unchanged'
          ? 'news-saved-unchanged'
          : confirmedMatch
            ? 'news-saved-award'
            : 'news-saved-merged'
    lines.push({ index: item.index, name: draft.name, text: ctx.t(key, { id: row.id }) })
  })
  await updateNews(db, news.id, { drafts: saved, status: 'saved', editing: null })
  const report = lines
    .sort((a, b) => a.index - b.index)
    .map((line) => `${line.index + 1}. ${truncate(line.name, 60)}: ${line.text}`)
  const canAnnounce = saved.some((draft) => draft.savedId !== null && draft.award)
  return ctx.reply([ctx.t('news-saved-header'), ...report].join('\n'), {
    reply_markup: savedKeyboard(ctx.t, news.id, canAnnounce),
  })
}

/**
 * "Umumkan": one announcement per award the saved drafts name (title from the award, its year and level
 * as the award parser reads them), created and published through the /umumkan path, so the durable
 * sender delivers it to the matching subscribers.
 */
export async function announceSaved(ctx: Context, news: NewsRecord) {
  const db = ctx.deps.database.db
  const byAward = new Map<string, { year: number | null; ids: number[] }>()
  for (const draft of draftsOf(news)) {
    if (draft.savedId === null || !draft.award) continue
    const group = byAward.get(draft.award) ?? { year: draft.year, ids: [] }
    if (!group.ids.includes(draft.savedId)) group.ids.push(draft.savedId)
    byAward.set(draft.award, group)
  }
  if (byAward.size === 0) return ctx.reply(ctx.t('news-announce-nothing'))
  // Claimed first: a second press (or another process) must not announce the same award twice.
  if (!(await claimNewsStatus(db, news.id, 'saved', 'announced'))) return ctx.reply(ctx.t('news-no-article'))
  const progress = { published: 0 }
  try {
    await announceAwards(ctx, byAward, progress)
  } catch (error) {
    // Pressing again may retry only when nothing reached the subscribers yet; the error is reported.
    if (progress.published === 0) await claimNewsStatus(db, news.id, 'announced', 'saved')
    throw error
  }
}

/** One announcement per award, created and published as /umumkan does; one without a year is skipped, said. */
async function announceAwards(
  ctx: Context,
  byAward: ReadonlyMap<string, { year: number | null; ids: number[] }>,
  progress: { published: number },
) {
  const db = ctx.deps.database.db
  for (const [title, group] of byAward) {
    const award = parseAward(title, group.year, ctx.deps.regions)
    if (award.year === null) {
      await ctx.reply(ctx.t('news-announce-no-year', { title: truncate(title, 100) }))
      continue
    }
    const id = await createAnnouncement(db, {
      title: award.title.slice(0, 200),
      level: award.level,
      year: award.year,
      innovationIds: group.ids,
      createdBy: ctx.from?.id ?? null,
    })
    const announcement = await findAnnouncement(db, id)
    if (announcement) await publish(ctx, announcement, 'final')
    progress.published++
  }
}
