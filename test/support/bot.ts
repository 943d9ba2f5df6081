import type { Bot } from 'grammy'
import type { CallbackQuery, Message, Update, User } from 'grammy/types'
import type { BotDeps, Context } from '../../src/bot/context.ts'
import { createBot } from '../../src/bot/index.ts'
import { createLocalBotApi, LOCAL_BOT_INFO, type LocalBotApi } from '../../src/cli/local-bot-api.ts'
import { loadConfig } from '../../src/config.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { createLogger } from '../../src/logger.ts'
import { telegramRefusal } from './telegram-validation.ts'

export const SARI: User = { id: 501, is_bot: false, first_name: 'Sari', language_code: 'id' }
export const JOHN: User = { id: 502, is_bot: false, first_name: 'John', language_code: 'en' }
export const ADMIN: User = { id: 900, is_bot: false, first_name: 'Admin', language_code: 'id' }

/** Scripted users answer in milliseconds; only the flood tests use the real limit. */
const TESTS_DO_NOT_FLOOD = { limit: 100_000, windowMs: 1000 }

export type TestDeps = Omit<BotDeps, 'config' | 'logger' | 'search'> &
  Partial<Pick<BotDeps, 'config' | 'logger' | 'search'>>

/**
 * The real bot, wired to a recording in-process Bot API (it also reaches conversations) that refuses what
 * Telegram refuses, so a message Telegram would reject fails the test as it would fail in production. Without `search`
 * it gets an empty index; search tests pass one filled by `startSearchSync`.
 */
export function createTestBot(deps: TestDeps): { bot: Bot<Context>; api: LocalBotApi } {
  const api = createLocalBotApi(LOCAL_BOT_INFO, { check: telegramRefusal })
  const config = deps.config ?? loadConfig({ ADMIN_IDS: String(ADMIN.id) })
  const logger = deps.logger ?? createLogger({ level: 'silent' })
  const search = deps.search ?? createSearchIndex(deps.regions)
  const floodLimit = deps.floodLimit ?? TESTS_DO_NOT_FLOOD
  const bot = createBot(
    { ...deps, config, logger, search, floodLimit },
    { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } },
  )
  return { bot, api }
}

let updateId = 0
let messageId = 0

const now = () => Math.floor(Date.now() / 1000)

function textMessage(from: User, text: string): NonNullable<Update['message']> {
  const command = /^\/\S+/.exec(text)
  return {
    message_id: ++messageId,
    date: now(),
    chat: { id: from.id, type: 'private', first_name: from.first_name },
    from,
    text,
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
  } as NonNullable<Update['message']>
}

/** A person talking to the bot in a private chat; what they see is read from the recorded calls. */
export function testUser(bot: Bot<Context>, api: LocalBotApi, from: User = SARI) {
  const feed = (update: Omit<Update, 'update_id'>) =>
    bot.handleUpdate({ update_id: ++updateId, ...update } as Update)
  const sent = () =>
    api.calls.filter((call) => call.payload.chat_id === from.id || call.method.startsWith('answer'))
  return {
    send: (text: string) => feed({ message: textMessage(from, text) }),
    /** Presses an inline button of a message the bot sent this user. */
    click: (data: string, message: Message = lastBotMessage()) =>
      feed({
        callback_query: {
          id: String(++updateId),
          from,
          chat_instance: 'test',
          message: message as CallbackQuery['message'],
          data,
        },
      }),
    inline: (query: string) => feed({ inline_query: { id: String(++updateId), from, query, offset: '' } }),
    /** The text of the newest message sent or edited in this chat. */
    lastText: () => String(sent().findLast((call) => 'text' in call.payload)?.payload.text ?? ''),
    calls: sent,
  }

  function lastBotMessage(): Message {
    const message = api.lastMessage(from.id)
    if (!message) throw new Error('the bot has sent this user no message yet')
    return api.message(from.id, message.message_id) ?? message
  }
}
