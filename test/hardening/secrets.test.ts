import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { GrammyError } from 'grammy'
import type { User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { createLogger } from '../../src/logger.ts'
import { startBotProcess } from '../e2e/bot-process.ts'
import { deliverByPolling, deliverByWebhook, postUpdate, telegramUser } from '../e2e/telegram-user.ts'
import { createTestDatabase } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'

const TOKEN = '987654321:AAF-s3cr3tT0kenNeverInLogs_x9Qz7'
const TOKEN_SECRET_PART = TOKEN.split(':')[1] ?? TOKEN
const WEBHOOK_URL = 'https://inovasi.example.org/telegram/hardening-4e1d'
const WEBHOOK_SECRET = 'wh_s3cret-NeverInLogs-5c1e'

const SARI: User = { id: 7101, is_bot: false, first_name: 'Sari', language_code: 'id' }
/** Sends to this chat fail with an error whose description holds the Bot API URL with the token. */
const UNLUCKY: User = { id: 7102, is_bot: false, first_name: 'Budi', language_code: 'id' }
/** The first send to this chat loses its connection (a network error, not a Telegram error). */
const CUT_OFF: User = { id: 7103, is_bot: false, first_name: 'Ani', language_code: 'id' }
const ADMIN: User = { id: 900, is_bot: false, first_name: 'Admin', language_code: 'id' }

type Mode = 'polling' | 'webhook'

/** The environment of the real program at its most talkative, on a database of its own. */
function environment(server: FakeBotApiServer, mode: Mode, database: { url?: string } | undefined) {
  return {
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: server.url,
    ADMIN_IDS: String(ADMIN.id),
    LOG_LEVEL: 'trace',
    PORT: '0',
    WEBHOOK_SECRET,
    ...(mode === 'webhook' ? { WEBHOOK_URL } : {}),
    ...(database?.url
      ? { DATABASE_URL: database.url }
      : { PGLITE_DIR: join(mkdtempSync(join(tmpdir(), 'inovasi-secrets-')), 'pglite') }),
  }
}

/**
 * Runs the real program (`node --import tsx src/main.ts`) against our fake Telegram through the main
 * scenarios, failures whose error text carries the token, and (webhook) requests with a wrong or no
 * secret; returns everything it printed on stdout and stderr.
 */
async function runScenarios(mode: Mode, database: { url?: string } | undefined) {
  const server = await startFakeBotApiServer()
  const tokenUrl = `https://api.telegram.org/bot${TOKEN}/sendMessage`
  server.script({
    chatId: UNLUCKY.id,
    behaviour: {
      kind: 'fail',
      failure: { errorCode: 400, description: `Bad Request: chat not found (${tokenUrl})` },
    },
  })
  server.script({ chatId: CUT_OFF.id, times: 1, behaviour: { kind: 'drop', accepted: false } })
  const bot = startBotProcess(environment(server, mode, database))
  const refused: number[] = []
  try {
    const { port } = (await bot.waitForLog('http server listening', 60_000)) as { port?: number }
    await bot.waitForLog(
      mode === 'webhook' ? 'webhook registered with Telegram' : 'long polling started',
      60_000,
    )
    const deliver = mode === 'webhook' ? deliverByWebhook(server, () => port ?? 0) : deliverByPolling(server)
    const [sari, admin, unlucky, cutOff] = [SARI, ADMIN, UNLUCKY, CUT_OFF].map((user) =>
      telegramUser(server, user, deliver),
    )
    for (const text of ['/start', 'ojek bumil magetan', '/ajukan', 'SI-BUMIL CERIA', '/batal'])
      await sari?.send(text)
    await sari?.inline('jekmil')
    await admin?.send('/antrian')
    await unlucky?.send('kesehatan', (request) => Number(request.payload.chat_id) === UNLUCKY.id)
    await cutOff?.send('kesehatan')
    if (mode === 'webhook') {
      for (const secret of [`${WEBHOOK_SECRET}x`, null]) {
        const update = {
          update_id: server.nextUpdateId(),
          message: { message_id: 1, date: 0, text: '/start' },
        }
        refused.push((await postUpdate(server, port ?? 0, update, secret)).status)
      }
    }
    await bot.waitForLog((line) => line.msg === 'update failed' || line.msg === 'webhook update failed')
  } finally {
    await bot.stop()
    await server.close()
  }
  return { output: bot.output(), refused }
}

describe.each(['polling', 'webhook'] as const)(
  'the token and the webhook secret in the logs (%s)',
  (mode) => {
    let database: (DatabaseHandle & { url?: string }) | undefined
    let run: Awaited<ReturnType<typeof runScenarios>>

    beforeAll(async () => {
      if (process.env.TEST_DATABASE_URL) database = await createTestDatabase()
      run = await runScenarios(mode, database)
    }, 120_000)
    afterAll(() => database?.close())

    it('went through the scenarios, the failures included', () => {
      expect(run.output).toContain('Bad Request: chat not found')
      expect(run.output).toContain("Network request for 'sendMessage' failed")
      if (mode === 'webhook') {
        expect(run.refused).toEqual([401, 401])
        expect(run.output).toContain('webhook request without the right secret refused')
      }
    })

    it('never printed the token, nor the secret half of it', () => {
      expect(run.output).not.toContain(TOKEN)
      expect(run.output).not.toContain(TOKEN_SECRET_PART)
      expect(run.output).toContain('[REDACTED]')
    })

    it('never printed the webhook secret', () => {
      expect(run.output).not.toContain(WEBHOOK_SECRET)
    })
  },
)

describe('the logger, given a failed setWebhook', () => {
  it('redacts the secret_token grammY keeps in the error payload', () => {
    let written = ''
    const destination = new Writable({
      write(chunk, _encoding, done) {
        written += chunk.toString()
        done()
      },
    })
    const logger = createLogger({ level: 'info', secrets: [TOKEN], destination })
    const failure = { ok: false as const, error_code: 400, description: 'Bad Request: bad webhook HTTPS url' }
    const payload = { url: WEBHOOK_URL, secret_token: WEBHOOK_SECRET }
    logger.fatal(
      { err: new GrammyError("Call to 'setWebhook' failed!", failure, 'setWebhook', payload) },
      'start-up failed',
    )
    expect(written).toContain('setWebhook')
    expect(written).not.toContain(WEBHOOK_SECRET)
  })
})
