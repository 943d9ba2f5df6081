import { progressMessage, updateOutcomeText } from '../bot/broadcast/messages.ts'
import {
  createAnnouncement,
  findAnnounceable,
  findAnnouncement,
  findRepeatedAnnouncement,
  type InnovationCandidate,
  publishAnnouncement,
  updateAnnouncement,
} from '../db/repositories/announcements.ts'
import { countDeliveries } from '../db/repositories/deliveries.ts'
import {
  AWARD_LEVELS,
  AWARD_STAGES,
  type AwardLevel,
  type AwardStage,
  awardLevelOf,
  titleYearConflict,
} from '../domain/innovations/awards.ts'
import { normalizeText } from '../domain/text/normalize.ts'
import type { Translate } from '../i18n.ts'
import { latestYear, type Runtime } from '../runtime.ts'

/** The options of `announce`, as typed. */
export interface AnnounceArgs {
  title: string | undefined
  year: string | undefined
  level: string | undefined
  /** `provisional` or `final` (the default when absent). */
  stage?: string
  /** Ids ("12", "#12") or names, one per `--innovation`. */
  innovations: readonly string[]
}

/** Exit status and the lines to print. */
export interface CommandResult {
  exitCode: number
  lines: string[]
}

const fail = (line: string): CommandResult => ({ exitCode: 1, lines: [line] })

type Checked =
  | { title: string; year: number; level: AwardLevel; stage: 'provisional' | 'final' }
  | { error: string }

/** A stage as typed; `withdrawn` only where it is allowed (updates). */
function stageOf<Allowed extends AwardStage>(text: string | undefined, allowed: readonly Allowed[]) {
  const wanted = text?.trim().toLowerCase()
  return allowed.find((stage) => stage === wanted)
}

/** The title's own year must be the award's year ("Top 45 KIPP 2021" is not a 2024 award). */
function yearConflictError(t: Translate, title: string, year: number): string | undefined {
  const named = titleYearConflict(title, year)
  return named === null
    ? undefined
    : t('announce-cli-title-year', { title, named: String(named), year: String(year) })
}

function checkArgs(args: AnnounceArgs, t: Translate, now: Date): Checked {
  const title = args.title?.trim() ?? ''
  if (title.length < 3 || title.length > 200) return { error: t('announce-cli-title-required') }
  const max = latestYear(now)
  const year = Number(args.year)
  if (!/^\d{4}$/.test(args.year ?? '') || year < 1945 || year > max) {
    return { error: t('announce-cli-year-invalid', { max: String(max) }) }
  }
  const wanted = args.level?.trim().toLowerCase()
  const level = wanted === undefined ? awardLevelOf(title) : AWARD_LEVELS.find((l) => l === wanted)
  if (!level) return { error: t('announce-cli-level-invalid') }
  const conflict = yearConflictError(t, title, year)
  if (conflict) return { error: conflict }
  const stage = args.stage === undefined ? 'final' : stageOf(args.stage, ['provisional', 'final'] as const)
  if (!stage) return { error: t('announce-cli-stage-invalid') }
  if (args.innovations.length === 0) return { error: t('announce-cli-innovation-required') }
  return { title, year, level, stage }
}

/** Candidates listed when a name fits several innovations. */
const CANDIDATES_SHOWN = 10

/**
 * One innovation by id, exact name, or the one innovation the catalogue or the bot's search finds for the
 * text (`findAnnounceable`, as in the chat); otherwise why not, listing the candidates.
 */
async function resolveInnovation(
  runtime: Runtime,
  text: string,
  t: Translate,
): Promise<{ innovation: InnovationCandidate } | { error: string }> {
  const candidates = await findAnnounceable(runtime.database.db, runtime.search, text, CANDIDATES_SHOWN)
  const exact = candidates.filter(
    (candidate) => /^#?\d+$/.test(text.trim()) || normalizeText(candidate.name) === normalizeText(text),
  )
  const [only] = exact.length === 1 ? exact : candidates.length === 1 ? candidates : []
  if (only) return { innovation: only }
  if (candidates.length === 0) return { error: t('announce-cli-innovation-unknown', { text }) }
  const list = candidates.map((candidate) => `#${candidate.id} ${candidate.name}`).join(', ')
  return { error: t('announce-cli-innovation-ambiguous', { text, candidates: list }) }
}

/** Each text resolved to one innovation (`resolveInnovation`), or the first error. */
async function resolveAll(
  runtime: Runtime,
  texts: readonly string[],
  t: Translate,
): Promise<{ innovations: InnovationCandidate[]; lines: string[] } | { error: string }> {
  const innovations: InnovationCandidate[] = []
  const lines: string[] = []
  for (const text of texts) {
    const resolved = await resolveInnovation(runtime, text, t)
    if ('error' in resolved) return resolved
    innovations.push(resolved.innovation)
    const { id, name } = resolved.innovation
    lines.push(t('announce-cli-resolved', { text, id: String(id), name }))
  }
  return { innovations, lines }
}

/**
 * `announce --title "…" --year N [--level …] [--stage provisional|final] --innovation <id or name> …`:
 * records the award on the innovations and queues one delivery per matching subscriber; the running bot's
 * sender delivers them. The same title and year already announced for any of these innovations is refused
 * (it is corrected with `announce-update`). The first line printed is the announcement id alone (for
 * scripts), then a sentence for people.
 */
export async function announceCommand(
  args: AnnounceArgs,
  openRuntime: () => Promise<Runtime>,
  t: Translate,
  now: Date = new Date(),
): Promise<CommandResult> {
  const checked = checkArgs(args, t, now)
  if ('error' in checked) return fail(checked.error)
  const runtime = await openRuntime()
  try {
    const db = runtime.database.db
    const resolved = await resolveAll(runtime, args.innovations, t)
    if ('error' in resolved) return fail(resolved.error)
    const ids = resolved.innovations.map((innovation) => innovation.id)
    const repeated = await findRepeatedAnnouncement(db, { ...checked, innovationIds: ids })
    if (repeated !== undefined) {
      return fail(t('announce-repeated', { id: String(repeated), title: checked.title }))
    }
    const id = await createAnnouncement(db, { ...checked, innovationIds: ids })
    const { queued } = await publishAnnouncement(db, id)
    return {
      exitCode: 0,
      lines: [
        String(id),
        t('announce-cli-created', { id: String(id), title: checked.title, queued }),
        ...resolved.lines,
      ],
    }
  } finally {
    await runtime.close()
  }
}

/** `announce-status N`: the same numbers the announcing admin sees in the chat. */
export async function announceStatusCommand(
  args: { id: string | undefined },
  openRuntime: () => Promise<Runtime>,
  t: Translate,
): Promise<CommandResult> {
  if (!/^\d{1,9}$/.test(args.id ?? '')) return fail(t('announce-cli-status-usage'))
  const id = Number(args.id)
  const runtime = await openRuntime()
  try {
    const db = runtime.database.db
    const announcement = await findAnnouncement(db, id)
    if (!announcement) return fail(t('announce-cli-status-unknown', { id: String(id) }))
    const counts = await countDeliveries(db, id)
    const finished = announcement.status === 'published' && counts.pending === 0
    const { title, stage } = announcement
    const message = progressMessage(t, { id, title, stage, counts, finished })
    return { exitCode: 0, lines: message.text.split('\n') }
  } finally {
    await runtime.close()
  }
}

/** The options of `announce-update`, as typed. */
export interface AnnounceUpdateArgs {
  id: string | undefined
  title: string | undefined
  stage: string | undefined
  /** Ids or names, resolved as `announce` resolves them. */
  add: readonly string[]
  remove: readonly string[]
}

/**
 * `announce-update <id> [--title …] [--stage provisional|final|withdrawn] [--add-innovation …]
 * [--remove-innovation …]`: corrects a published announcement. The running bot's sender edits every
 * message already sent and sends to subscribers who match only now.
 */
export async function announceUpdateCommand(
  args: AnnounceUpdateArgs,
  openRuntime: () => Promise<Runtime>,
  t: Translate,
): Promise<CommandResult> {
  const nothing =
    args.title === undefined && args.stage === undefined && args.add.length + args.remove.length === 0
  if (!/^\d{1,9}$/.test(args.id ?? '') || nothing) return fail(t('announce-cli-update-usage'))
  const id = Number(args.id)
  const stage = args.stage === undefined ? undefined : stageOf(args.stage, AWARD_STAGES)
  if (args.stage !== undefined && !stage) return fail(t('announce-cli-stage-invalid'))
  const title = args.title?.trim()
  if (title !== undefined && (title.length < 3 || title.length > 200)) {
    return fail(t('announce-cli-title-required'))
  }
  const runtime = await openRuntime()
  try {
    const db = runtime.database.db
    const announcement = await findAnnouncement(db, id)
    if (announcement?.status !== 'published') return fail(t('announce-update-unknown', { id: String(id) }))
    const conflict = title && announcement.year !== null && yearConflictError(t, title, announcement.year)
    if (conflict) return fail(conflict)
    const added = await resolveAll(runtime, args.add, t)
    if ('error' in added) return fail(added.error)
    const removed = await resolveAll(runtime, args.remove, t)
    if ('error' in removed) return fail(removed.error)
    const outcome = await updateAnnouncement(db, id, {
      title,
      stage,
      addInnovationIds: added.innovations.map((innovation) => innovation.id),
      removeInnovationIds: removed.innovations.map((innovation) => innovation.id),
    })
    const ok = outcome.kind === 'updated' || outcome.kind === 'unchanged'
    return {
      exitCode: ok ? 0 : 1,
      lines: [updateOutcomeText(t, id, outcome), ...added.lines, ...removed.lines],
    }
  } finally {
    await runtime.close()
  }
}
