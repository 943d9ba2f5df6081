import { fileURLToPath } from 'node:url'
import { I18n, type I18nFlavor } from '@grammyjs/i18n'
import type { Context } from 'grammy'

export const LOCALES_DIR = fileURLToPath(new URL('../locales', import.meta.url))
export const DEFAULT_LOCALE = 'id'

/** Translates one message key, with Fluent variables; the same shape as `ctx.t`. */
export type Translate = I18nFlavor['t']

/** The locales we have files for. */
export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Our locale for a Telegram language code ("en-GB" → en, "id" → id); undefined for the rest. */
export function supportedLocale(languageCode: string | null | undefined): Locale | undefined {
  const language = languageCode?.toLowerCase().split('-')[0]
  return LOCALES.find((locale) => locale === language)
}

/**
 * The one set of Fluent bundles, read from `locales/` (Indonesian first, English second). The locale of an
 * update is the one the person chose with /bahasa (`chosenLocale`), else their Telegram language when we
 * have it, else Indonesian.
 */
export function createI18n<C extends Context = Context>(
  chosenLocale: (ctx: C) => Locale | undefined = () => undefined,
): I18n<C> {
  return new I18n<C>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) =>
      chosenLocale(ctx) ?? supportedLocale(ctx.from?.language_code) ?? DEFAULT_LOCALE,
  })
}

/** A translator bound to one locale, for places without an update (CLI, background jobs). */
export function translatorFor(i18n: I18n, locale: string = DEFAULT_LOCALE): Translate {
  return (key, variables) => i18n.t(locale, key, variables)
}
