import { run } from '@grammyjs/runner'
import { pino } from 'pino'
import { startSender } from './bot/broadcast/sender.ts'
import { startDraftSweeper } from './bot/conversations/state.ts'
import { createBot } from './bot/index.ts'
import { createLocalBotApi, LOCAL_BOT_INFO } from './cli/local-bot-api.ts'
import { runLocalChat } from './cli/local-chat.ts'
import { exitOnStartupError, loadConfigOrExit } from './cli/startup.ts'
import { createI18n, translatorFor } from './i18n.ts'
import { createLogger } from './logger.ts'
import { openRuntime } from './runtime.ts'

const config = loadConfigOrExit(process.env)
const localChat = !config.botToken
const logger = createLogger({
  level: config.logLevel ?? (localChat ? 'warn' : 'info'),
  secrets: [config.botToken],
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
  const sender = startSender({ config, logger, database: runtime.database, client: { fetch: api.fetch } })
  const user = { id: 1, is_bot: false, first_name: 'Anda', language_code: process.env.LANG?.slice(0, 2) }
  await runLocalChat({ bot, api, input: process.stdin, output: process.stdout, t, user })
  stopSweeper()
  await sender.stop()
  await runtime.close()
} else {
  const bot = createBot(deps)
  await bot.init()
  const runner = run(bot)
  const sender = startSender({ config, logger, database: runtime.database })
  const stopSweeper = startDraftSweeper({ deps, api: bot.api, i18n })
  logger.info({ bot: bot.botInfo.username }, 'long polling started')
  process.stdout.write(`${t('polling-started', { bot: bot.botInfo.username })}\n`)
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    stopSweeper()
    await runner.stop()
    await sender.stop()
    await runtime.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
}
