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

/** The menu: commands every user may use, by their Indonesian name. */
const COMMANDS = [
  'cari',
  'ekspor',
  'ajukan',
  'pengajuan',
  'langganan',
  'berhenti',
  'bahasa',
  'batal',
  'bantuan',
] as const
/** What admins see in their own chats besides (BotCommandScopeChat). */
const ADMIN_COMMANDS = ['antrian', 'umumkan', 'berita'] as const

/** The English name of each command that has one (both names work everywhere). */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  cari: 'search',
  ekspor: 'export',
  ajukan: 'submit',
  pengajuan: 'submissions',
  langganan: 'subscribe',
  berhenti: 'unsubscribe',
  bahasa: 'language',
  batal: 'cancel',
  bantuan: 'help',
}

const menuOf = (t: Translate, locale: string, keys: readonly string[]): BotCommand[] =>
  keys.map((key) => ({
    command: locale === 'en' ? (ENGLISH_NAMES[key] ?? key) : key,
    description: t(`profile-command-${key}`),
  }))

/**
 * The profile in one language, from `locales/` (`## Telegram profile`); the English menu names the
 * English commands (/search, /submit, /help…). The description names the bot's username, so people learn
 * inline mode (`@bot kata kunci`) before /start.
 */
export function profileFor(t: Translate, locale: string, botUsername: string): TelegramProfile {
  return {
    commands: menuOf(t, locale, COMMANDS),
    description: t('profile-description', { bot: botUsername }),
    shortDescription: t('profile-short-description'),
  }
}

/** An admin's menu: everyone's commands, then /antrian, /umumkan and /berita. */
export const adminCommandsFor = (t: Translate, locale: string): BotCommand[] =>
  menuOf(t, locale, [...COMMANDS, ...ADMIN_COMMANDS])

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

/** An admin's private chat with the bot, and the language to write their menu in. */
export interface AdminChat {
  chatId: number
  locale: string
}

/**
 * Gives each admin, in their own chat with the bot, the menu with the admin commands
 * (BotCommandScopeChat), changed only when it differs. An admin who never opened the bot (Telegram does
 * not know the chat) is logged and skipped. Returns how many menus were changed.
 */
export async function setUpAdminCommands(
  api: Api,
  i18n: I18n,
  admins: readonly AdminChat[],
  logger: Logger,
): Promise<number> {
  let changed = 0
  for (const { chatId, locale } of admins) {
    const scope = { scope: { type: 'chat' as const, chat_id: chatId } }
    try {
      const commands = adminCommandsFor(translatorFor(i18n, locale), locale)
      if (sameCommands(await api.getMyCommands(scope), commands)) continue
      await api.setMyCommands(commands, scope)
      changed++
    } catch (error) {
      logger.warn({ err: error, chatId }, 'could not set the admin command menu')
    }
  }
  return changed
}
