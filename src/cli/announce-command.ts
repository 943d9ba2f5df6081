import { progressMessage } from '../bot/broadcast/messages.ts'
import {
  createAnnouncement,
  findAnnounceable,
  findAnnouncement,
  type InnovationCandidate,
  publishAnnouncement,
} from '../db/repositories/announcements.ts'
import { countDeliveries } from '../db/repositories/deliveries.ts'
import { AWARD_LEVELS, type AwardLevel, awardLevelOf } from '../domain/innovations/awards.ts'
import { normalizeText } from '../domain/text/normalize.ts'
import type { Translate } from '../i18n.ts'
import { latestYear, type Runtime } from '../runtime.ts'

/** The options of `announce`, as typed. */
export interface AnnounceArgs {
  title: string | undefined
  year: string | undefined
  level: string | undefined
  /** Ids ("12", "#12") or names, one per `--innovation`. */
  innovations: readonly string[]
}

/** Exit status and the lines to print. */
export interface CommandResult {
  exitCode: number
  lines: string[]
}

const fail = (line: string): CommandResult => ({ exitCode: 1, lines: [line] })

type Checked = { title: string; year: number; level: AwardLevel } | { error: string }

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
  if (args.innovations.length === 0) return { error: t('announce-cli-innovation-required') }
  return { title, year, level }
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

/**
 * `announce --title "…" --year N [--level …] --innovation <id or name> …`: records the award on the
 * innovations and queues one delivery per matching subscriber; the running bot's sender delivers them.
 * The first line printed is the announcement id alone (for scripts), then a sentence for people.
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
    const ids: number[] = []
    const resolvedLines: string[] = []
    for (const text of args.innovations) {
      const resolved = await resolveInnovation(runtime, text, t)
      if ('error' in resolved) return fail(resolved.error)
      ids.push(resolved.innovation.id)
      const { id, name } = resolved.innovation
      resolvedLines.push(t('announce-cli-resolved', { text, id: String(id), name }))
    }
    const id = await createAnnouncement(db, { ...checked, innovationIds: ids })
    const { queued } = await publishAnnouncement(db, id)
    return {
      exitCode: 0,
      lines: [
        String(id),
        t('announce-cli-created', { id: String(id), title: checked.title, queued }),
        ...resolvedLines,
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
    const message = progressMessage(t, { id, title: announcement.title, counts, finished })
    return { exitCode: 0, lines: message.text.split('\n') }
  } finally {
    await runtime.close()
  }
}
