import { fileURLToPath } from 'node:url'
import { I18n, type I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'

export const LOCALES_DIR = fileURLToPath(new URL('../locales', import.meta.url))
export const DEFAULT_LOCALE = 'id'

/** Translates one message key, with Fluent variables; the same shape as `ctx.t`. */
export type Translate = I18nFlavor['t']

/**
 * The one set of Fluent bundles, read from `locales/` (Indonesian first, English second). The locale of an
 * update comes from the user's Telegram language; anything we have no file for falls back to Indonesian.
 */
export function createI18n<C extends Context = Context>(): I18n<C> {
  return new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
  })
}

/** A translator bound to one locale, for places without an update (CLI, background jobs). */
export function translatorFor(i18n: I18n, locale: string = DEFAULT_LOCALE): Translate {
  return (key, variables) => i18n.t(locale, key, variables)
}
