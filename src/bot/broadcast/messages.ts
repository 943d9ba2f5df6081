import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { DeliveryCounts } from '../../db/repositories/deliveries.ts'
import type { AwardLevel } from '../../domain/innovations/awards.ts'
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
  innovations: readonly AnnouncedItem[]
}

const regionOf = (item: AnnouncedItem) =>
  item.regencyName ? `${item.regencyName}, ${item.provinceName}` : item.provinceName

/**
 * The message a subscriber receives: the award in bold, its level and year, then each innovation it names
 * (cut with "and N more" before Telegram's 4,096-character limit). Entities, so names need no escaping.
 */
export function announcementMessage(t: Translate, view: AnnouncementView): FormattedString {
  const header = fmt`🏆 ${FormattedString.bold(view.title)}\n${t('announce-message-intro', {
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
  return FormattedString.join([header, ...lines, ...more, fmt`\n\n${t('announce-message-footer')}`])
}

/** The progress an admin watches (in the chat, updated) and the CLI prints: the same words. */
export function progressMessage(
  t: Translate,
  view: { id: number; title: string; counts: DeliveryCounts; finished: boolean },
): FormattedString {
  const { counts } = view
  const state = view.finished ? t('announce-progress-finished') : t('announce-progress-running')
  return fmt`📣 ${FormattedString.bold(view.title)} (#${String(view.id)})\n${t('announce-progress', {
    total: counts.total,
    sent: counts.sent,
    pending: counts.pending,
    failed: counts.failed,
    skipped: counts.skipped,
    ambiguous: counts.ambiguous,
  })}\n${state}`
}
