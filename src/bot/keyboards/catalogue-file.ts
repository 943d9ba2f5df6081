import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'

/** "Impor" / "Batal" under a checked file: the id of the saved upload, never the file itself. */
export const uploadData = codec('cf', {
  id: z.coerce.number().int().positive().max(2_147_483_647),
  action: z.enum(['import', 'cancel']),
})

/** "Impor" (or "Impor baris yang valid" when the check refused some lines) and "Batal". */
export const uploadKeyboard = (t: Translate, id: number, skipsInvalid: boolean) =>
  new InlineKeyboard()
    .text(
      t(skipsInvalid ? 'catalogue-file-button-import-valid' : 'catalogue-file-button-import'),
      uploadData.pack({ id, action: 'import' }),
    )
    .text(t('catalogue-file-button-cancel'), uploadData.pack({ id, action: 'cancel' }))
