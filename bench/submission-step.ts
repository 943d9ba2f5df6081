import { eq } from 'drizzle-orm'
import type { Update } from 'grammy/types'
import { createBot } from '../src/bot/index.ts'
import { stepData } from '../src/bot/keyboards/submission.ts'
import { createLocalBotApi, LOCAL_BOT_INFO } from '../src/cli/local-bot-api.ts'
import { loadConfig } from '../src/config.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import { syncRegions } from '../src/db/repositories/regions.ts'
import { conversationStates } from '../src/db/schema/index.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { createSearchIndex } from '../src/domain/search/search-index.ts'
import { SUBMISSION_FIELDS, type SubmissionField } from '../src/domain/validation/submission.ts'
import { createLogger } from '../src/logger.ts'
import { withFreshPglite, withFreshPostgres } from './support/databases.ts'
import { quantile } from './support/stats.ts'

const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 20)
const BUTTONS: Partial<Record<SubmissionField, string>> = {
  stage: 'uji_coba',
  digital: 'ya',
  theme: 'kesehatan',
}
const TEXTS: Partial<Record<SubmissionField, string>> = {
  name: 'SI-BUMIL CERIA',
  expansion: 'Sistem Informasi Ibu Hamil Cerdas dan Ceria',
  agency: 'Puskesmas Tempe',
  region: 'wajo sulsel',
  year: '2021',
  description:
    'Bidan desa mencatat setiap ibu hamil di aplikasi dan menjadwalkan kunjungan rumah bersama kader.',
  problem: 'Banyak ibu hamil terlambat memeriksakan kehamilan.',
  impact: 'Kunjungan K4 naik dari 70% menjadi 92% dalam satu tahun.',
  innovator: 'Bidan Sari Ramadhani',
  link: 'https://wajokab.go.id/berita/si-bumil-ceria',
}

const regions = await loadRegionCatalogue()

async function measure(database: DatabaseHandle) {
  await syncRegions(database.db, regions)
  const api = createLocalBotApi()
  const config = loadConfig({})
  const logger = createLogger({ level: 'silent' })
  const deps = { config, logger, database, regions, search: createSearchIndex(regions) }
  const bot = createBot(deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } })
  let updateId = 0
  const steps: number[] = []
  const lastSteps: number[] = []
  let stateBytes = 0
  for (let draft = 0; draft < DRAFTS + 2; draft++) {
    const from = { id: 50_000 + draft, is_bot: false, first_name: 'Bench', language_code: 'id' }
    const chat = { id: from.id, type: 'private' as const, first_name: 'Bench' }
    const message = (text: string) => ({ message_id: ++updateId, date: 0, chat, from, text })
    const feed = (update: Omit<Update, 'update_id'>) =>
      bot.handleUpdate({ update_id: ++updateId, ...update } as Update)
    await feed({
      message: { ...message('/ajukan'), entities: [{ type: 'bot_command', offset: 0, length: 7 }] },
    })
    for (const field of SUBMISSION_FIELDS) {
      const value = BUTTONS[field]
      const started = performance.now()
      if (value === undefined) await feed({ message: message(TEXTS[field] ?? '') })
      else {
        const last = api.lastMessage(from.id)
        const data = stepData.pack({ field, action: 'pick', value })
        await feed({
          callback_query: { id: String(updateId), from, chat_instance: 'b', message: last, data },
        })
      }
      const elapsed = performance.now() - started
      if (draft < 2) continue
      steps.push(elapsed)
      if (field === 'link') lastSteps.push(elapsed)
    }
    const [row] = await database.db
      .select({ state: conversationStates.state })
      .from(conversationStates)
      .where(eq(conversationStates.key, String(from.id)))
    stateBytes = JSON.stringify(row?.state ?? {}).length
  }
  return { steps, lastSteps, stateBytes }
}

const ms = (value: number) => value.toFixed(1)

const pglite = await withFreshPglite(measure)
const server = await withFreshPostgres(measure)
const parts = [
  `drafts=${DRAFTS}`,
  `pglite_median_ms=${ms(quantile(pglite.steps, 0.5))}`,
  `pglite_p95_ms=${ms(quantile(pglite.steps, 0.95))}`,
  `pglite_last_step_median_ms=${ms(quantile(pglite.lastSteps, 0.5))}`,
  `postgres_median_ms=${ms(quantile(server.steps, 0.5))}`,
  `postgres_p95_ms=${ms(quantile(server.steps, 0.95))}`,
  `postgres_last_step_median_ms=${ms(quantile(server.lastSteps, 0.5))}`,
  `state_kb=${(pglite.stateBytes / 1024).toFixed(1)}`,
]
process.stdout.write(`submission-step: ${parts.join(' ')}\n`)
