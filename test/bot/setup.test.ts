import { Api } from 'grammy'
import { describe, expect, it } from 'vitest'
import {
  applyProfile,
  PROFILE_LANGUAGES,
  PROFILE_LIMITS,
  profileFor,
  setUpTelegramProfile,
} from '../../src/bot/setup.ts'
import { createLocalBotApi } from '../../src/cli/local-bot-api.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'

const i18n = createI18n()
const logger = createLogger({ level: 'silent' })

/** A Bot API that remembers the profile per language, as Telegram does. */
function profileApi() {
  const local = createLocalBotApi()
  const stored = new Map<string, Record<string, unknown>>()
  const slot = (payload: Record<string, unknown>) => {
    const key = String(payload.language_code ?? '')
    if (!stored.has(key)) stored.set(key, {})
    return stored.get(key) as Record<string, unknown>
  }
  local.respond('getMyCommands', (payload) => slot(payload).commands ?? [])
  local.respond('getMyDescription', (payload) => ({ description: slot(payload).description ?? '' }))
  local.respond('getMyShortDescription', (payload) => ({
    short_description: slot(payload).shortDescription ?? '',
  }))
  local.respond('setMyCommands', (payload) => {
    slot(payload).commands = payload.commands
    return true
  })
  local.respond('setMyDescription', (payload) => {
    slot(payload).description = payload.description
    return true
  })
  local.respond('setMyShortDescription', (payload) => {
    slot(payload).shortDescription = payload.short_description
    return true
  })
  const api = new Api('123:test', { fetch: local.fetch })
  const writes = () => local.calls.filter((call) => call.method.startsWith('set')).map((call) => call.method)
  return { api, stored, writes }
}

describe('the Telegram profile', () => {
  it.each(PROFILE_LANGUAGES.map((language) => [language.locale]))(
    "in %s fits Telegram's limits and tells about inline mode",
    (locale) => {
      const profile = profileFor(translatorFor(i18n, locale), locale, 'inovasi_bot')
      expect(profile.description.length).toBeLessThanOrEqual(PROFILE_LIMITS.description)
      expect(profile.description).toContain('@inovasi_bot')
      expect(profile.shortDescription.length).toBeLessThanOrEqual(PROFILE_LIMITS.shortDescription)
      for (const command of profile.commands) {
        expect(command.command).toMatch(/^[a-z0-9_]{1,32}$/)
        expect(command.description.length).toBeGreaterThan(0)
        expect(command.description.length).toBeLessThanOrEqual(PROFILE_LIMITS.commandDescription)
      }
    },
  )

  it('names the Indonesian commands in Indonesian and the English ones in English', () => {
    const commands = (locale: string) =>
      profileFor(translatorFor(i18n, locale), locale, 'b').commands.map((c) => c.command)
    expect(commands('id')).toEqual([
      'cari',
      'ekspor',
      'ajukan',
      'pengajuan',
      'langganan',
      'berhenti',
      'bahasa',
      'batal',
      'bantuan',
    ])
    expect(commands('en')).toEqual([
      'search',
      'export',
      'submit',
      'submissions',
      'subscribe',
      'unsubscribe',
      'language',
      'cancel',
      'help',
    ])
  })

  it('sets commands and descriptions in Indonesian by default and in English for en', async () => {
    const { api, stored } = profileApi()
    await setUpTelegramProfile(api, i18n, 'inovasi_bot', logger)
    expect(String(stored.get('')?.description)).toContain('Katalog inovasi')
    expect(String(stored.get('en')?.description)).toContain('catalogue')
    expect(stored.get('en')?.commands).toEqual(
      profileFor(translatorFor(i18n, 'en'), 'en', 'inovasi_bot').commands,
    )
  })

  it('changes nothing when the profile is already set (every instance runs it at every start)', async () => {
    const { api, writes } = profileApi()
    await setUpTelegramProfile(api, i18n, 'inovasi_bot', logger)
    expect(writes()).toHaveLength(6)
    await setUpTelegramProfile(api, i18n, 'inovasi_bot', logger)
    expect(writes()).toHaveLength(6)
  })

  it('changes only the part that differs', async () => {
    const { api, writes } = profileApi()
    const profile = profileFor(translatorFor(i18n, 'id'), 'id', 'inovasi_bot')
    await applyProfile(api, profile, undefined)
    const changed = await applyProfile(api, { ...profile, shortDescription: 'Baru' }, undefined)
    expect(changed).toEqual(['short description'])
    expect(writes()).toEqual([
      'setMyCommands',
      'setMyDescription',
      'setMyShortDescription',
      'setMyShortDescription',
    ])
  })
})
