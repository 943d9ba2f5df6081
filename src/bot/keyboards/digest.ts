import { InlineKeyboard } from 'grammy'
import { cardData } from './search.ts'

const BUTTONS_PER_ROW = 8

/** One numbered button per innovation a digest part lists, opening its card; numbers start after `offset`. */
export function digestKeyboard(innovationIds: readonly number[], offset: number) {
  const keyboard = new InlineKeyboard()
  innovationIds.forEach((id, index) => {
    if (index > 0 && index % BUTTONS_PER_ROW === 0) keyboard.row()
    keyboard.text(String(offset + index + 1), cardData.pack({ id }))
  })
  return keyboard
}
