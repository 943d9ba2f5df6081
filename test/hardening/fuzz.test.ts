import { AsyncLocalStorage } from 'node:async_hooks'
import { Writable } from 'node:stream'
import type { Chat, Update, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertSubmission } from '../../src/db/repositories/submissions.ts'
import { upsertTelegramUser } from '../../src/db/repositories/users.ts'
import { createI18n } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'
import { storedAnswers } from '../bot/submission-flow.ts'
import { ADMIN, createTestBot } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { callbackPrefixes, registeredCommands } from './bot-surface.ts'
import { createRandom, type FuzzWorld, hostileUpdate } from './hostile-updates.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_817)
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000)
/** Kinds of failure printed in full; the rest are counted. */
const REPORTED = 8

const LANGUAGES = ['id', 'en', 'en-US', 'fr', undefined, 'ar', 'id', 'zh-hans']
const USERS: User[] = LANGUAGES.map((language_code, index) => ({
  id: 7001 + index,
  is_bot: false,
  first_name:
    ['Sari', 'John', 'عمر', '<b>Budi</b>', "Robert'); DROP TABLE", '😀', '\u202eilA', 'Li'][index] ?? 'X',
  ...(language_code ? { language_code } : {}),
  ...(index % 3 === 0 ? { username: `user_${index}` } : {}),
}))
const GROUPS: Chat.GroupChat[] = [
  { id: -1001, type: 'group', title: 'Dinas Kesehatan' },
  { id: -1002, type: 'group', title: '<i>Bappeda</i>' },
]
const CHANNEL: Chat.ChannelChat = { id: -100_777, type: 'channel', title: 'Kanal Inovasi' }

interface Failure {
  index: number
  update: Update
  problem: string
  logged: string[]
}

interface LoggedError {
  message?: string
  stack?: string
  cause?: { message?: string }
}

/** Error-level log lines, by update_id: the reason behind an apology or a refusal. */
function errorLog() {
  const byUpdate = new Map<number, string[]>()
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { update_id?: number; msg?: string; err?: LoggedError }
        const list = byUpdate.get(entry.update_id ?? -1) ?? []
        const cause = entry.err?.cause?.message ? ` (cause: ${entry.err.cause.message})` : ''
        const where = entry.err?.stack?.split('\n').find((frame) => frame.includes('/src/')) ?? ''
        list.push(
          `${entry.msg}: ${entry.err?.message?.split('\n')[0] ?? ''}${cause} ${where.trim()}`.slice(0, 600),
        )
        byUpdate.set(entry.update_id ?? -1, list)
      }
      done()
    },
  })
  return { logger: createLogger({ level: 'warn', destination }), of: (id: number) => byUpdate.get(id) ?? [] }
}

/** What a failure is, without the values that differ between occurrences (ids, positions, texts). */
const signatureOf = (failure: Failure) =>
  `${failure.problem} ${failure.logged[0]?.split('\n')[0] ?? ''}`.replace(/"[^"]*"|\d+/g, '#').slice(0, 200)

/** Each kind of failure once (its first occurrence in full), with the seed to reproduce the run. */
function report(failures: readonly Failure[], count: number): string {
  const kinds = new Map<string, Failure[]>()
  for (const failure of failures) {
    const signature = signatureOf(failure)
    kinds.set(signature, [...(kinds.get(signature) ?? []), failure])
  }
  const lines = [
    `${failures.length} of ${count} fuzzed updates failed, ${kinds.size} kinds (seed ${SEED}).`,
    `Reproduce: FUZZ_SEED=${SEED} FUZZ_COUNT=${count} npx vitest run test/hardening/fuzz.test.ts`,
  ]
  for (const [index, occurrences] of [...kinds.values()].entries()) {
    const first = occurrences[0]
    if (!first || index >= REPORTED) continue
    lines.push(
      `--- #${first.index} (${occurrences.length}x): ${first.problem}`,
      ...first.logged.map((line) => `    log: ${line}`),
      `    update: ${JSON.stringify(first.update).slice(0, 1500)}`,
    )
  }
  if (kinds.size > REPORTED) lines.push(`… and ${kinds.size - REPORTED} more kinds.`)
  return lines.join('\n')
}

describe(`the bot under ${COUNT} random and hostile updates (seed ${SEED})`, () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    for (const [index, user] of USERS.slice(0, 4).entries()) {
      await upsertTelegramUser(fixture.database.db, { id: user.id, firstName: user.first_name })
      await insertSubmission(fixture.database.db, {
        answers: storedAnswers(`FUZZ ${index}`),
        submittedBy: user.id,
        maxPending: 10,
      })
    }
  })
  afterAll(() => fixture.close())

  it('never throws, answers every private text and button, and makes only requests Telegram accepts', async () => {
    const i18n = createI18n()
    const apologies = new Set(['id', 'en'].map((locale) => i18n.t(locale, 'error-generic')))
    const log = errorLog()
    const { bot, api } = createTestBot({ ...fixture, logger: log.logger })
    api.respond('getChatMember', (payload) => ({
      status: Number(payload.user_id) % 2 === 0 ? 'administrator' : 'member',
      user: { id: Number(payload.user_id), is_bot: false, first_name: 'X' },
    }))
    const current = new AsyncLocalStorage<number>()
    const updates: Update[] = []
    const failures: Failure[] = []
    const fail = (index: number, problem: string) => {
      const update = updates[index]
      if (update) failures.push({ index, update, problem, logged: log.of(update.update_id) })
    }
    const answered = new Set<number>()
    const repliedChats = new Map<number, Set<number>>()
    api.onCall((call, result) => {
      const index = current.getStore()
      if (index === undefined) return
      const chat = Number(call.payload.chat_id)
      if (['sendMessage', 'editMessageText', 'sendDocument'].includes(call.method)) {
        repliedChats.set(index, (repliedChats.get(index) ?? new Set()).add(chat))
      }
      if (call.method.startsWith('answer')) answered.add(index)
      if ((result as { ok?: boolean }).ok === false) {
        fail(index, `Telegram refused ${call.method}: ${(result as { description?: string }).description}`)
      }
      if (typeof call.payload.text === 'string' && apologies.has(call.payload.text)) {
        fail(index, `the error boundary apologised (${call.method})`)
      }
    })
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)

    const world: FuzzWorld = {
      users: USERS,
      admin: ADMIN,
      groups: GROUPS,
      channel: CHANNEL,
      bot: { id: bot.botInfo.id, is_bot: true, first_name: bot.botInfo.first_name },
      commands: registeredCommands().map((name) => `/${name}`),
      prefixes: callbackPrefixes(),
      buttonsIn: (chatId) => {
        const markup = api.lastMessage(chatId)?.reply_markup
        return (markup?.inline_keyboard ?? [])
          .flat()
          .flatMap((button) => ('callback_data' in button ? [button.callback_data] : []))
      },
    }
    const random = createRandom(SEED)
    const kinds = new Map<string, number>()
    let privateTexts = 0
    const started = performance.now()
    try {
      for (let index = 0; index < COUNT; index++) {
        const generated = hostileUpdate(random, world)
        const update = { update_id: 1_000_000 + index, ...generated.update } as Update
        updates.push(update)
        const kind = Object.keys(generated.update)[0] ?? 'empty'
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
        try {
          await current.run(index, () => bot.handleUpdate(update))
        } catch (error) {
          fail(index, `handleUpdate threw: ${error instanceof Error ? error.stack : String(error)}`)
        }
        const chat = generated.expect.replyIn
        if (chat !== undefined) privateTexts++
        if (chat !== undefined && !repliedChats.get(index)?.has(chat)) fail(index, `no reply in chat ${chat}`)
        if (generated.expect.answersButton && !answered.has(index))
          fail(index, 'the button press was not answered')
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      process.off('unhandledRejection', onRejection)
    }
    const seconds = (performance.now() - started) / 1000
    console.log(
      `fuzz: ${COUNT} updates (seed ${SEED}) in ${seconds.toFixed(1)} s, ${api.calls.length} Bot API calls, ` +
        `${failures.length} failures, ${rejections.length} unhandled rejections\n` +
        `fuzz: ${privateTexts} private texts, each to be answered; by kind: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    )
    expect(rejections.map(String)).toEqual([])
    expect(failures.length, report(failures, COUNT)).toBe(0)
    // A budget, not a target: the fuzz keeps each user inside one /ajukan conversation for ~1,000 updates,
    // and @grammyjs/conversations replays a conversation's whole history on every update, so the run grows
    // with the square of that length (1,500 updates 10 s, 5,000 56 s, 10,000 169 s alone on 2 cores).
  }, 360_000)
})
