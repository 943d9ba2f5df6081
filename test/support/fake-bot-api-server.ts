import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

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

/** Answers one method; `messageId` is the id the server gave an accepted sendMessage. */
export type Handler = (
  payload: Record<string, unknown>,
  accepted: { messageId: number | undefined },
) => unknown

/**
 * A Bot API server of our own on 127.0.0.1 (a random port), for tests and benchmarks that need real HTTP:
 * the bot or the sender points `apiRoot` at `url`. It answers `/bot<token>/<method>` with JSON, records
 * every request and every accepted message, and can be scripted to refuse, delay or drop requests.
 */
export interface FakeBotApiServer {
  /** The `apiRoot` to give grammY (no trailing slash). */
  readonly url: string
  readonly messages: AcceptedMessage[]
  readonly requests: RecordedRequest[]
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
  /** Stops listening for `ms` (connections are refused), dropping open connections, then listens again. */
  refuseConnections(ms: number): Promise<void>
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

/** Starts the server; close it with `close()`. */
export async function startFakeBotApiServer(): Promise<FakeBotApiServer> {
  const messages: AcceptedMessage[] = []
  const requests: RecordedRequest[] = []
  let rules: Rule[] = []
  const handlers = new Map<string, Handler>()
  let nextMessageId = 1

  const chatOf = (chatId: unknown) => {
    const id = Number(chatId)
    return id > 0 ? { id, type: 'private', first_name: 'User' } : { id, type: 'supergroup', title: 'Group' }
  }

  const defaults: Record<string, Handler> = {
    getMe: () => ({ id: 10, is_bot: true, first_name: 'Inovasi Bot', username: 'inovasi_bot' }),
    sendMessage: (payload, { messageId }) => ({
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(payload.chat_id),
      text: payload.text,
    }),
    editMessageText: (payload) => ({
      message_id: Number(payload.message_id),
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(payload.chat_id),
      text: payload.text,
    }),
    getChatMember: (payload) => ({
      status: 'member',
      user: { id: Number(payload.user_id), is_bot: false, first_name: 'Member' },
    }),
    getChatAdministrators: () => [],
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
    messages.push({ chatId: Number(payload.chat_id), text: String(payload.text ?? ''), messageId, at })
    return { messageId }
  }

  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  }

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request)
    const at = now()
    const method = /^\/bot[^/]+\/(\w+)/.exec(request.url ?? '')?.[1] ?? ''
    const payload = parsePayload(body, request.headers['content-type'])
    const record = (outcome: RecordedRequest['outcome']) => requests.push({ method, payload, at, outcome })
    const behaviour = ruleFor(method, payload)?.behaviour
    if (behaviour?.kind === 'fail') {
      record('refused')
      const { errorCode, description, parameters } = behaviour.failure
      return answer(response, errorCode, { ok: false, error_code: errorCode, description, parameters })
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
    record('answered')
    const handler = handlers.get(method) ?? defaults[method]
    answer(response, 200, { ok: true, result: handler ? handler(payload, accepted) : true })
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
    async refuseConnections(ms) {
      await new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections()
      })
      await wait(ms)
      await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve))
    },
    reset: () => {
      rules = []
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections()
        http.close((error) => (error ? reject(error) : resolve()))
      }),
  }
  return server
}
