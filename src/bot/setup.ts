import type { I18n } from '@grammyjs/i18n'
import type { Api } from 'grammy'
import type { BotCommand, LanguageCode } from 'grammy/types'
import { DEFAULT_LOCALE, type Translate, translatorFor } from '../i18n.ts'
import type { Logger } from '../logger.ts'

/** What Telegram shows about the bot in one language: the command menu and the profile texts. */
export interface TelegramProfile {
  commands: BotCommand[]
  /** Shown in an empty chat before /start (up to 512 characters). */
  description: string
  /** Shown on the profile page and in shared links (up to 120 characters). */
  shortDescription: string
}

/** Telegram's limits on the profile texts. */
export const PROFILE_LIMITS = { description: 512, shortDescription: 120, commandDescription: 256 } as const

/**
 * The languages the profile is set in: Indonesian as the default (no `language_code`: everyone whose
 * language has no list of its own), English for `en`.
 */
export const PROFILE_LANGUAGES: readonly { locale: string; languageCode: LanguageCode | undefined }[] = [
  { locale: DEFAULT_LOCALE, languageCode: undefined },
  { locale: 'en', languageCode: 'en' },
]

/** The menu: commands every user may use (admins' /antrian and /umumkan stay out of it). */
const COMMANDS = ['cari', 'ekspor', 'ajukan', 'langganan', 'berhenti', 'batal', 'bantuan'] as const

/**
 * The profile in one language, from `locales/` (`## Telegram profile`); English gets /help for /bantuan.
 * The description names the bot's username, so people learn inline mode (`@bot kata kunci`) before /start.
 */
export function profileFor(t: Translate, locale: string, botUsername: string): TelegramProfile {
  return {
    commands: COMMANDS.map((key) => ({
      command: key === 'bantuan' && locale === 'en' ? 'help' : key,
      description: t(`profile-command-${key}`),
    })),
    description: t('profile-description', { bot: botUsername }),
    shortDescription: t('profile-short-description'),
  }
}

const sameCommands = (a: readonly BotCommand[], b: readonly BotCommand[]) =>
  a.length === b.length &&
  a.every((command, i) => command.command === b[i]?.command && command.description === b[i]?.description)

/**
 * Makes Telegram show `profile` for `languageCode`, changing only what differs: every instance may run it
 * at every start (idempotent), and an unchanged profile costs three reads and no writes. Returns the
 * parts it changed.
 */
export async function applyProfile(
  api: Api,
  profile: TelegramProfile,
  languageCode: LanguageCode | undefined,
): Promise<string[]> {
  const scope = languageCode === undefined ? {} : { language_code: languageCode }
  const [commands, description, shortDescription] = await Promise.all([
    api.getMyCommands(scope),
    api.getMyDescription(scope),
    api.getMyShortDescription(scope),
  ])
  const changes: Promise<unknown>[] = []
  const changed: string[] = []
  if (!sameCommands(commands, profile.commands)) {
    changes.push(api.setMyCommands(profile.commands, scope))
    changed.push('commands')
  }
  if (description.description !== profile.description) {
    changes.push(api.setMyDescription(profile.description, scope))
    changed.push('description')
  }
  if (shortDescription.short_description !== profile.shortDescription) {
    changes.push(api.setMyShortDescription(profile.shortDescription, scope))
    changed.push('short description')
  }
  await Promise.all(changes)
  return changed
}

/**
 * Sets the bot's command menu, description and short description in Indonesian and English at start. A
 * failure is logged and does not keep the bot from running: the profile is a courtesy, not a need.
 */
export async function setUpTelegramProfile(
  api: Api,
  i18n: I18n,
  botUsername: string,
  logger: Logger,
): Promise<void> {
  for (const { locale, languageCode } of PROFILE_LANGUAGES) {
    try {
      const profile = profileFor(translatorFor(i18n, locale), locale, botUsername)
      const changed = await applyProfile(api, profile, languageCode)
      if (changed.length > 0) logger.info({ locale, changed }, 'telegram profile updated')
    } catch (error) {
      logger.warn({ err: error, locale }, 'could not set the telegram profile')
    }
  }
}
