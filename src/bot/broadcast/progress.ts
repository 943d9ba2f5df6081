import type { FormattedString } from '@grammyjs/parse-mode'
import type { InlineKeyboard } from 'grammy'
import type { Database } from '../../db/database.ts'
import {
  countDeliveries,
  hasOpenDeliveries,
  listUnfinishedAnnouncements,
  markFinished,
} from '../../db/repositories/deliveries.ts'
import { countOutdatedMessages } from '../../db/repositories/delivery-edits.ts'
import type { Translate } from '../../i18n.ts'
import { progressKeyboard } from '../keyboards/announcement.ts'
import { localeOf } from './content.ts'
import { progressMessage } from './messages.ts'

/** Shows a progress text in an admin's message; false when it could not (yet), to try again later. */
export type ShowProgress = (
  chatId: number,
  messageId: number,
  text: FormattedString,
  keyboard: InlineKeyboard,
) => Promise<boolean>

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
    const { id, title, stage, progressChatId: chatId, progressMessageId: messageId } = announcement
    if (chatId === null || messageId === null) {
      const done = !(await hasOpenDeliveries(db, id)) && (await countOutdatedMessages(db, id)) === 0
      if (done) await markFinished(db, id)
      continue
    }
    const counts = await countDeliveries(db, id)
    const finished = counts.pending === 0 && counts.outdated === 0
    const t = translator(localeOf(announcement.language))
    const text = progressMessage(t, { id, title, stage, counts, finished })
    const shown = await show(chatId, messageId, text, progressKeyboard(t, id, stage))
    if (finished && shown) await markFinished(db, id)
  }
}
