import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** What an empty catalogue is filled with at start: seeds and the starter catalogue, the seeds only, or nothing. */
export const STARTER_CATALOGUES = ['all', 'seeds', 'none'] as const
export type StarterCatalogue = (typeof STARTER_CATALOGUES)[number]

const adminIds = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const parts = raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    const bad = parts.filter((part) => !/^\d{1,15}$/.test(part))
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not a Telegram user id: ${bad.join(', ')} (expected 12345,67890)`,
      })
      return z.NEVER
    }
    return parts.map(Number)
  })

const WEBHOOK_EXAMPLE = 'https://bot.example.org/telegram/3f9c2a7e1b'
/** Paths the HTTP server answers itself, so the webhook cannot take them. */
export const HEALTH_PATHS = ['/healthz', '/readyz'] as const

interface WebhookKeys {
  BOT_TOKEN?: string | undefined
  BOT_API_ROOT?: string | undefined
  WEBHOOK_URL?: string | undefined
  WEBHOOK_SECRET?: string | undefined
}

/**
 * Webhook mode needs a token, a secret (Telegram sends it with every update; without it anyone who finds
 * the URL could post updates) and a path of its own that does not give the token away in proxy logs.
 */
function checkWebhook(env: WebhookKeys, ctx: z.RefinementCtx) {
  if (!env.WEBHOOK_URL) return
  const issue = (path: keyof WebhookKeys, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message })
  if (!env.WEBHOOK_SECRET)
    issue('WEBHOOK_SECRET', 'required with WEBHOOK_URL: 1-256 characters of A-Z, a-z, 0-9, _ and -')
  if (!env.BOT_TOKEN) issue('WEBHOOK_URL', 'webhook mode needs BOT_TOKEN as well')
  if (!URL.canParse(env.WEBHOOK_URL)) return
  const { pathname, protocol } = new URL(env.WEBHOOK_URL)
  // Telegram itself posts only to https; a self-hosted Bot API server also posts to http on any port.
  if (protocol !== 'https:' && !env.BOT_API_ROOT)
    issue(
      'WEBHOOK_URL',
      `expected the https:// URL Telegram posts updates to, like ${WEBHOOK_EXAMPLE} (http:// only with BOT_API_ROOT)`,
    )
  const tokenSecret = env.BOT_TOKEN?.split(':')[1]
  if (pathname === '/' || pathname === '')
    issue('WEBHOOK_URL', `expected a random path after the host, like ${WEBHOOK_EXAMPLE}`)
  else if (tokenSecret && env.WEBHOOK_URL.includes(tokenSecret))
    issue(
      'WEBHOOK_URL',
      `must not contain the bot token (proxies log URLs); use a random path, like ${WEBHOOK_EXAMPLE}`,
    )
  else if ((HEALTH_PATHS as readonly string[]).includes(pathname.replace(/\/+$/, '')))
    issue('WEBHOOK_URL', `${pathname} is the health check; use a random path, like ${WEBHOOK_EXAMPLE}`)
}

const schema = z.object({
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'expected the token from @BotFather, like 123456:ABC-DEF...')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a URL like postgres://user@host:5432/db')
    .optional(),
  PGLITE_DIR: z.string().min(1).default('./data/pglite'),
  BOT_API_ROOT: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL of a Bot API server' })
    .optional(),
  ADMIN_IDS: adminIds,
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).optional(),
  SUBMISSION_DRAFT_TTL_HOURS: z.coerce
    .number({ error: 'expected a number of hours, e.g. 24' })
    .positive('expected a number of hours above 0, e.g. 24')
    .max(24 * 365, 'expected at most a year of hours (8760)')
    .default(24),
  REJECTION_REASON_TIMEOUT_MINUTES: z.coerce
    .number({ error: 'expected a number of minutes, e.g. 10' })
    .positive('expected a number of minutes above 0, e.g. 10')
    .max(24 * 60, 'expected at most a day of minutes (1440)')
    .default(10),
  MAX_PENDING_SUBMISSIONS: z.coerce
    .number({ error: 'expected a whole number, e.g. 3' })
    .int('expected a whole number, e.g. 3')
    .min(1, 'expected at least 1')
    .max(1000, 'expected at most 1000')
    .default(3),
  BROADCAST_RATE_PER_SECOND: z.coerce
    .number({ error: 'expected messages per second, e.g. 25' })
    .positive('expected messages per second above 0, e.g. 25')
    .max(1000, 'expected at most 1000 messages per second (Telegram allows about 30)')
    .default(25),
  WEBHOOK_URL: z
    .url({
      protocol: /^https?$/,
      error: `expected the https:// URL Telegram posts updates to, like ${WEBHOOK_EXAMPLE}`,
    })
    .optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{1,256}$/, 'expected 1-256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  PORT: z.coerce
    .number({ error: 'expected a TCP port number, e.g. 8080' })
    .int('expected a TCP port number, e.g. 8080')
    .min(0, 'expected a TCP port number, e.g. 8080')
    .max(65535, 'expected a TCP port number up to 65535')
    .optional(),
  STARTER_CATALOGUE: z
    .enum(STARTER_CATALOGUES, {
      error: 'expected all (seeds and starter catalogue), seeds (the 18 seed innovations) or none',
    })
    .default('all'),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'expected a number of seconds, e.g. 10' })
    .positive('expected a number of seconds above 0, e.g. 10')
    .max(600, 'expected at most 600 seconds')
    .default(10),
})

/** The cross-variable rules are checked apart, so each variable's own rule stays readable above. */
const envSchema = schema.superRefine(checkWebhook)

type Env = z.output<typeof schema>

/** Everything the program reads from its environment, parsed once at start. */
export interface Config {
  botToken: string | undefined
  databaseUrl: string | undefined
  pgliteDir: string
  botApiRoot: string | undefined
  adminIds: readonly number[]
  /** Unset lets each entry point choose (the local chat logs less, so the chat stays readable). */
  logLevel: Env['LOG_LEVEL'] | undefined
  /** Hours a submission draft may sit idle before it is discarded (with a notice to its author). */
  submissionDraftTtlHours: number
  /** How long an admin's pending rejection waits for its reason before it lapses. */
  rejectionReasonTimeoutMinutes: number
  /** Submissions one person may have waiting for moderation at once. */
  maxPendingSubmissions: number
  /** Announcement messages sent per second over all chats (Telegram allows about 30). */
  broadcastRatePerSecond: number
  /** Set: webhook mode (Telegram posts updates to `url`); unset: long polling. */
  webhook: WebhookConfig | undefined
  /** Port of the HTTP server (webhook, /healthz, /readyz); unset in polling mode: no server. 0: any free port. */
  port: number | undefined
  /** Seconds a graceful shutdown may take before the process exits anyway. */
  shutdownTimeoutSeconds: number
  /** What an empty catalogue is filled with at start. */
  starterCatalogue: StarterCatalogue
}

/** Webhook mode: where Telegram posts updates and the secret it must send with each one. */
export interface WebhookConfig {
  url: string
  /** The path of `url`, the one the HTTP server takes updates on. */
  path: string
  secret: string
}

/** The port the HTTP server listens on in webhook mode when PORT is unset. */
export const DEFAULT_WEBHOOK_PORT = 8080

/** Raised for a configuration that cannot work; its message names each bad variable and why. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Empty strings count as unset, as they do in a `.env` file with `KEY=`. */
function withoutEmpty(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
}

/** Parses the environment; throws ConfigError listing every invalid variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(withoutEmpty(env))
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const parsed = result.data
  return {
    botToken: parsed.BOT_TOKEN,
    databaseUrl: parsed.DATABASE_URL,
    pgliteDir: parsed.PGLITE_DIR,
    botApiRoot: parsed.BOT_API_ROOT?.replace(/\/+$/, ''),
    adminIds: parsed.ADMIN_IDS,
    logLevel: parsed.LOG_LEVEL,
    submissionDraftTtlHours: parsed.SUBMISSION_DRAFT_TTL_HOURS,
    rejectionReasonTimeoutMinutes: parsed.REJECTION_REASON_TIMEOUT_MINUTES,
    maxPendingSubmissions: parsed.MAX_PENDING_SUBMISSIONS,
    broadcastRatePerSecond: parsed.BROADCAST_RATE_PER_SECOND,
    webhook: webhookOf(parsed),
    port: parsed.PORT ?? (parsed.WEBHOOK_URL ? DEFAULT_WEBHOOK_PORT : undefined),
    shutdownTimeoutSeconds: parsed.SHUTDOWN_TIMEOUT_SECONDS,
    starterCatalogue: parsed.STARTER_CATALOGUE,
  }
}

function webhookOf(env: Env): WebhookConfig | undefined {
  if (!env.WEBHOOK_URL || !env.WEBHOOK_SECRET) return undefined
  return { url: env.WEBHOOK_URL, path: new URL(env.WEBHOOK_URL).pathname, secret: env.WEBHOOK_SECRET }
}
