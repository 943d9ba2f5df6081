import { pino } from 'pino'
import { startDigestWorker } from './bot/broadcast/digest-worker.ts'
import { startSender } from './bot/broadcast/sender.ts'
import { startDraftSweeper } from './bot/conversations/state.ts'
import { createBot } from './bot/index.ts'
import { startModerationNotifier } from './bot/moderation.ts'
import { createLocalBotApi, LOCAL_BOT_INFO } from './cli/local-bot-api.ts'
import { runLocalChat } from './cli/local-chat.ts'
import { exitOnStartupError, loadConfigOrExit } from './cli/startup.ts'
import { createI18n, translatorFor } from './i18n.ts'
import { createLogger } from './logger.ts'
import { openRuntime } from './runtime.ts'
import { runOnTelegram } from './server/run.ts'

const config = loadConfigOrExit(process.env)
const localChat = !config.botToken
const logger = createLogger({
  level: config.logLevel ?? (localChat ? 'warn' : 'info'),
  secrets: [config.botToken, config.webhook?.secret],
  destination: localChat ? pino.destination(2) : undefined,
})
const i18n = createI18n()
const t = translatorFor(i18n)
const runtime = await openRuntime(config, logger).catch((error: unknown) =>
  exitOnStartupError(error, t, logger),
)
const deps = { config, logger, database: runtime.database, regions: runtime.regions, search: runtime.search }

if (localChat) {
  const api = createLocalBotApi()
  const bot = createBot(deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } })
  const stopSweeper = startDraftSweeper({ deps, api: bot.api, i18n })
  const stopNotifier = startModerationNotifier({ deps, api: bot.api, i18n })
  const sender = startSender({ config, logger, database: runtime.database, client: { fetch: api.fetch } })
  const digests = startDigestWorker({ logger, database: runtime.database, sender })
  const user = { id: 1, is_bot: false, first_name: 'Anda', language_code: process.env.LANG?.slice(0, 2) }
  await runLocalChat({ bot, api, input: process.stdin, output: process.stdout, t, user })
  stopSweeper()
  stopNotifier()
  await digests.stop()
  await sender.stop()
  await runtime.close()
} else {
  const bot = createBot(deps)
  const sender = startSender({ config, logger, database: runtime.database })
  const digests = startDigestWorker({ logger, database: runtime.database, sender })
  const stopSweeper = startDraftSweeper({ deps, api: bot.api, i18n })
  const stopNotifier = startModerationNotifier({ deps, api: bot.api, i18n })
  const running = await runOnTelegram({
    bot,
    config,
    logger,
    database: runtime.database,
    i18n,
    background: [
      { name: 'draft sweeper', run: async () => stopSweeper() },
      { name: 'moderation notifier', run: async () => stopNotifier() },
      { name: 'digest worker', run: () => digests.stop() },
      { name: 'broadcast sender', run: () => sender.stop() },
    ],
    details: () => ({ sender: sender.isSending() ? 'sending' : 'standby' }),
    close: () => runtime.close(),
  }).catch((error: unknown) => exitOnStartupError(error, t, logger))
  if (running.mode === 'polling')
    process.stdout.write(`${t('polling-started', { bot: bot.botInfo.username })}\n`)
}
