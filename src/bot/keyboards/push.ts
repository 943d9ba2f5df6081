import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { truncate } from '../format/text.ts'
import { cardData } from './search.ts'

/** Under every push: open /langganan's screen, or stop (the /berhenti flow). */
export const pushData = codec('pu', { action: z.enum(['manage', 'stop']) })

/** Innovations given a card button in one push; the rest are in the text and one search away. */
export const PUSH_CARD_BUTTONS = 10

/** One button per innovation listed (to its card), then "Atur langganan" and "Berhenti". */
export function pushKeyboard(t: Translate, innovations: readonly { id: number; name: string }[]) {
  const keyboard = new InlineKeyboard()
  for (const innovation of innovations.slice(0, PUSH_CARD_BUTTONS)) {
    keyboard.text(truncate(innovation.name, 40), cardData.pack({ id: innovation.id })).row()
  }
  return keyboard
    .text(t('announce-push-manage'), pushData.pack({ action: 'manage' }))
    .text(t('announce-push-stop'), pushData.pack({ action: 'stop' }))
}
