import { type AnnouncementRecord, listInnovationCandidates } from '../../../db/repositories/announcements.ts'
import { notifyInnovationsChanged, upsertInnovations } from '../../../db/repositories/innovations.ts'
import { latestInnovationYear } from '../../../domain/innovations/innovation.ts'
import { validateImportRow } from '../../../domain/validation/import-row.ts'
import { type Context, nowOf } from '../../context.ts'
import { backKeyboard, saveNewKeyboard } from '../../keyboards/announcement.ts'

import { addInnovation, askInnovations, stateOf } from './draft.ts'

/**
 * The new catalogue entry as an import row, checked by the import's own validation: what /umumkan stores
 * is what an import of the same row would store.
 */
function newInnovationOf(ctx: Context, draft: AnnouncementRecord) {
  const { newName, agency, provinceCode, regencyCode } = stateOf(draft)
  const province = provinceCode ? ctx.deps.regions.province(provinceCode) : undefined
  const regency = regencyCode ? ctx.deps.regions.regency(regencyCode) : undefined
  const row = {
    name: newName,
    agency,
    province: province?.name,
    ...(regency ? { regency: regency.officialName } : {}),
    ...(draft.year ? { year: draft.year } : {}),
  }
  return validateImportRow(row, ctx.deps.regions, latestInnovationYear(nowOf(ctx.deps)))
}

/** Shows the whole record a new innovation would get, to be stored only once the admin confirms. */
export async function confirmNew(ctx: Context, draft: AnnouncementRecord) {
  const result = newInnovationOf(ctx, draft)
  const back = { reply_markup: backKeyboard(ctx.t, draft.id) }
  if (!result.ok) {
    const fields = result.problems.map((problem) => problem.field).join(', ')
    return ctx.reply(ctx.t('announce-new-invalid', { fields }), back)
  }
  const { innovation } = result
  const province = ctx.deps.regions.province(innovation.provinceCode)
  const regency = innovation.regencyCode ? ctx.deps.regions.regency(innovation.regencyCode) : undefined
  const record = ctx.t('announce-new-record', {
    name: innovation.name,
    agency: innovation.agency ?? '-',
    region: regency ? `${regency.officialName}, ${province?.name ?? ''}` : (province?.name ?? ''),
    year: innovation.year === null ? '-' : String(innovation.year),
  })
  return ctx.reply(record, { reply_markup: saveNewKeyboard(ctx.t, draft.id) })
}

/** Confirmed: the new innovation goes into the catalogue (validated again) and onto the list. */
export async function saveNew(ctx: Context, draft: AnnouncementRecord) {
  const result = newInnovationOf(ctx, draft)
  if (!result.ok) return confirmNew(ctx, draft)
  const db = ctx.deps.database.db
  const { ids } = await upsertInnovations(db, [result.innovation])
  const [created] = await listInnovationCandidates(db, ids)
  if (!created) return askInnovations(ctx, draft.id)
  await notifyInnovationsChanged(db, ids)
  return addInnovation(ctx, draft, created)
}
