import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

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
})

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
  /** Submissions one person may have waiting for moderation at once. */
  maxPendingSubmissions: number
  /** Announcement messages sent per second over all chats (Telegram allows about 30). */
  broadcastRatePerSecond: number
}

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
  const result = schema.safeParse(withoutEmpty(env))
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
    maxPendingSubmissions: parsed.MAX_PENDING_SUBMISSIONS,
    broadcastRatePerSecond: parsed.BROADCAST_RATE_PER_SECOND,
  }
}
