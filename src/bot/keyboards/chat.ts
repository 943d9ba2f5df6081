import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import { LOCALES, type Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'

/** A language button of /bahasa. */
export const languageData = codec('lng', { locale: z.enum(LOCALES) })

/** Bahasa Indonesia / English, each named in its own language. */
export const languageKeyboard = (t: Translate) =>
  new InlineKeyboard()
    .text(t('language-button-id'), languageData.pack({ locale: 'id' }))
    .text(t('language-button-en'), languageData.pack({ locale: 'en' }))
