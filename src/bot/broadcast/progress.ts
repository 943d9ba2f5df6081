import type { FormattedString } from '@grammyjs/parse-mode'
import type { Database } from '../../db/database.ts'
import {
  countDeliveries,
  hasOpenDeliveries,
  listUnfinishedAnnouncements,
  markFinished,
} from '../../db/repositories/deliveries.ts'
import type { Translate } from '../../i18n.ts'
import { localeOf } from './content.ts'
import { progressMessage } from './messages.ts'

/** Shows a progress text in an admin's message; false when it could not (yet), to try again later. */
export type ShowProgress = (chatId: number, messageId: number, text: FormattedString) => Promise<boolean>

/**
 * One round of progress: each unfinished announcement with a progress message gets its numbers shown
 * (when they changed); one with nothing left to send is marked finished, after its last numbers were shown.
 * Announcements without a progress message (the CLI's) only need the cheap "anything left?" check.
 */
export async function reportProgress(
  db: Database,
  translator: (locale: string) => Translate,
  show: ShowProgress,
): Promise<void> {
  for (const announcement of await listUnfinishedAnnouncements(db)) {
    const { id, title, progressChatId: chatId, progressMessageId: messageId } = announcement
    if (chatId === null || messageId === null) {
      if (!(await hasOpenDeliveries(db, id))) await markFinished(db, id)
      continue
    }
    const counts = await countDeliveries(db, id)
    const finished = counts.pending === 0
    const text = progressMessage(translator(localeOf(announcement.language)), { id, title, counts, finished })
    const shown = await show(chatId, messageId, text)
    if (finished && shown) await markFinished(db, id)
  }
}
