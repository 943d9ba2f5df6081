import type { Bot } from 'grammy'
import type { Chat, ChatMember, Update, User } from 'grammy/types'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Context } from '../../src/bot/context.ts'
import { channelSubscribeData } from '../../src/bot/keyboards/subscription.ts'
import { LOCAL_BOT_INFO, LocalApiError, type LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { findSubscription } from '../../src/db/repositories/subscriptions.ts'
import { subscriptions } from '../../src/db/schema/index.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

const BUDI: User = { id: 601, is_bot: false, first_name: 'Budi', language_code: 'id' }
const BOT: User = { id: LOCAL_BOT_INFO.id, is_bot: true, first_name: LOCAL_BOT_INFO.first_name }
const CHANNEL: Chat.ChannelChat = { id: -1_002_000_014, type: 'channel', title: 'Info Inovasi Sulsel' }
const GROUP: Chat.SupergroupChat = { id: -1_002_000_015, type: 'supergroup', title: 'Dinkes', is_forum: true }
const PRIVATE = (user: User): Chat.PrivateChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
})

const ADMIN_RIGHTS = {
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: false,
  can_manage_video_chats: false,
  can_restrict_members: false,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: false,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_send_welcome_messages: false,
}
const botAdmin = (canPost = true): ChatMember =>
  ({ status: 'administrator', user: BOT, ...ADMIN_RIGHTS, can_post_messages: canPost }) as ChatMember
const standing = (status: 'member' | 'left' | 'kicked', user: User = BOT): ChatMember =>
  (status === 'kicked' ? { status, user, until_date: 0 } : { status, user }) as ChatMember

let updateId = 70_000
const feed = (bot: Bot<Context>, update: Omit<Update, 'update_id'>) =>
  bot.handleUpdate({ update_id: ++updateId, ...update } as Update)

/** Telegram telling the bot its standing in a chat changed (blocked, removed, promoted…). */
const botStanding = (bot: Bot<Context>, chat: Chat, from: User, before: ChatMember, after: ChatMember) =>
  feed(bot, {
    my_chat_member: {
      chat,
      from,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: before,
      new_chat_member: after,
    },
  })

describe('where pushes go, and keeping in step with Telegram', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  beforeEach(async () => {
    await database.db.delete(subscriptions)
  })
  afterAll(() => database.close())

  const start = async (from: User = SARI) => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    return { bot, api, user: testUser(bot, api, from) }
  }
  const subscriptionOf = (chatId: number) => findSubscription(database.db, chatId)
  const textsTo = (api: LocalBotApi, chatId: number) =>
    api.calls.filter((call) => call.payload.chat_id === chatId).map((call) => String(call.payload.text))
  /** Telegram's answers about who administers the channel: the bot (as given) and the listed people. */
  const channelAdmins = (api: LocalBotApi, bot: ChatMember, people: number[]) =>
    api.respond('getChatMember', (payload) => {
      const userId = Number(payload.user_id)
      if (userId === BOT.id) return bot
      return people.includes(userId)
        ? { status: 'creator', user: { id: userId, is_bot: false, first_name: 'X' }, is_anonymous: false }
        : { status: 'member', user: { id: userId, is_bot: false, first_name: 'X' } }
    })
  const channelShared = (bot: Bot<Context>, from: User, requestId = 14) =>
    feed(bot, {
      message: {
        message_id: ++updateId,
        date: Math.floor(Date.now() / 1000),
        chat: PRIVATE(from),
        from,
        chat_shared: { request_id: requestId, chat_id: CHANNEL.id, title: CHANNEL.title },
      },
    } as Omit<Update, 'update_id'>)

  describe('my_chat_member', () => {
    it('ends the subscription of a user who blocks the bot, and revives it when they unblock', async () => {
      const { bot, user } = await start()
      await user.send('/langganan sulsel')
      await botStanding(bot, PRIVATE(SARI), SARI, standing('member'), standing('kicked'))
      expect(await subscriptionOf(SARI.id)).toMatchObject({ active: false, deactivatedReason: 'blocked' })
      await botStanding(bot, PRIVATE(SARI), SARI, standing('kicked'), standing('member'))
      expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true, provinceCodes: ['73'] })
    })

    it('does not revive, on unblocking, a subscription the user had stopped', async () => {
      const { bot, user } = await start()
      await user.send('/langganan sulsel')
      await user.send('/berhenti')
      await botStanding(bot, PRIVATE(SARI), SARI, standing('member'), standing('kicked'))
      await botStanding(bot, PRIVATE(SARI), SARI, standing('kicked'), standing('member'))
      expect(await subscriptionOf(SARI.id)).toMatchObject({
        active: false,
        deactivatedReason: 'unsubscribed',
      })
    })

    it('ends a group subscription when the bot is removed, and revives it when added back', async () => {
      const { bot, api } = await start()
      api.respond('getChatMember', () => ({ status: 'administrator', user: SARI, ...ADMIN_RIGHTS }))
      await feed(bot, {
        message: {
          message_id: ++updateId,
          date: Math.floor(Date.now() / 1000),
          chat: GROUP,
          from: SARI,
          text: '/langganan kesehatan',
          entities: [{ type: 'bot_command', offset: 0, length: 10 }],
        },
      } as Omit<Update, 'update_id'>)
      await botStanding(bot, GROUP, SARI, standing('member'), standing('left'))
      expect(await subscriptionOf(GROUP.id)).toMatchObject({ active: false, deactivatedReason: 'kicked' })
      await botStanding(bot, GROUP, SARI, standing('left'), standing('member'))
      expect(await subscriptionOf(GROUP.id)).toMatchObject({ active: true, themes: ['kesehatan'] })
    })

    it('stops a channel where the bot lost its admin rights, tells its manager, and resumes when they are back', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      await channelShared(bot, SARI)
      await botStanding(bot, CHANNEL, SARI, botAdmin(), botAdmin(false))
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({
        active: false,
        deactivatedReason: 'not-admin',
      })
      expect(user.lastText()).toContain('Bot bukan lagi admin kanal Info Inovasi Sulsel')
      await botStanding(bot, CHANNEL, SARI, botAdmin(false), botAdmin())
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({ active: true })
      expect(user.lastText()).toContain('Bot kembali menjadi admin kanal Info Inovasi Sulsel')
    })
  })

  describe('a channel managed from the private chat', () => {
    it('offers a "choose a channel" button Telegram accepts, and links the channel chosen', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      await user.send('/langganan')
      const kanal = api.calls.findLast(
        (call) => call.payload.chat_id === SARI.id && call.payload.reply_markup,
      )?.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
      const button = kanal.inline_keyboard.flat().find((item) => item.text === '📢 Kanal')
      await user.click(button?.callback_data ?? '')
      const ask = api.calls.findLast(
        (call) => call.payload.chat_id === SARI.id && call.method === 'sendMessage',
      )
      expect(ask?.payload.reply_markup).toMatchObject({
        keyboard: [
          [{ request_chat: { request_id: 14, chat_is_channel: true } }],
          [{ text: '✖️ Batal menambah kanal' }],
        ],
      })
      await channelShared(bot, SARI)
      expect(textsTo(api, SARI.id).join('\n')).toContain('Kanal Info Inovasi Sulsel terhubung')
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({
        chatType: 'channel',
        managedBy: SARI.id,
        active: true,
      })
      expect(user.lastText()).toContain('📢 Kanal Info Inovasi Sulsel')
    })

    it('changes the channel subscription, not the private one, from the channel screen', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      api.respond('getChat', () => CHANNEL)
      await channelShared(bot, SARI)
      await user.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'province', value: '73' }))
      await user.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'theme', value: 'kesehatan' }))
      await user.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'menu', value: '-' }))
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({ provinceCodes: ['73'], themes: ['kesehatan'] })
      expect(await subscriptionOf(SARI.id)).toBeUndefined()
      expect(user.lastText()).toContain('📢 Kanal Info Inovasi Sulsel')
      expect(user.lastText()).toContain('Anda akan menerima kabar tentang Sulawesi Selatan · Kesehatan')
    })

    it('lists the channel on the private /langganan screen, to switch to it', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      api.respond('getChat', (payload) => ({ ...CHANNEL, id: Number(payload.chat_id) }))
      await channelShared(bot, SARI)
      await user.send('/langganan')
      const markup = api.calls.findLast((call) => call.payload.chat_id === SARI.id)?.payload.reply_markup as {
        inline_keyboard: { text: string; callback_data: string }[][]
      }
      const channel = markup.inline_keyboard.flat().find((item) => item.text === '📢 Info Inovasi Sulsel')
      expect(channel?.callback_data).toBe(
        channelSubscribeData.pack({ chat: CHANNEL.id, action: 'menu', value: '-' }),
      )
    })

    it('links a public channel sent as @username', async () => {
      const { api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      api.respond('getChat', (payload) => {
        expect(payload.chat_id).toBe('@infoinovasi')
        return CHANNEL
      })
      await user.send('@infoinovasi')
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({ managedBy: SARI.id })
    })

    it.each([
      ['the bot is not an admin there', standing('left'), [SARI.id], 'Bot belum menjadi admin kanal'],
      ['the bot may not post there', botAdmin(false), [SARI.id], 'Bot belum menjadi admin kanal'],
      ['the person is not a channel admin', botAdmin(), [], 'Hanya admin kanal Info Inovasi Sulsel'],
    ])('refuses to link a channel when %s', async (_, bot, admins, said) => {
      const started = await start()
      channelAdmins(started.api, bot, admins)
      await channelShared(started.bot, SARI)
      expect(started.user.lastText()).toContain(said)
      expect(await subscriptionOf(CHANNEL.id)).toBeUndefined()
    })

    it("does not let someone else change the channel's subscription", async () => {
      const { bot, api } = await start()
      channelAdmins(api, botAdmin(), [SARI.id, BUDI.id])
      await channelShared(bot, SARI)
      const budi = testUser(bot, api, BUDI)
      await budi.send('/langganan')
      await budi.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'all', value: '-' }))
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({ everything: false })
      const alert = api.calls.findLast((call) => call.method === 'answerCallbackQuery')
      expect(alert?.payload.text).toContain('tidak dapat diatur dari sini')
    })

    it('says so, rather than failing, when the bot was removed from the channel', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      await channelShared(bot, SARI)
      api.respond('getChatMember', () => {
        throw new LocalApiError(403, 'Forbidden: bot is not a member of the channel chat')
      })
      await user.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'menu', value: '-' }))
      const alert = api.calls.findLast((call) => call.method === 'answerCallbackQuery')
      expect(alert?.payload.text).toContain('tidak dapat diatur dari sini')
    })

    it('takes the channel picker away when the person cancels', async () => {
      const { api, user } = await start()
      await user.send('✖️ Batal menambah kanal')
      expect(user.lastText()).toContain('tidak ada kanal yang ditambahkan')
      expect(api.calls.findLast((call) => call.payload.chat_id === SARI.id)?.payload.reply_markup).toEqual({
        remove_keyboard: true,
      })
    })

    it('stops managing for a person who is no longer a channel admin', async () => {
      const { bot, api, user } = await start()
      channelAdmins(api, botAdmin(), [SARI.id])
      await channelShared(bot, SARI)
      channelAdmins(api, botAdmin(), [])
      await user.click(channelSubscribeData.pack({ chat: CHANNEL.id, action: 'all', value: '-' }))
      expect(await subscriptionOf(CHANNEL.id)).toMatchObject({ everything: false })
    })
  })

  describe('in a forum group', () => {
    const inTopic = (bot: Bot<Context>, from: User, topic: number, text: string) =>
      feed(bot, {
        message: {
          message_id: ++updateId,
          message_thread_id: topic,
          is_topic_message: true,
          date: Math.floor(Date.now() / 1000),
          chat: GROUP,
          from,
          text,
          entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
        },
      } as Omit<Update, 'update_id'>)
    const admins = (api: LocalBotApi, ids: number[]) =>
      api.respond('getChatMember', (payload) =>
        ids.includes(Number(payload.user_id))
          ? { status: 'administrator', user: SARI, ...ADMIN_RIGHTS }
          : { status: 'member', user: BUDI },
      )

    it('remembers the topic where /langganan was sent, and answers there', async () => {
      const { bot, api } = await start()
      admins(api, [SARI.id])
      await inTopic(bot, SARI, 7, '/langganan sulsel')
      expect(await subscriptionOf(GROUP.id)).toMatchObject({ messageThreadId: 7, provinceCodes: ['73'] })
      const reply = api.calls.findLast((call) => call.payload.chat_id === GROUP.id)
      expect(reply?.payload.message_thread_id).toBe(7)
    })

    it("moves the pushes to another topic on an admin's /langganan there, not on a member's", async () => {
      const { bot, api } = await start()
      admins(api, [SARI.id])
      await inTopic(bot, SARI, 7, '/langganan sulsel')
      await inTopic(bot, BUDI, 9, '/langganan')
      expect(await subscriptionOf(GROUP.id)).toMatchObject({ messageThreadId: 7 })
      await inTopic(bot, SARI, 9, '/langganan')
      expect(await subscriptionOf(GROUP.id)).toMatchObject({ messageThreadId: 9, provinceCodes: ['73'] })
    })
  })
})
