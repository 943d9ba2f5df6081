import type { Message, UserFromGetMe } from 'grammy/types'

/** One Bot API request the bot made. */
export interface ApiCall {
  method: string
  payload: Record<string, unknown>
}

type Responder = (payload: Record<string, unknown>, answerAsUsual: () => unknown) => unknown

/** Thrown by a responder to answer like Telegram does when it refuses a request. */
export class LocalApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description)
  }
}

/** A Bot API answered in-process: what the local chat shows and what tests record. */
export interface LocalBotApi {
  /** Give this to grammY as `client.fetch`: it also reaches the inner API of conversations. */
  readonly fetch: typeof globalThis.fetch
  readonly calls: ApiCall[]
  /** Called after every request, with its answer. */
  onCall(listener: (call: ApiCall, result: unknown) => void): void
  /** Replaces the answer of one method, e.g. to fail it (throw LocalApiError) or to say who is a group admin. */
  respond(method: string, responder: Responder): void
  /** The newest text and keyboard of a message the bot sent. */
  message(chatId: number, messageId: number): Message | undefined
  /** The newest message the bot sent (not edited) in a chat. */
  lastMessage(chatId: number): Message | undefined
  /** A file a person sends (a document): its file_id for the update; getFile and the download serve it. */
  addFile(content: string | Uint8Array): string
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 10,
  is_bot: true,
  first_name: 'Inovasi Bot',
  username: 'inovasi_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
} as UserFromGetMe

const unixNow = () => Math.floor(Date.now() / 1000)

/** Telegram's refusal of a request (e.g. text too long), or undefined when Telegram would accept it. */
export type RequestCheck = (method: string, payload: Record<string, unknown>) => string | undefined

/** A field of a multipart body: text, or a file's name and bytes. */
type FormValue = string | { name: string; bytes: Uint8Array }

/** The parts of grammY's multipart body (read as latin1, so a file's bytes come back unchanged). */
function multipartParts(body: Buffer, boundary: string) {
  const parts = new Map<string, FormValue>()
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n')
    if (split === -1) continue
    const headers = part.slice(0, split)
    const name = /name="([^"]+)"/.exec(headers)?.[1]
    if (!name) continue
    const content = part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined)
    const fileName = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1]
    parts.set(
      name,
      fileName
        ? { name: fileName, bytes: new Uint8Array(Buffer.from(content, 'latin1')) }
        : Buffer.from(content, 'latin1').toString('utf8'),
    )
  }
  return parts
}

/**
 * A request's parameters: JSON, or multipart form data when the bot uploads a file (sendDocument). A file
 * (named by `attach://…`) becomes `{ name, bytes }`; other fields are read back as JSON where they hold it.
 */
async function payloadOf(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  if (!init?.body) return {}
  if (typeof init.body === 'string') return JSON.parse(init.body) as Record<string, unknown>
  const contentType = String((init.headers as Record<string, string> | undefined)?.['content-type'] ?? '')
  const boundary = /boundary=(\S+)/.exec(contentType)?.[1] ?? ''
  const chunks: Buffer[] = []
  for await (const chunk of init.body as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
  const parts = multipartParts(Buffer.concat(chunks), boundary)
  const payload: Record<string, unknown> = {}
  for (const [key, value] of parts) {
    if (typeof value !== 'string') continue
    const attached = /^attach:\/\/(.+)$/.exec(value)?.[1]
    if (attached) payload[key] = parts.get(attached)
    else {
      try {
        payload[key] = JSON.parse(value)
      } catch {
        payload[key] = value
      }
    }
  }
  return payload
}

export function createLocalBotApi(
  botInfo: UserFromGetMe = LOCAL_BOT_INFO,
  options: { check?: RequestCheck } = {},
): LocalBotApi {
  const calls: ApiCall[] = []
  const listeners: ((call: ApiCall, result: unknown) => void)[] = []
  const messages = new Map<string, Message>()
  const lastSent = new Map<number, number>()
  const overrides = new Map<string, Responder>()
  let nextMessageId = 1000
  const files = new Map<string, string | Uint8Array>()
  const filePath = (fileId: string) => `documents/${fileId}.txt`

  const chatOf = (chatId: unknown): Message['chat'] => {
    const id = Number(chatId)
    return id > 0 ? { id, type: 'private', first_name: 'Local' } : { id, type: 'group', title: 'Local group' }
  }

  const store = (payload: Record<string, unknown>, messageId: number) => {
    const message = {
      message_id: messageId,
      date: unixNow(),
      chat: chatOf(payload.chat_id),
      from: botInfo,
      text: String(payload.text ?? ''),
      ...(payload.entities ? { entities: payload.entities } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as Message
    messages.set(`${payload.chat_id}:${messageId}`, message)
    return message
  }

  const defaults: Record<string, Responder> = {
    getMe: () => botInfo,
    sendMessage: (payload) => {
      lastSent.set(Number(payload.chat_id), ++nextMessageId)
      return store(payload, nextMessageId)
    },
    sendDocument: (payload) => {
      lastSent.set(Number(payload.chat_id), ++nextMessageId)
      const document = payload.document as { name?: string } | undefined
      return {
        ...store({ ...payload, text: payload.caption ?? '' }, nextMessageId),
        document: {
          file_id: `local-${nextMessageId}`,
          file_unique_id: `local-${nextMessageId}`,
          file_name: document?.name,
        },
      }
    },
    editMessageText: (payload) =>
      payload.inline_message_id ? true : store(payload, Number(payload.message_id)),
    editMessageReplyMarkup: (payload) => {
      const message = messages.get(`${payload.chat_id}:${payload.message_id}`)
      return message ? { ...message, reply_markup: payload.reply_markup } : true
    },
    getFile: (payload) => {
      const fileId = String(payload.file_id)
      const content = files.get(fileId)
      if (content === undefined) throw new LocalApiError(400, 'Bad Request: invalid file_id')
      return {
        file_id: fileId,
        file_unique_id: fileId,
        file_size: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength,
        file_path: filePath(fileId),
      }
    },
    getChatMember: (payload) => ({
      status: 'member',
      user: { id: payload.user_id, is_bot: false, first_name: 'X' },
    }),
  }

  const answerAsUsual = (method: string, payload: Record<string, unknown>) => {
    const responder = defaults[method]
    return responder ? responder(payload, () => true) : true
  }
  const answer = (method: string, payload: Record<string, unknown>) => {
    const refusal = options.check?.(method, payload)
    if (refusal) throw new LocalApiError(400, refusal)
    const override = overrides.get(method)
    return override ? override(payload, () => answerAsUsual(method, payload)) : answerAsUsual(method, payload)
  }

  /**
   * A download (`<root>/file/bot<token>/<path>`) of a file added here: its bytes, not an API call. Other
   * downloads go to their address as it is (a test's own file server behind `BOT_API_ROOT`).
   */
  const download = (url: string, init?: RequestInit) => {
    const fileId = /\/file\/bot[^/]+\/documents\/([\w-]+)\.txt$/.exec(url)?.[1]
    const content = fileId === undefined ? undefined : files.get(fileId)
    return content === undefined ? globalThis.fetch(url, init) : new Response(content)
  }

  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    if (String(input).includes('/file/bot')) return download(String(input), init)
    const method = String(input).split('/').pop() ?? ''
    const payload = await payloadOf(init)
    const call = { method, payload }
    calls.push(call)
    let body: unknown
    try {
      body = { ok: true, result: answer(method, payload) }
    } catch (error) {
      if (!(error instanceof LocalApiError)) throw error
      body = {
        ok: false,
        error_code: error.errorCode,
        description: error.description,
        parameters: error.parameters,
      }
    }
    for (const listener of listeners) listener(call, body)
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }) as typeof globalThis.fetch

  return {
    fetch,
    calls,
    onCall: (listener) => listeners.push(listener),
    respond: (method, responder) => overrides.set(method, responder),
    message: (chatId, messageId) => messages.get(`${chatId}:${messageId}`),
    lastMessage: (chatId) => messages.get(`${chatId}:${lastSent.get(chatId)}`),
    addFile: (content) => {
      const fileId = `file-${files.size + 1}`
      files.set(fileId, content)
      return fileId
    },
  }
}
