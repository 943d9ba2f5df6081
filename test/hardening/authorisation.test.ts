import { sql } from 'drizzle-orm'
import type { Bot } from 'grammy'
import type { Chat, Update, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Context } from '../../src/bot/context.ts'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import { type DatabaseHandle, resultRows } from '../../src/db/database.ts'
import { insertCorrection } from '../../src/db/repositories/corrections.ts'
import { insertSubmission } from '../../src/db/repositories/submissions.ts'
import { linkChannel } from '../../src/db/repositories/subscriptions.ts'
import { upsertTelegramUser } from '../../src/db/repositories/users.ts'
import { newsArticles } from '../../src/db/schema/index.ts'
import { createI18n } from '../../src/i18n.ts'
import { newPerson, storedAnswers } from '../bot/submission-flow.ts'
import { ADMIN, createTestBot } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { callbackPrefixes, registeredCommands } from './bot-surface.ts'

/** Who may use each command: anyone, the bot's admins, or (in a group) the group's admins. */
const COMMANDS: Readonly<Record<string, 'anyone' | 'admin' | 'group-admin'>> = {
  ajukan: 'anyone',
  antrian: 'admin',
  bahasa: 'anyone',
  bantuan: 'anyone',
  berita: 'admin',
  batal: 'anyone',
  berhenti: 'group-admin',
  cancel: 'anyone',
  cari: 'anyone',
  ekspor: 'anyone',
  export: 'anyone',
  help: 'anyone',
  langganan: 'group-admin',
  language: 'anyone',
  pengajuan: 'anyone',
  search: 'anyone',
  start: 'anyone',
  submissions: 'anyone',
  submit: 'anyone',
  subscribe: 'group-admin',
  umumkan: 'admin',
  unsubscribe: 'group-admin',
}

/** Who may press each kind of button: the person in their own chat, the bot's admins, or group admins. */
/** `channel-manager`: only the channel admin who linked the channel, from their private chat. */
const BUTTONS: Readonly<Record<string, 'own-chat' | 'admin' | 'group-admin' | 'channel-manager'>> = {
  ajp: 'own-chat',
  ajq: 'own-chat',
  ajr: 'own-chat',
  ajs: 'own-chat',
  ajx: 'own-chat',
  ajy: 'own-chat',
  ann: 'admin',
  cd: 'own-chat',
  cx: 'own-chat',
  cxd: 'admin',
  lng: 'own-chat',
  cf: 'admin',
  mod: 'admin',
  news: 'admin',
  pg: 'own-chat',
  pu: 'group-admin',
  rc: 'own-chat',
  sch: 'group-admin',
  sm: 'own-chat',
  sub: 'group-admin',
  subk: 'channel-manager',
}

const i18n = createI18n()
const says = (key: string) => i18n.t('id', key)
/** Every way the bot says no to someone who may not do something. */
const REFUSALS = new Set(
  [
    'moderation-admins-only',
    'announce-admins-only',
    'announce-no-draft',
    'announce-private-only',
    'news-admins-only',
    'subscribe-admins-only',
    'subscribe-channel-not-yours',
    'catalogue-file-admins-only',
  ].map(says),
)

const GROUP: Chat.SupergroupChat = { id: -100_501, type: 'supergroup', title: 'Dinkes Sulsel' }
const OTHER_GROUP: Chat.SupergroupChat = { id: -100_502, type: 'supergroup', title: 'Bappeda Wajo' }
/** A channel linked by GROUP_ADMIN, managed from their private chat. */
const CHANNEL_ID = -100_503

/** Marked as admin in the database, like admins added after start. */
const SECOND_ADMIN: User = { id: 901, is_bot: false, first_name: 'Rina', language_code: 'id' }
const MEMBER = newPerson('Budi')
/** Administrator of OTHER_GROUP (Telegram says so), an ordinary member everywhere else. */
const OTHER_GROUP_ADMIN = newPerson('Ani')
/** Administrator of GROUP. */
const GROUP_ADMIN = newPerson('Dewi')

let updateId = 800_000
const now = () => Math.floor(Date.now() / 1000)

function commandIn(chat: Chat, from: User, text: string): Update {
  const command = text.split(' ')[0] ?? text
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: now(),
      chat,
      from,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: command.length }],
    },
  } as Update
}

function pressIn(chat: Chat, from: User, data: string): Update {
  return {
    update_id: ++updateId,
    callback_query: {
      id: String(++updateId),
      from,
      chat_instance: String(chat.id),
      message: {
        message_id: 1,
        date: now(),
        chat,
        from: { id: 10, is_bot: true, first_name: 'Bot' },
        text: 'x',
      },
      data,
    },
  } as Update
}

const privateChatOf = (user: User): Chat.PrivateChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
})

/**
 * Everything the bot stores, as one digest per table: a refused action must leave all of it as it was.
 * Of telegram_users only who is admin counts (every update refreshes last_seen_at).
 */
async function snapshot(db: DatabaseHandle['db']): Promise<Record<string, string>> {
  const tables = resultRows<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  )
  const digests: Record<string, string> = {}
  for (const { name } of tables) {
    const columns = name === 'telegram_users' ? 'id, is_admin' : '*'
    const [row] = resultRows<{ n: number; digest: string }>(
      await db.execute(
        sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as digest
                 from (select ${columns} from "${name}") r`),
      ),
    )
    digests[name] = `${row?.n}:${row?.digest}`
  }
  return digests
}

/** What the bot answered to one update: the texts of its messages and button notices. */
function answersTo(api: LocalBotApi, from: number): string[] {
  return api.calls
    .slice(from)
    .flatMap((call) => (typeof call.payload.text === 'string' ? [call.payload.text] : []))
}

describe('authorisation: admin commands and buttons, and group subscriptions', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let submission = 0
  let draft = 0
  let correction = 0
  let news = 0

  /** A bot whose Telegram says GROUP_ADMIN administers GROUP and OTHER_GROUP_ADMIN administers OTHER_GROUP. */
  function createBot(): { bot: Bot<Context>; api: LocalBotApi } {
    const created = createTestBot(fixture)
    created.api.respond('getChatMember', (payload) => {
      const user = Number(payload.user_id)
      const chat = Number(payload.chat_id)
      const admin =
        (chat === GROUP.id && user === GROUP_ADMIN.id) ||
        (chat === OTHER_GROUP.id && user === OTHER_GROUP_ADMIN.id)
      return {
        status: admin ? 'administrator' : 'member',
        user: { id: user, is_bot: false, first_name: 'X' },
      }
    })
    created.api.respond('getChatAdministrators', (payload) =>
      Number(payload.chat_id) === GROUP.id ? [{ status: 'administrator', user: GROUP_ADMIN }] : [],
    )
    return created
  }

  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    const { db } = fixture.database
    await upsertTelegramUser(db, { id: SECOND_ADMIN.id, firstName: SECOND_ADMIN.first_name })
    await db.execute(sql`update telegram_users set is_admin = true where id = ${SECOND_ADMIN.id}`)
    const { bot, api } = createBot()
    for (const user of [MEMBER, OTHER_GROUP_ADMIN, GROUP_ADMIN, SECOND_ADMIN]) {
      await bot.handleUpdate(commandIn(privateChatOf(user), user, '/bantuan'))
    }
    const stored = await insertSubmission(db, {
      answers: storedAnswers('SI-RAHASIA'),
      submittedBy: MEMBER.id,
      maxPending: 3,
    })
    if (stored.kind !== 'submitted') throw new Error('could not store the pending submission')
    submission = stored.id
    correction =
      (await insertCorrection(db, {
        innovationId: submission,
        proposedBy: MEMBER.id,
        text: 'Tahunnya 2020.',
      })) ?? 0
    await bot.handleUpdate(commandIn(privateChatOf(ADMIN), ADMIN, '/umumkan Top 45 KIPP 2021'))
    const buttons = (api.lastMessage(ADMIN.id)?.reply_markup?.inline_keyboard ?? []).flat()
    const data = buttons.flatMap((button) => ('callback_data' in button ? [button.callback_data] : []))
    draft = Number(/^ann:(\d+):/.exec(data[0] ?? '')?.[1])
    if (!draft) throw new Error(`no announcement draft: ${JSON.stringify(data)}`)
    await bot.handleUpdate(commandIn(GROUP, GROUP_ADMIN, '/langganan sulsel'))
    await linkChannel(db, { chatId: CHANNEL_ID, chatType: 'channel', locale: 'id' }, GROUP_ADMIN.id)
    await bot.handleUpdate(commandIn(privateChatOf(ADMIN), ADMIN, '/berita'))
    const [article] = await db.select({ id: newsArticles.id }).from(newsArticles)
    if (!article) throw new Error('no /berita article')
    news = article.id
  })
  afterAll(() => fixture.close())

  it('knows who may use every command and every button the bot has', () => {
    expect(registeredCommands()).toEqual(Object.keys(COMMANDS).sort())
    expect(callbackPrefixes()).toEqual(Object.keys(BUTTONS).sort())
  })

  /**
   * Buttons an admin gets, pointing at the real pending submission and the real announcement draft (`#`
   * stands for their ids, known only once beforeAll has run: the matrix is built before).
   */
  const ADMIN_BUTTONS: Readonly<Record<string, readonly string[]>> = {
    mod: ['approve', 'reject', 'edit', 'open'].map((action) => `mod:${action}:#submission`),
    cxd: ['cxd:#correction'],
    cf: ['cf:1:import', 'cf:1:cancel'],
    ann: ['level:nasional', 'pick:1', 'create:-', 'done:-', 'publish:-', 'cancel:-'].map(
      (rest) => `ann:#draft:${rest}`,
    ),
    news: [
      'open:0:-',
      'edit:0:agency',
      'drop:0:-',
      'match:0:-',
      'save:0:-',
      'announce:0:-',
      'cancel:0:-',
    ].map((rest) => `news:#news:${rest}`),
  }
  const GROUP_BUTTONS: Readonly<Record<string, readonly string[]>> = {
    sub: [
      'sub:all:-',
      'sub:province:73',
      'sub:theme:kesehatan',
      'sub:add:73.13',
      'sub:remove:73',
      'sub:level:nasional',
      'sub:restore:-',
      'sub:channel:-',
      'sub:stop:-',
    ],
    sch: ['sch:mode:daily', 'sch:zone:WIT', 'sch:zone:auto', 'sch:quiet:hold'],
    pu: ['pu:stop'],
  }
  const CHANNEL_BUTTONS = ['menu:-', 'all:-', 'province:73', 'remove:73', 'level:kabkota', 'stop:-'].map(
    (rest) => `subk:${CHANNEL_ID}:${rest}`,
  )
  const withIds = (data: string) =>
    data
      .replace('#submission', String(submission))
      .replace('#draft', String(draft))
      .replace('#correction', String(correction))
      .replace('#news', String(news))

  interface Attempt {
    who: string
    action: string
    update: () => Update
  }

  /** The whole matrix: every admin action by every kind of outsider, in the chat where it would be used. */
  function outsiderAttempts(): Attempt[] {
    const outsiders: [string, User][] = [
      ['a non-admin', MEMBER],
      ['an admin of another group', OTHER_GROUP_ADMIN],
    ]
    const attempts: Attempt[] = []
    for (const [who, user] of outsiders) {
      const own = privateChatOf(user)
      for (const [name, role] of Object.entries(COMMANDS)) {
        if (role === 'admin') {
          for (const text of [`/${name}`, `/${name} Top 99 KIPP 2024`]) {
            attempts.push({ who, action: text, update: () => commandIn(own, user, text) })
          }
        }
        if (role === 'group-admin') {
          for (const chat of [GROUP, OTHER_GROUP]) {
            if (chat === OTHER_GROUP && user === OTHER_GROUP_ADMIN) continue
            const text = ['langganan', 'subscribe'].includes(name) ? `/${name} kesehatan` : `/${name}`
            attempts.push({
              who,
              action: `${text} in ${chat.title}`,
              update: () => commandIn(chat, user, text),
            })
          }
        }
      }
      for (const [prefix, role] of Object.entries(BUTTONS)) {
        const samples =
          role === 'admin'
            ? (ADMIN_BUTTONS[prefix] ?? [])
            : role === 'group-admin'
              ? (GROUP_BUTTONS[prefix] ?? [])
              : role === 'channel-manager'
                ? CHANNEL_BUTTONS
                : []
        const chat = role === 'admin' || role === 'channel-manager' ? own : GROUP
        for (const data of samples) {
          attempts.push({ who, action: data, update: () => pressIn(chat, user, withIds(data)) })
        }
      }
    }
    return attempts
  }

  it('has sample data for every admin button and every group-admin button', () => {
    const prefixesOf = (wanted: string) =>
      Object.entries(BUTTONS)
        .filter(([, role]) => role === wanted)
        .map(([prefix]) => prefix)
        .sort()
    expect(prefixesOf('admin')).toEqual(Object.keys(ADMIN_BUTTONS).sort())
    expect(prefixesOf('group-admin')).toEqual(Object.keys(GROUP_BUTTONS).sort())
  })

  it.each(outsiderAttempts().map((attempt) => [attempt.who, attempt.action, attempt] as const))(
    'refuses %s: %s, and nothing changes',
    async (_who, _action, attempt) => {
      const { bot, api } = createBot()
      const before = await snapshot(fixture.database.db)
      const from = api.calls.length
      await bot.handleUpdate(attempt.update())
      const answers = answersTo(api, from)
      expect(
        answers.some((text) => REFUSALS.has(text)),
        `answers: ${JSON.stringify(answers)}`,
      ).toBe(true)
      expect(await snapshot(fixture.database.db)).toEqual(before)
    },
  )

  it.each([
    ['mod:approve:abc'],
    ['mod:approve:0'],
    ['mod:approve:-1'],
    ['mod:approve:2147483648'],
    ['mod:publish:1'],
    ['mod:approve'],
    ['mod:approve:1:extra'],
    ['mod:approve:1'],
    ['mod:reject:1'],
    ['ann:0:publish:-'],
    ['ann:2147483648:publish:-'],
    ['ann:1:publish'],
    ['ann:1:publish:<script>'],
    ['ann:x:cancel:-'],
    ['sub:everything:-'],
    ['sub:province:99'],
    ['sub:add:../../etc'],
    ['sch:mode:hourly'],
    ['sch:zone:UTC'],
    ['sch:mode:WIT'],
    ['cf:0:import'],
    ['cf:1:delete'],
    ['cf:1:import'],
  ])('ignores the forged button %s even from an admin, and nothing changes', async (data) => {
    const { bot, api } = createBot()
    const before = await snapshot(fixture.database.db)
    const from = api.calls.length
    await bot.handleUpdate(pressIn(privateChatOf(ADMIN), ADMIN, data))
    await bot.handleUpdate(pressIn(GROUP, GROUP_ADMIN, data))
    expect(answersTo(api, from)).not.toContain(says('error-generic'))
    expect(await snapshot(fixture.database.db)).toEqual(before)
  })

  it("refuses another admin the buttons of an admin's announcement draft", async () => {
    for (const data of (ADMIN_BUTTONS.ann ?? []).map(withIds)) {
      const { bot, api } = createBot()
      const before = await snapshot(fixture.database.db)
      const from = api.calls.length
      await bot.handleUpdate(pressIn(privateChatOf(SECOND_ADMIN), SECOND_ADMIN, data))
      expect(answersTo(api, from)).toContain(says('announce-no-draft'))
      expect(await snapshot(fixture.database.db)).toEqual(before)
    }
  })

  it('lets the admins do what outsiders were refused (so the matrix would see a change)', async () => {
    const { bot } = createBot()
    const before = await snapshot(fixture.database.db)
    await bot.handleUpdate(pressIn(GROUP, GROUP_ADMIN, 'sub:theme:kesehatan'))
    const afterGroupAdmin = await snapshot(fixture.database.db)
    expect(afterGroupAdmin.subscriptions).not.toEqual(before.subscriptions)
    await bot.handleUpdate(pressIn(privateChatOf(ADMIN), ADMIN, `mod:approve:${submission}`))
    expect((await snapshot(fixture.database.db)).innovations).not.toEqual(afterGroupAdmin.innovations)
  })
})
