import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LOCAL_BOT_INFO } from '../../src/cli/local-bot-api.ts'
import { telegramRefusal } from './telegram-validation.ts'

/** A message the server accepted (as Telegram would have delivered it). */
export interface AcceptedMessage {
  chatId: number
  text: string
  messageId: number
  /** Milliseconds since the epoch, sub-millisecond precision, when the request was read. */
  at: number
}

/** Every request the server read, with what it did with it. */
export interface RecordedRequest {
  method: string
  payload: Record<string, unknown>
  at: number
  outcome: 'answered' | 'refused' | 'dropped'
}

/** A request Telegram would have refused as invalid (text too long, bad entities, oversized callback data…). */
export interface Refusal {
  method: string
  payload: Record<string, unknown>
  description: string
}

/** A message as the person sees it now: its latest text and buttons after any edits. */
export interface ShownMessage {
  chatId: number
  messageId: number
  text: string
  replyMarkup: InlineKeyboard | undefined
  edits: number
}

export interface InlineButton {
  text: string
  callback_data?: string
  url?: string
  switch_inline_query?: string
}

export interface InlineKeyboard {
  inline_keyboard: InlineButton[][]
}

/** The webhook as the bot registered it with setWebhook. */
export interface RegisteredWebhook {
  url: string
  secretToken: string | undefined
  allowedUpdates: unknown
}

/** What the bot set as its profile in one language (`''`: the default, no language_code). */
export interface BotProfile {
  commands: { command: string; description: string }[]
  description: string
  shortDescription: string
}

/** Telegram's answer to a refused request. */
export interface ApiFailure {
  errorCode: number
  description: string
  parameters?: { retry_after?: number; migrate_to_chat_id?: number }
}

/**
 * What a scripted request gets instead of the usual answer:
 * - `fail`: Telegram's error JSON;
 * - `drop`: the connection is destroyed after the request was read, with no answer (`accepted`: the
 *   message counts as delivered first, the case where only the answer is lost);
 * - `delay`: the usual answer, late (the message is accepted when read);
 * - `http`: a bare HTTP status with a non-JSON body (a proxy's 502).
 */
export type Behaviour =
  | { kind: 'fail'; failure: ApiFailure }
  | { kind: 'drop'; accepted: boolean }
  | { kind: 'delay'; ms: number }
  | { kind: 'http'; status: number }

export interface Rule {
  /** Applies to this method only (any method when absent). */
  method?: string
  /** Applies to requests with this `chat_id` only. */
  chatId?: number
  /** How many matching requests it applies to; forever when absent. */
  times?: number
  behaviour: Behaviour
}

/**
 * Answers one method; `messageId` is the id the server gave an accepted sendMessage; `closed` aborts when
 * the client goes away (a long poll that was given up).
 */
export type Handler = (
  payload: Record<string, unknown>,
  accepted: { messageId: number | undefined },
  closed: AbortSignal,
) => unknown

/** Refused with this error (status and Telegram's description) by a handler. */
class ApiRefusal extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly invalid = true,
  ) {
    super(description)
  }
}

/**
 * A Bot API server of our own on 127.0.0.1 (a random port), for tests and benchmarks that need real HTTP:
 * the bot or the sender points `apiRoot` at `url`. It answers `/bot<token>/<method>` with JSON, records
 * every request and every accepted message, and can be scripted to refuse, delay or drop requests.
 *
 * It behaves like Telegram where the bot can tell: getUpdates long-polls (held until an update is queued
 * or `timeout` runs out; `offset` confirms), setWebhook/deleteWebhook/getWebhookInfo, the bot's profile
 * (commands, descriptions) is kept per language, and a request Telegram would refuse (empty or too long
 * text, bad entities or parse_mode, callback data over 64 bytes, malformed reply_markup, an edit that
 * changes nothing, more than 50 inline results…) is refused with 400 and listed in `refusals`.
 */
export interface FakeBotApiServer {
  /** The `apiRoot` to give grammY (no trailing slash). */
  readonly url: string
  readonly messages: AcceptedMessage[]
  readonly requests: RecordedRequest[]
  /** Requests refused as invalid: a bot that talks to Telegram correctly has none. */
  readonly refusals: Refusal[]
  /** Adds a rule; the first matching rule with uses left decides. */
  script(rule: Rule): void
  /** Replaces the usual answer of a method (e.g. `getChatMember` saying who is an admin). */
  handle(method: string, handler: Handler): void
  /** The next `times` sendMessage calls get 429 with this retry_after. */
  rateLimit(retryAfterS: number, times?: number): void
  /** Every send to this chat gets 403 (default: the user blocked the bot). */
  block(chatId: number, description?: string): void
  chatNotFound(chatId: number): void
  /** Sends to this group get 400 with migrate_to_chat_id. */
  migrate(chatId: number, toChatId: number): void
  /** Messages accepted for one chat. */
  messagesTo(chatId: number): AcceptedMessage[]
  /** Queues an update for getUpdates (an `update_id` is given when missing) and returns it. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown>
  /** The next update_id, for updates delivered another way (webhook POSTs). */
  nextUpdateId(): number
  /** Updates queued and not yet confirmed by an `offset`. */
  pendingUpdates(): number
  /** The webhook the bot registered, if any. */
  webhook(): RegisteredWebhook | undefined
  /** The profile the bot set for a language (`''` for the default). */
  /** The profile Telegram keeps for a language and, for a command scope such as one chat, that scope. */
  profile(languageCode?: string, scope?: unknown): BotProfile
  /** The messages of one chat as the person sees them now (latest text and buttons). */
  chat(chatId: number): ShownMessage[]
  /** Resolves with the first request from index `from` on that matches (waiting for it up to `timeoutMs`). */
  waitForRequest(
    matches: (request: RecordedRequest) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<RecordedRequest>
  /** Stops listening for `ms` (connections are refused), dropping open connections, then listens again. */
  refuseConnections(ms: number): Promise<void>
  /**
   * Serves a file as Telegram does after getFile: GET `/file/bot<token>/<filePath>` answers `content`
   * (recorded as the request `downloadFile`); unknown paths get 404.
   */
  serveFile(filePath: string, content: Uint8Array): void
  /** Forgets the rules (not the log). */
  reset(): void
  close(): Promise<void>
}

export const FORBIDDEN_BLOCKED = 'Forbidden: bot was blocked by the user'
export const FORBIDDEN_DEACTIVATED = 'Forbidden: user is deactivated'
export const FORBIDDEN_KICKED = 'Forbidden: bot was kicked from the group chat'

const now = () => performance.timeOrigin + performance.now()

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function parsePayload(body: string, contentType: string | undefined): Record<string, unknown> {
  if (body === '') return {}
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>
  return Object.fromEntries(new URLSearchParams(body))
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Styles that may nest in (and contain) anything but code and pre. */
const STYLES = new Set(['bold', 'italic', 'underline', 'strikethrough', 'spoiler'])
const BLOCKQUOTES = new Set(['blockquote', 'expandable_blockquote'])

/**
 * Telegram's nesting rules: two entities that share characters must contain one another; styles nest in
 * anything but code and pre; blockquotes do not nest; other entities contain nothing.
 */
export function entityNestingProblem(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined
  const spans = entities.filter(isRecord).map((entity) => ({
    type: String(entity.type),
    start: Number(entity.offset),
    end: Number(entity.offset) + Number(entity.length),
  }))
  for (const [i, a] of spans.entries()) {
    for (const b of spans.slice(i + 1)) {
      if (a.end <= b.start || b.end <= a.start) continue
      const aInB = b.start <= a.start && a.end <= b.end
      const bInA = a.start <= b.start && b.end <= a.end
      if (!aInB && !bInA) return "Bad Request: can't parse entities: entities overlap partially"
      const [inner, outer] = aInB ? [a, b] : [b, a]
      if (BLOCKQUOTES.has(inner.type) && BLOCKQUOTES.has(outer.type))
        return "Bad Request: can't parse entities: blockquotes can't be nested"
      if (STYLES.has(inner.type) && !['code', 'pre'].includes(outer.type)) continue
      if (STYLES.has(outer.type) && !['code', 'pre'].includes(inner.type)) continue
      if (BLOCKQUOTES.has(outer.type) && !BLOCKQUOTES.has(inner.type)) continue
      return `Bad Request: can't parse entities: ${inner.type} can't be inside ${outer.type}`
    }
  }
  return undefined
}

const MARKDOWN_V2_RESERVED = '_*[]()~`>#+-=|{}.!'

/**
 * A MarkdownV2 check after Telegram's rules: every reserved character is escaped with `\` unless it is
 * markup (`*bold*`, `_italic_`, `__underline__`, `~strike~`, `||spoiler||`, `` `code` ``, `[text](url)`),
 * and markup is closed.
 */
export function markdownV2Problem(text: string): string | undefined {
  const open: string[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === '\\') {
      i++
      continue
    }
    const pair = text.slice(i, i + 2)
    const mark = pair === '__' || pair === '||' ? pair : '*_~`'.includes(char) ? char : undefined
    if (mark) {
      if (open.at(-1) === mark) open.pop()
      else open.push(mark)
      i += mark.length - 1
      continue
    }
    if (char === '[') {
      const link = /^\[[^\]]*\]\([^)]*\)/.exec(text.slice(i))
      if (!link)
        return "Bad Request: can't parse entities: Character '[' is reserved and must be escaped with the preceding '\\'"
      i += link[0].length - 1
      continue
    }
    if (MARKDOWN_V2_RESERVED.includes(char))
      return `Bad Request: can't parse entities: Character '${char}' is reserved and must be escaped with the preceding '\\'`
  }
  return open.length > 0 ? "Bad Request: can't parse entities: can't find end of the entity" : undefined
}

/** Checks beyond `telegramRefusal`: entity nesting, MarkdownV2, the bot's profile and webhook parameters. */
function furtherRefusal(method: string, payload: Record<string, unknown>): string | undefined {
  switch (method) {
    case 'sendMessage':
    case 'editMessageText':
      if (payload.parse_mode === 'MarkdownV2' && typeof payload.text === 'string')
        return markdownV2Problem(payload.text)
      return entityNestingProblem(payload.entities)
    case 'setMyCommands': {
      const commands = payload.commands
      if (!Array.isArray(commands) || commands.length > 100) return 'Bad Request: BOT_COMMANDS_TOO_MUCH'
      for (const command of commands) {
        if (!isRecord(command) || !/^[a-z0-9_]{1,32}$/.test(String(command.command)))
          return 'Bad Request: BOT_COMMAND_INVALID'
        const description = String(command.description ?? '')
        if (description.length < 1 || description.length > 256)
          return 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID'
      }
      return undefined
    }
    case 'setMyDescription':
      return String(payload.description ?? '').length > 512
        ? 'Bad Request: BOT_DESCRIPTION_INVALID'
        : undefined
    case 'setMyShortDescription':
      return String(payload.short_description ?? '').length > 120
        ? 'Bad Request: BOT_SHORT_DESCRIPTION_INVALID'
        : undefined
    case 'setWebhook':
      if (!/^https:\/\/\S+$/.test(String(payload.url ?? '')))
        return 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook'
      if (payload.secret_token !== undefined && !/^[\w-]{1,256}$/.test(String(payload.secret_token)))
        return 'Bad Request: bad webhook: secret token contains unallowed characters'
      return undefined
    default:
      return undefined
  }
}

const sameMarkup = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Starts the server; close it with `close()`. */
export async function startFakeBotApiServer(): Promise<FakeBotApiServer> {
  const messages: AcceptedMessage[] = []
  const requests: RecordedRequest[] = []
  const refusals: Refusal[] = []
  let rules: Rule[] = []
  const handlers = new Map<string, Handler>()
  let nextMessageId = 1
  const shown = new Map<string, ShownMessage>()
  const queue: Record<string, unknown>[] = []
  let lastUpdateId = 0
  let webhook: RegisteredWebhook | undefined
  const profiles = new Map<string, BotProfile>()
  const pollers = new Set<(conflict?: ApiRefusal) => void>()
  const requestListeners = new Set<() => void>()

  const chatOf = (chatId: unknown) => {
    const id = Number(chatId)
    return id > 0 ? { id, type: 'private', first_name: 'User' } : { id, type: 'supergroup', title: 'Group' }
  }
  /** One profile per language and command scope, as Telegram keeps them (a chat scope is its own menu). */
  const profileOf = (payload: Record<string, unknown>) => {
    const scope = payload.scope === undefined ? '' : `${JSON.stringify(payload.scope)}:`
    const key = `${scope}${String(payload.language_code ?? '')}`
    const existing = profiles.get(key)
    if (existing) return existing
    const created: BotProfile = { commands: [], description: '', shortDescription: '' }
    profiles.set(key, created)
    return created
  }
  const wakePollers = (conflict?: ApiRefusal) => {
    for (const wake of [...pollers]) wake(conflict)
  }

  const getUpdates: Handler = async (payload, _accepted, closed) => {
    if (webhook)
      throw new ApiRefusal(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        false,
      )
    wakePollers(
      new ApiRefusal(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        false,
      ),
    )
    const offset = Number(payload.offset ?? 0)
    if (offset > 0) while (queue.length > 0 && Number(queue[0]?.update_id) < offset) queue.shift()
    const limit = Math.min(Math.max(Number(payload.limit ?? 100), 1), 100)
    const timeoutMs = Number(payload.timeout ?? 0) * 1000
    if (queue.length === 0 && timeoutMs > 0) {
      const conflict = await new Promise<ApiRefusal | undefined>((resolve) => {
        const done = (reason?: ApiRefusal) => {
          clearTimeout(timer)
          pollers.delete(done)
          closed.removeEventListener('abort', onClose)
          resolve(reason)
        }
        const onClose = () => done()
        const timer = setTimeout(done, timeoutMs)
        pollers.add(done)
        closed.addEventListener('abort', onClose)
      })
      if (conflict) throw conflict
    }
    return queue.slice(0, limit)
  }

  const editMessageText: Handler = (payload) => {
    if (payload.inline_message_id !== undefined) return true
    const message = shown.get(`${payload.chat_id}:${payload.message_id}`)
    if (!message) throw new ApiRefusal(400, 'Bad Request: message to edit not found')
    if (message.text === payload.text && sameMarkup(message.replyMarkup, payload.reply_markup))
      throw new ApiRefusal(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a content and reply markup of the current message',
      )
    message.text = String(payload.text)
    message.replyMarkup = payload.reply_markup as InlineKeyboard | undefined
    message.edits++
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(payload.chat_id),
      text: payload.text,
    }
  }

  const editMessageReplyMarkup: Handler = (payload) => {
    const message = shown.get(`${payload.chat_id}:${payload.message_id}`)
    if (message) {
      if (sameMarkup(message.replyMarkup, payload.reply_markup))
        throw new ApiRefusal(400, 'Bad Request: message is not modified')
      message.replyMarkup = payload.reply_markup as InlineKeyboard | undefined
      message.edits++
    }
    return true
  }

  const defaults: Record<string, Handler> = {
    getMe: () => LOCAL_BOT_INFO,
    sendMessage: (payload, { messageId }) => ({
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(payload.chat_id),
      text: payload.text,
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    }),
    editMessageText,
    editMessageReplyMarkup,
    getChatMember: (payload) => ({
      status: 'member',
      user: { id: Number(payload.user_id), is_bot: false, first_name: 'Member' },
    }),
    getChatAdministrators: () => [],
    getUpdates,
    setWebhook: (payload) => {
      webhook = {
        url: String(payload.url),
        secretToken: payload.secret_token === undefined ? undefined : String(payload.secret_token),
        allowedUpdates: payload.allowed_updates,
      }
      wakePollers(new ApiRefusal(409, 'Conflict: terminated by setWebhook request', false))
      return true
    },
    deleteWebhook: (payload) => {
      webhook = undefined
      if (payload.drop_pending_updates === true) queue.length = 0
      return true
    },
    getWebhookInfo: () => ({
      url: webhook?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: queue.length,
      ...(webhook?.allowedUpdates ? { allowed_updates: webhook.allowedUpdates } : {}),
    }),
    setMyCommands: (payload) => {
      profileOf(payload).commands = payload.commands as BotProfile['commands']
      return true
    },
    getMyCommands: (payload) => profileOf(payload).commands,
    deleteMyCommands: (payload) => {
      profileOf(payload).commands = []
      return true
    },
    setMyDescription: (payload) => {
      profileOf(payload).description = String(payload.description ?? '')
      return true
    },
    getMyDescription: (payload) => ({ description: profileOf(payload).description }),
    setMyShortDescription: (payload) => {
      profileOf(payload).shortDescription = String(payload.short_description ?? '')
      return true
    },
    getMyShortDescription: (payload) => ({ short_description: profileOf(payload).shortDescription }),
  }

  const ruleFor = (method: string, payload: Record<string, unknown>) => {
    const rule = rules.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method === method) &&
        (candidate.chatId === undefined || Number(payload.chat_id) === candidate.chatId) &&
        (candidate.times === undefined || candidate.times > 0),
    )
    if (rule?.times !== undefined) rule.times--
    return rule
  }

  const accept = (method: string, payload: Record<string, unknown>, at: number) => {
    if (method !== 'sendMessage') return { messageId: undefined }
    const messageId = nextMessageId++
    const chatId = Number(payload.chat_id)
    const text = String(payload.text ?? '')
    messages.push({ chatId, text, messageId, at })
    shown.set(`${chatId}:${messageId}`, {
      chatId,
      messageId,
      text,
      replyMarkup: payload.reply_markup as InlineKeyboard | undefined,
      edits: 0,
    })
    return { messageId }
  }

  const answer = (response: ServerResponse, status: number, body: unknown) => {
    if (response.headersSent || response.destroyed) return
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }
  const fail = (response: ServerResponse, errorCode: number, description: string, parameters?: unknown) =>
    answer(response, errorCode, { ok: false, error_code: errorCode, description, parameters })

  const files = new Map<string, Uint8Array>()
  const serveDownload = (request: IncomingMessage, response: ServerResponse, filePath: string) => {
    const content = files.get(filePath)
    requests.push({
      method: 'downloadFile',
      payload: { filePath },
      at: now(),
      outcome: content ? 'answered' : 'refused',
    })
    for (const listener of requestListeners) listener()
    if (!content) return fail(response, 404, 'Not Found')
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': content.length })
    response.end(content)
    request.resume()
  }

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(request.url ?? '')
    if (download?.[1]) return serveDownload(request, response, decodeURIComponent(download[1]))
    const body = await readBody(request)
    const at = now()
    const method = /^\/bot[^/]+\/(\w+)/.exec(request.url ?? '')?.[1] ?? ''
    const payload = parsePayload(body, request.headers['content-type'])
    const record = (outcome: RecordedRequest['outcome']) => {
      requests.push({ method, payload, at, outcome })
      for (const listener of requestListeners) listener()
    }
    const invalid = telegramRefusal(method, payload) ?? furtherRefusal(method, payload)
    if (invalid) {
      refusals.push({ method, payload, description: invalid })
      record('refused')
      return fail(response, 400, invalid)
    }
    const behaviour = ruleFor(method, payload)?.behaviour
    if (behaviour?.kind === 'fail') {
      record('refused')
      const { errorCode, description, parameters } = behaviour.failure
      return fail(response, errorCode, description, parameters)
    }
    if (behaviour?.kind === 'http') {
      record('refused')
      response.writeHead(behaviour.status, { 'content-type': 'text/html' })
      return response.end('<html>Bad Gateway</html>')
    }
    if (behaviour?.kind === 'drop') {
      if (behaviour.accepted) accept(method, payload, at)
      record('dropped')
      return request.socket.destroy()
    }
    const accepted = accept(method, payload, at)
    if (behaviour?.kind === 'delay') await wait(behaviour.ms)
    const handler = handlers.get(method) ?? defaults[method]
    const closed = new AbortController()
    response.on('close', () => closed.abort())
    let result: unknown = true
    try {
      if (handler) result = await handler(payload, accepted, closed.signal)
    } catch (error) {
      if (!(error instanceof ApiRefusal)) throw error
      if (error.invalid) refusals.push({ method, payload, description: error.description })
      record('refused')
      return fail(response, error.errorCode, error.description)
    }
    record('answered')
    answer(response, 200, { ok: true, result })
  }

  const http = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        answer(response, 500, { ok: false, error_code: 500, description: String(error) })
    })
  })
  http.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo

  const server: FakeBotApiServer = {
    url: `http://127.0.0.1:${port}`,
    messages,
    requests,
    refusals,
    script: (rule) => {
      rules.push({ ...rule })
    },
    handle: (method, handler) => {
      handlers.set(method, handler)
    },
    rateLimit: (retryAfterS, times = 1) =>
      server.script({
        method: 'sendMessage',
        times,
        behaviour: {
          kind: 'fail',
          failure: {
            errorCode: 429,
            description: `Too Many Requests: retry after ${retryAfterS}`,
            parameters: { retry_after: retryAfterS },
          },
        },
      }),
    block: (chatId, description = FORBIDDEN_BLOCKED) =>
      server.script({ chatId, behaviour: { kind: 'fail', failure: { errorCode: 403, description } } }),
    chatNotFound: (chatId) =>
      server.script({
        chatId,
        behaviour: { kind: 'fail', failure: { errorCode: 400, description: 'Bad Request: chat not found' } },
      }),
    migrate: (chatId, toChatId) =>
      server.script({
        chatId,
        behaviour: {
          kind: 'fail',
          failure: {
            errorCode: 400,
            description: 'Bad Request: group chat was upgraded to a supergroup chat',
            parameters: { migrate_to_chat_id: toChatId },
          },
        },
      }),
    messagesTo: (chatId) => messages.filter((message) => message.chatId === chatId),
    pushUpdate(update) {
      const queued = { ...update, update_id: update.update_id ?? server.nextUpdateId() }
      lastUpdateId = Math.max(lastUpdateId, Number(queued.update_id))
      queue.push(queued)
      wakePollers()
      return queued
    },
    nextUpdateId: () => ++lastUpdateId,
    pendingUpdates: () => queue.length,
    webhook: () => webhook,
    profile: (languageCode = '', scope?: unknown) =>
      profileOf({ language_code: languageCode || undefined, ...(scope === undefined ? {} : { scope }) }),
    chat: (chatId) => [...shown.values()].filter((message) => message.chatId === chatId),
    waitForRequest(matches, { from = 0, timeoutMs = 15_000 } = {}) {
      const find = () => requests.slice(from).find(matches)
      const found = find()
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          requestListeners.delete(check)
          const seen = requests
            .slice(from)
            .map((r) => `${r.method} ${JSON.stringify(r.payload).slice(0, 200)}`)
          reject(new Error(`no matching request within ${timeoutMs} ms; since then:\n${seen.join('\n')}`))
        }, timeoutMs)
        const check = () => {
          const match = find()
          if (!match) return
          clearTimeout(timer)
          requestListeners.delete(check)
          resolve(match)
        }
        requestListeners.add(check)
      })
    },
    async refuseConnections(ms) {
      await new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections()
      })
      await wait(ms)
      await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve))
    },
    serveFile: (filePath, content) => {
      files.set(filePath, content)
    },
    reset: () => {
      rules = []
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        wakePollers()
        http.closeAllConnections()
        http.close((error) => (error ? reject(error) : resolve()))
      }),
  }
  return server
}
