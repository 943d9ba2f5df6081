import type { User } from 'grammy/types'
import { SECRET_HEADER } from '../../src/server/http.ts'
import type {
  FakeBotApiServer,
  InlineButton,
  RecordedRequest,
  ShownMessage,
} from '../support/fake-bot-api-server.ts'

/** How an update reaches the bot: queued for getUpdates, or POSTed to its webhook. */
export type Deliver = (update: Record<string, unknown>) => Promise<void>

/** Long polling: Telegram keeps the update until the bot asks for it. */
export const deliverByPolling =
  (server: FakeBotApiServer): Deliver =>
  async (update) => {
    server.pushUpdate(update)
  }

/**
 * Webhook: POST the update to the URL path and with the secret the bot registered, as Telegram does, to
 * the port `target` picks (a load balancer in front of several instances). Telegram needs a 200.
 */
export const deliverByWebhook =
  (server: FakeBotApiServer, target: () => number): Deliver =>
  async (update) => {
    const response = await postUpdate(server, target(), { update_id: server.nextUpdateId(), ...update })
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`)
  }

/** POSTs an update to the registered webhook path of the bot on `port`, with the registered secret or `secret`. */
export function postUpdate(
  server: FakeBotApiServer,
  port: number,
  update: Record<string, unknown>,
  secret?: string | null,
) {
  const hook = server.webhook()
  if (!hook) throw new Error('the bot registered no webhook')
  const token = secret === undefined ? hook.secretToken : secret
  return fetch(`http://127.0.0.1:${port}${new URL(hook.url).pathname}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { [SECRET_HEADER]: token ?? '' }),
    },
    body: JSON.stringify(update),
  })
}

let messageIds = 1_000_000
let queryIds = 0

/** A person in a private chat with the bot, seeing what the fake Telegram shows them. */
export function telegramUser(server: FakeBotApiServer, from: User, deliver: Deliver) {
  const chat = { id: from.id, type: 'private', first_name: from.first_name }
  const toChat = (request: RecordedRequest) =>
    ['sendMessage', 'editMessageText'].includes(request.method) &&
    Number(request.payload.chat_id) === from.id &&
    request.outcome === 'answered'

  /** Delivers an update and resolves with the first request since then that matches. */
  async function act(update: Record<string, unknown>, until: (request: RecordedRequest) => boolean) {
    const mark = server.requests.length
    await deliver(update)
    return server.waitForRequest(until, { from: mark })
  }

  const text = (request: RecordedRequest) => String(request.payload.text ?? '')

  const user = {
    from,
    /** Types a message; resolves with the bot's first message (or edit) in this chat, or what `until` says. */
    send(message: string, until: (request: RecordedRequest) => boolean = toChat) {
      const command = /^\/\S+/.exec(message)
      return act(
        {
          message: {
            message_id: ++messageIds,
            date: Math.floor(Date.now() / 1000),
            chat,
            from,
            text: message,
            ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
          },
        },
        until,
      )
    },
    /** Presses the button (by label or callback data) of the newest message that has it. */
    press(label: string | RegExp, until: (request: RecordedRequest) => boolean = toChat) {
      const { message, button } = user.button(label)
      return act(
        {
          callback_query: {
            id: String(++queryIds),
            from,
            chat_instance: `ci${from.id}`,
            data: button.callback_data,
            message: {
              message_id: message.messageId,
              date: Math.floor(Date.now() / 1000),
              chat,
              from: { id: 10, is_bot: true, first_name: 'Inovasi Bot', username: 'inovasi_bot' },
              text: message.text,
              ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
            },
          },
        },
        until,
      )
    },
    /** Types `@bot query` in some chat; resolves with the bot's answerInlineQuery. */
    inline(query: string) {
      const id = String(++queryIds)
      return act(
        { inline_query: { id, from, query, offset: '', chat_type: 'sender' } },
        (request) => request.method === 'answerInlineQuery' && request.payload.inline_query_id === id,
      )
    },
    /** The newest message that has a button matching `label` (its text or its callback data). */
    button(label: string | RegExp) {
      const matches = (button: InlineButton) =>
        typeof label === 'string'
          ? button.text === label || button.callback_data === label
          : label.test(button.text) || label.test(button.callback_data ?? '')
      for (const message of [...server.chat(from.id)].reverse()) {
        const button = message.replyMarkup?.inline_keyboard.flat().find(matches)
        if (button?.callback_data) return { message, button }
      }
      const shown = server.chat(from.id).map((m) => m.replyMarkup?.inline_keyboard.flat().map((b) => b.text))
      throw new Error(`no button ${String(label)} for ${from.first_name}; buttons: ${JSON.stringify(shown)}`)
    },
    /** The chat as this person sees it now. */
    messages: (): ShownMessage[] => server.chat(from.id),
    text,
    toChat,
  }
  return user
}

export type TelegramUser = ReturnType<typeof telegramUser>
