import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { UpdateOutcome } from '../../db/repositories/announcements.ts'
import type { DeliveryCounts } from '../../db/repositories/deliveries.ts'
import type { AwardLevel, AwardStage } from '../../domain/innovations/awards.ts'
import type { Translate } from '../../i18n.ts'

/** Telegram's limit on the text of one message. */
const MESSAGE_LIMIT = 4096
/** Room kept for the header, the footer and the "and N more" line. */
const RESERVED = 600

/** One innovation as an announcement lists it. */
export interface AnnouncedItem {
  name: string
  agency: string | null
  provinceName: string
  regencyName: string | null
}

/** What an announcement message shows. */
export interface AnnouncementView {
  title: string
  level: AwardLevel | null
  year: number | null
  stage: AwardStage
  /** Above 1 once corrected: the message says it was updated. */
  revision: number
  innovations: readonly AnnouncedItem[]
  /** What the chat follows that brought it ("Sulawesi Selatan · Kesehatan"); absent in the admin's preview. */
  because?: string
}

const regionOf = (item: AnnouncedItem) =>
  item.regencyName ? `${item.regencyName}, ${item.provinceName}` : item.provinceName

/**
 * The message a subscriber receives: the award in bold, its level and year, then each innovation it names
 * (cut with "and N more" before Telegram's 4,096-character limit). Entities, so names need no escaping.
 */
export function announcementMessage(t: Translate, view: AnnouncementView): FormattedString {
  const stage = view.stage === 'final' ? '' : `\n${t('announce-message-stage', { stage: view.stage })}`
  const updated = view.revision > 1 ? `\n${t('announce-message-updated')}` : ''
  const header = fmt`🏆 ${FormattedString.bold(view.title)}${stage}${updated}\n${t('announce-message-intro', {
    level: view.level ?? 'nasional',
    year: String(view.year ?? ''),
    count: view.innovations.length,
  })}\n`
  const lines: FormattedString[] = []
  let length = header.text.length
  for (const item of view.innovations) {
    const line = fmt`\n• ${FormattedString.bold(item.name)} — ${item.agency ? t('announce-message-item', { agency: item.agency, region: regionOf(item) }) : regionOf(item)}`
    if (length + line.text.length > MESSAGE_LIMIT - RESERVED) break
    lines.push(line)
    length += line.text.length
  }
  const hidden = view.innovations.length - lines.length
  const more = hidden > 0 ? [fmt`\n${t('announce-message-more', { count: hidden })}`] : []
  const footer = view.because
    ? t('announce-message-because', { followed: view.because })
    : t('announce-message-footer')
  return FormattedString.join([header, ...lines, ...more, fmt`\n\n${footer}`])
}

/** The progress an admin watches (in the chat, updated) and the CLI prints: the same words. */
export function progressMessage(
  t: Translate,
  view: { id: number; title: string; stage: AwardStage; counts: DeliveryCounts; finished: boolean },
): FormattedString {
  const { counts } = view
  const state = view.finished ? t('announce-progress-finished') : t('announce-progress-running')
  const stage = view.stage === 'final' ? '' : `\n${t('announce-message-stage', { stage: view.stage })}`
  const outdated =
    counts.outdated > 0 ? `\n${t('announce-progress-outdated', { count: counts.outdated })}` : ''
  return fmt`📣 ${FormattedString.bold(view.title)} (#${String(view.id)})${stage}\n${t('announce-progress', {
    total: counts.total,
    sent: counts.sent,
    pending: counts.pending,
    failed: counts.failed,
    skipped: counts.skipped,
    ambiguous: counts.ambiguous,
  })}${outdated}\n${state}`
}

/** What an update of a published announcement did, in the chat and the CLI alike. */
export function updateOutcomeText(t: Translate, id: number, outcome: UpdateOutcome): string {
  const number = String(id)
  switch (outcome.kind) {
    case 'updated':
      return t('announce-update-done', {
        id: number,
        revision: outcome.revision,
        toEdit: outcome.toEdit,
        queued: outcome.queued,
      })
    case 'unknown':
    case 'not-published':
      return t('announce-update-unknown', { id: number })
    case 'withdrawn':
      return t('announce-update-withdrawn', { id: number })
    case 'unchanged':
      return t('announce-update-unchanged', { id: number })
    case 'empty':
      return t('announce-update-empty')
  }
}
