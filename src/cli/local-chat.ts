import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Bot } from 'grammy'
import type { InlineKeyboardButton, InlineQueryResult, Message, Update, User } from 'grammy/types'
import type { Context } from '../bot/context.ts'
import type { Translate } from '../i18n.ts'
import type { ApiCall, LocalBotApi } from './local-bot-api.ts'

export interface LocalChatOptions {
  /** A bot whose client fetch is `api.fetch`, with `botInfo` set. */
  bot: Bot<Context>
  api: LocalBotApi
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
  t: Translate
  user: User
}

/** Something the next typed number can press: a button of the newest keyboard or an inline result. */
type Choice =
  | { kind: 'button'; button: InlineKeyboardButton; message: Message }
  | { kind: 'inline-result'; result: InlineQueryResult }

const INLINE_PREFIX = /^@\S*\s*/
/** "/kirim FILE [caption]": the person sends a file as a document (a list to import, an article). */
const SEND_FILE = /^\/kirim(?:\s+(\S+)\s*(.*))?$/

function keyboardOf(payload: Record<string, unknown>): InlineKeyboardButton[][] {
  const markup = payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined
  return markup?.inline_keyboard ?? []
}

function resultText(result: InlineQueryResult) {
  const content = 'input_message_content' in result ? result.input_message_content : undefined
  return content && 'message_text' in content ? content.message_text : ''
}

/**
 * The bot in a terminal: each typed line becomes a Telegram update for the real bot, and what the bot
 * sends is printed. Buttons are numbered and pressed by typing their number; "@bot query" is inline mode.
 */
export async function runLocalChat(options: LocalChatOptions): Promise<void> {
  const { bot, api, output, t, user } = options
  const write = (text: string) => output.write(`${text}\n`)
  let choices: Choice[] = []
  /** Where the files the bot sends (an /ekspor sheet) are written: made at the first one. */
  let received: string | undefined
  const receivedFolder = () => {
    received ??= mkdtempSync(join(tmpdir(), 'inovasi-chat-'))
    return received
  }
  let updateId = 0
  let messageId = 0
  const chat = { id: user.id, type: 'private' as const, first_name: user.first_name }

  const showKeyboard = (payload: Record<string, unknown>, message: Message | undefined) => {
    const rows = keyboardOf(payload)
    if (rows.length === 0 || !message) return
    choices = []
    for (const row of rows) {
      const labels = row.map((button) => {
        choices.push({ kind: 'button', button, message })
        return `[${choices.length}] ${button.text}`
      })
      write(`      ${labels.join('   ')}`)
    }
  }

  const render = (call: ApiCall, answer: unknown) => {
    const { method, payload } = call
    const result = (answer as { result?: unknown }).result
    if (method === 'sendMessage' || method === 'editMessageText') {
      const edited = method === 'editMessageText' ? ` ${t('local-chat-edited')}` : ''
      write(`\n${t('local-chat-bot')}${edited} › ${String(payload.text ?? '')}`)
      showKeyboard(payload, typeof result === 'object' ? (result as Message) : undefined)
    } else if (method === 'sendDocument') {
      const document = payload.document as { name?: string; bytes?: Uint8Array } | undefined
      const path = join(receivedFolder(), basename(document?.name ?? 'berkas'))
      writeFileSync(path, document?.bytes ?? new Uint8Array(0))
      write(`\n${t('local-chat-bot')} › ${t('local-chat-document', { path })}`)
      if (payload.caption) write(String(payload.caption))
      showKeyboard(payload, typeof result === 'object' ? (result as Message) : undefined)
    } else if (method === 'answerCallbackQuery' && payload.text) {
      write(t('local-chat-notice', { text: String(payload.text) }))
    } else if (method === 'answerInlineQuery') {
      const results = (payload.results as InlineQueryResult[] | undefined) ?? []
      write(
        results.length > 0
          ? t('local-chat-inline-results', { query: lastInlineQuery })
          : t('local-chat-inline-empty'),
      )
      choices = results.map((inlineResult) => ({ kind: 'inline-result', result: inlineResult }))
      results.forEach((inlineResult, index) => {
        const title = 'title' in inlineResult ? inlineResult.title : inlineResult.id
        write(`      [${index + 1}] ${title}`)
      })
    }
  }
  let lastInlineQuery = ''
  api.onCall(render)

  const feed = (update: Omit<Update, 'update_id'>) =>
    bot.handleUpdate({ update_id: ++updateId, ...update } as Update)
  const now = () => Math.floor(Date.now() / 1000)

  const sendText = (text: string) =>
    feed({
      message: { message_id: ++messageId, date: now(), chat, from: user, text, ...commandEntity(text) },
    })

  /** A file from disk, sent as Telegram sends a document: the bot fetches it with getFile. */
  const sendFile = (path: string, caption: string) => {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(path)
    } catch {
      return write(t('local-chat-file-missing', { path }))
    }
    const fileId = api.addFile(bytes)
    return feed({
      message: {
        message_id: ++messageId,
        date: now(),
        chat,
        from: user,
        document: {
          file_id: fileId,
          file_unique_id: fileId,
          file_name: basename(path),
          file_size: bytes.length,
        },
        ...(caption ? { caption } : {}),
      },
    })
  }

  const inlineQuery = (query: string) => {
    lastInlineQuery = query
    return feed({
      inline_query: { id: String(++updateId), from: user, query, offset: '', chat_type: 'private' },
    })
  }

  const press = async (number: number) => {
    const choice = choices[number - 1]
    if (!choice) return write(t('local-chat-no-button', { number }))
    if (choice.kind === 'inline-result') {
      return write(`\n${t('local-chat-you')} (via @${bot.botInfo.username}) › ${resultText(choice.result)}`)
    }
    const { button, message } = choice
    if ('callback_data' in button) {
      const current = api.message(message.chat.id, message.message_id) ?? message
      return feed({
        callback_query: {
          id: String(++updateId),
          from: user,
          chat_instance: 'local',
          message: current,
          data: button.callback_data,
        },
      })
    }
    if ('url' in button) return write(t('local-chat-open-link', { url: button.url }))
    if ('switch_inline_query' in button) return inlineQuery(button.switch_inline_query)
    if ('switch_inline_query_current_chat' in button)
      return inlineQuery(button.switch_inline_query_current_chat)
  }

  write(t('local-chat-banner'))
  const lines = createInterface({ input: options.input, terminal: false })
  for await (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (line === '/keluar' || line === '/exit') break
    if (/^\d{1,2}$/.test(line) && choices.length > 0) await press(Number(line))
    else if (line.startsWith('@')) await inlineQuery(line.replace(INLINE_PREFIX, ''))
    else if (SEND_FILE.test(line)) {
      const [, path = '', caption = ''] = SEND_FILE.exec(line) ?? []
      if (path === '') write(t('local-chat-file-needed'))
      else await sendFile(path, caption)
    } else await sendText(line)
  }
  lines.close()
  write(t('local-chat-goodbye'))
}

/** Telegram marks a leading "/command" with an entity; grammY's command filter relies on it. */
function commandEntity(text: string): Pick<Message, 'entities'> | Record<string, never> {
  const command = /^\/\S+/.exec(text)
  return command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}
}
