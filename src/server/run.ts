import type { I18n } from '@grammyjs/i18n'
import type { Bot } from 'grammy'
import type { Context } from '../bot/context.ts'
import { type AdminChat, setUpAdminCommands, setUpTelegramProfile } from '../bot/setup.ts'
import type { Config } from '../config.ts'
import type { DatabaseHandle } from '../db/database.ts'
import { findUserLanguages } from '../db/repositories/submissions.ts'
import { listModeratorIds } from '../db/repositories/users.ts'
import { DEFAULT_LOCALE, supportedLocale } from '../i18n.ts'
import type { Logger } from '../logger.ts'
import { createHealthCheck } from './health.ts'
import { type HttpServer, startHttpServer } from './http.ts'
import { type Polling, startPolling } from './polling.ts'
import { createShutdown, type ShutdownStep, shutdownOnSignals } from './shutdown.ts'
import { createUpdateGate } from './update-gate.ts'
import { registerWebhook } from './webhook.ts'

export interface TelegramRunOptions {
  bot: Bot<Context>
  config: Config
  logger: Logger
  database: DatabaseHandle
  i18n: I18n
  /** Background work of this process (draft sweeper, broadcast sender): stopped after the last update. */
  background?: readonly ShutdownStep[]
  /** More facts for /healthz, e.g. whether this process is the one broadcast sender. */
  details?: () => Record<string, string | number | boolean>
  /** Closes the search sync and the database: the last step of the shutdown. */
  close(): Promise<void>
}

export interface RunningBot {
  mode: 'webhook' | 'polling'
  /** The HTTP server's port (webhook, health), if one runs. */
  port: number | undefined
  /** The graceful shutdown SIGTERM and Ctrl+C start; exits the process. */
  shutdown(reason: string, code?: number): Promise<void>
}

/** Every admin (ADMIN_IDS and the database's) with the language their menu is written in. */
async function adminChats(database: DatabaseHandle, config: Config): Promise<AdminChat[]> {
  const ids = await listModeratorIds(database.db, config.adminIds)
  const languages = await findUserLanguages(database.db, ids)
  return ids.map((chatId) => ({ chatId, locale: supportedLocale(languages.get(chatId)) ?? DEFAULT_LOCALE }))
}

/**
 * Runs the bot on Telegram as configured: webhook mode with WEBHOOK_URL, long polling without; the HTTP
 * server (webhook, /healthz, /readyz) when there is a port. Every update goes through one gate (chats in
 * order, held across instances). Sets the Telegram profile, and installs the graceful shutdown: stop taking
 * updates, finish those in flight, stop background work, release locks, close the database, exit 0 —
 * or exit 1 after SHUTDOWN_TIMEOUT_SECONDS.
 */
export async function runOnTelegram(options: TelegramRunOptions): Promise<RunningBot> {
  const { bot, config, logger } = options
  await bot.init()
  await setUpTelegramProfile(bot.api, options.i18n, bot.botInfo.username, logger)
  await setUpAdminCommands(bot.api, options.i18n, await adminChats(options.database, config), logger)
  const gate = createUpdateGate({ lockUrl: config.databaseUrl, logger })
  const handle = (update: Parameters<typeof bot.handleUpdate>[0]) =>
    gate.run(update, () => bot.handleUpdate(update))
  let ready = false
  let polling: Polling | undefined
  let http: HttpServer | undefined
  const mode = config.webhook ? 'webhook' : 'polling'

  const health = createHealthCheck({
    db: options.database.db,
    details: () => ({
      mode,
      ...(polling ? { polling: polling.role() } : {}),
      updatesInFlight: gate.inFlight(),
      ...options.details?.(),
    }),
  })
  const steps: ShutdownStep[] = [
    {
      name: 'stop taking updates',
      run: async () => {
        http?.stopTakingUpdates()
        await polling?.stop()
      },
    },
    { name: 'finish updates in flight', run: () => gate.idle() },
    { name: 'http server', run: async () => http?.close() },
    ...(options.background ?? []),
    { name: 'chat locks', run: () => gate.close() },
    { name: 'database', run: () => options.close() },
  ]
  const shutdown = createShutdown({ steps, timeoutMs: config.shutdownTimeoutSeconds * 1000, logger })
  shutdownOnSignals(shutdown, logger)

  if (config.port !== undefined) {
    http = await startHttpServer({
      port: config.port,
      webhook: config.webhook && { ...config.webhook, onUpdate: handle },
      health,
      ready: () => ready,
      logger,
    })
  }
  if (config.webhook) {
    await registerWebhook(bot.api, config.webhook, logger)
  } else {
    polling = startPolling({
      bot,
      gate,
      logger,
      lockUrl: config.databaseUrl,
      onFatal: () => void shutdown('Telegram refuses long polling', 1),
    })
  }
  ready = true
  return { mode, port: http?.port, shutdown }
}
