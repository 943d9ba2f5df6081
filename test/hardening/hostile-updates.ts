import type { Chat, ChatMember, Message, Update, User } from 'grammy/types'
import { mulberry32 } from '../support/random.ts'

/** A small seeded generator (mulberry32): the same seed gives the same updates on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    chance: (probability) => next() < probability,
  }
}

/** Telegram's longest message text and inline query, in UTF-16 code units as the Bot API counts. */
export const MESSAGE_LIMIT = 4096
export const INLINE_QUERY_LIMIT = 256

/** Unicode blocks a hostile text draws from: scripts, symbols, combining marks, invisible and bidi controls. */
const CODE_POINT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x590, 0x5ff],
  [0x600, 0x6ff],
  [0x900, 0x97f],
  [0xe00, 0xe7f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x3040, 0x30ff],
  [0x4e00, 0x4fff],
  [0xac00, 0xad00],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xfff0, 0xfffd],
  [0x1f300, 0x1f6ff],
  [0x1d400, 0x1d7ff],
  [0xe0000, 0xe007f],
]

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇮🇩', '🏳️‍🌈', '❤️', '🧕🏾', '👩🏻‍⚕️', '🔥', '🤰', '1️⃣', '🫶', '🏥', '🚑']
const RTL = [
  'مرحبا بكم في البوت',
  'ابحث عن الابتكار',
  'שלום עולם',
  '\u202eakudes\u202c',
  '\u202bنص\u202c jekmil',
  'kesehatan \u200f\u200eibu',
]
const MARKUP = [
  '<b>tebal</b>',
  '</i><script>alert(1)</script>',
  '&amp; &lt; & <',
  '*bold* _italic_ `code` ```pre```',
  '[klik](https://evil.example) [x](tg://user?id=1)',
  '_*[]()~`>#+-=|{}.!\\',
  '||spoiler|| __underline__ ~strike~',
  '<a href="javascript:alert(1)">x</a>',
  '<tg-spoiler>',
  '@admin #tagar $IDR /start',
]
const SQL = [
  "'; DROP TABLE innovations; --",
  "1' OR '1'='1",
  '" OR ""="',
  'kesehatan%',
  '_%\\',
  '$1 $2 $$ $tag$ $$body$$',
  'SELECT pg_sleep(10);',
  "') ; TRUNCATE telegram_users CASCADE; --",
  '\\x00\\u0000',
  "E'\\\\' ||chr(0)||",
]
const WORDS = [
  'kesehatan',
  'ibu hamil',
  'jekmil',
  'ojek bumil magetan',
  'stunting jateng 2021',
  'top 99 banjarnegara',
  'sulsel',
  'kab. wajo',
  'pendidikan',
  'inovasi',
  'pelayanan publik',
  'kipp 2021',
  'jogja',
  'SI-BUMIL',
  'digital',
  'puskesmas',
  '2021',
  'semua',
  'ya',
  'tidak',
  'uji coba',
  'https://wajokab.go.id/berita/jek-mil',
]
const WHITESPACE = [' ', '\n', '\t', '\u00a0', '\u200b', '\u2028', '\u3000', '\r\n']
/** Commands with arguments the bot might choke on; the registered ones are added by the caller. */
const UNKNOWN_COMMANDS = ['/xyz', '/Start', '/START', '/ajukan@other_bot', '/', '//', '/start@inovasi_bot']

function codePoint(random: Random): string {
  const [low, high] = random.pick(CODE_POINT_RANGES)
  return String.fromCodePoint(random.int(low, high))
}

/** Up to `max` UTF-16 code units of random Unicode (astral characters count twice, as Telegram counts them). */
export function randomUnicode(random: Random, max: number): string {
  let text = ''
  const target = random.int(1, max)
  while (text.length < target) {
    const next = codePoint(random)
    if (text.length + next.length > max) break
    text += next
  }
  return text
}

function fill(random: Random, parts: readonly string[], length: number): string {
  let text = ''
  while (text.length < length) text += random.pick(parts) + random.pick(WHITESPACE)
  return cut(text, length)
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair. */
export function cut(text: string, max: number): string {
  const slice = text.slice(0, max)
  return /[\ud800-\udbff]$/.test(slice) ? slice.slice(0, -1) : slice
}

/** One hostile text, of a kind chosen at random; never longer than `max` code units, never empty. */
export function hostileText(random: Random, commands: readonly string[], max = MESSAGE_LIMIT): string {
  const kind = random.int(0, 13)
  const text = (() => {
    switch (kind) {
      case 0:
        return randomUnicode(random, random.chance(0.2) ? max : 64)
      case 1:
        return fill(random, [...WORDS, ...MARKUP, ...EMOJI, ...RTL, ...SQL], max)
      case 2:
        return Array.from({ length: random.int(1, 40) }, () => random.pick(EMOJI)).join('')
      case 3:
        return random.pick(RTL) + (random.chance(0.5) ? ` ${random.pick(WORDS)}` : '')
      case 4:
        return random.pick(MARKUP) + (random.chance(0.5) ? ` ${random.pick(WORDS)}` : '')
      case 5:
        return random.pick(SQL)
      case 6:
        return `${random.pick(commands.length > 0 ? commands : UNKNOWN_COMMANDS)}${random.chance(0.6) ? ` ${hostileArgument(random)}` : ''}`
      case 7:
        return random.pick(UNKNOWN_COMMANDS) + (random.chance(0.5) ? ` ${hostileArgument(random)}` : '')
      case 8:
        return `${Array.from({ length: random.int(1, 20) }, () => random.pick(WHITESPACE)).join('')}.`
      case 9:
        return `${random.pick(WORDS)}${'\u0301\u0336\u0489'.repeat(random.int(1, 200))}`
      case 10:
        return `#${random.pick(['1', '12', '0', '-1', '99999999999', '1e9', 'abc', ''])}`
      case 11:
        return String(random.pick([0, -1, 1, 7, 2021, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1e21]))
      default:
        return `${random.pick(WORDS)}${random.chance(0.3) ? ` ${random.pick(WORDS)}` : ''}`
    }
  })()
  const bounded = cut(text, max)
  return bounded.trim() === '' ? '?' : bounded
}

function hostileArgument(random: Random): string {
  return random.pick([
    () => random.pick(WORDS),
    () => String(random.int(-5, 40)),
    () => random.pick(['99999999999', '0', '-1', '1e3', '12abc', '1'.repeat(64)]),
    () => randomUnicode(random, 300),
    () => fill(random, [...WORDS, ...SQL, ...MARKUP], random.int(200, 4000)),
    () => random.pick(SQL),
    () => random.pick(MARKUP),
  ])()
}

const SEGMENT_VALUES = [
  '',
  '-',
  '0',
  '1',
  '2',
  '3',
  '-1',
  '1.5',
  '1e3',
  'NaN',
  '2147483648',
  '99999999999999999999',
  'approve',
  'reject',
  'edit',
  'open',
  'pick',
  'back',
  'skip',
  'keep',
  'send',
  'all',
  'name',
  'region',
  'year',
  'theme',
  'menu',
  'provinces',
  'province',
  'themes',
  'add',
  'stop',
  'level',
  'publish',
  'cancel',
  'done',
  'create',
  'draft',
  'moderation',
  'nasional',
  '73',
  '73.13',
  '35.20',
  'kesehatan',
  'uji_coba',
  'ya',
  '__proto__',
  'constructor',
  "'",
  '%',
]

/** Callback data a client could send: unknown, garbage, or one of our prefixes with wrong or stale values. */
export function hostileCallbackData(random: Random, prefixes: readonly string[]): string {
  const kind = random.int(0, 5)
  const data = (() => {
    switch (kind) {
      case 0:
        return randomUnicode(random, 64)
      case 1:
        return random.pick(['x', 'unknown:1', ':', '::::', 'pg', 'mod', 'mod:', 'sub:all', '{"a":1}', 'null'])
      default: {
        const segments = Array.from({ length: random.int(0, 4) }, () =>
          random.chance(0.9) ? random.pick(SEGMENT_VALUES) : randomUnicode(random, 8),
        )
        return [random.pick(prefixes), ...segments].join(':')
      }
    }
  })()
  return truncateBytes(data, 64)
}

/** Telegram never delivers callback data over 64 bytes. */
function truncateBytes(text: string, bytes: number): string {
  let out = cut(text, bytes)
  while (Buffer.byteLength(out) > bytes) out = cut(out, out.length - 1)
  return out === '' ? 'x' : out
}

/** Who and where the fuzzed updates come from. */
export interface FuzzWorld {
  users: readonly User[]
  admin: User
  groups: readonly Chat.GroupChat[] | readonly (Chat.GroupChat | Chat.SupergroupChat)[]
  channel: Chat.ChannelChat
  bot: User
  commands: readonly string[]
  prefixes: readonly string[]
  /** Buttons of the newest bot message in a chat (real data, so deep flows are reached too). */
  buttonsIn(chatId: number): string[]
}

/** What the fuzzer expects of the bot for one update. */
export interface Expectation {
  /** A text in a private chat: the bot must answer in that chat. */
  replyIn?: number
  /** A button press: the bot must answer it (or the client shows a spinner until it times out). */
  answersButton?: boolean
}

let sequence = 0
const unixNow = () => Math.floor(Date.now() / 1000)

const privateChat = (user: User): Chat.PrivateChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
})

function commandEntities(text: string): Message['entities'] {
  const command = /^\/[^\s@]*(@\S*)?/.exec(text)
  return command && command[0].length > 1
    ? [{ type: 'bot_command', offset: 0, length: command[0].length }]
    : undefined
}

function baseMessage(random: Random, chat: Chat, from: User | undefined) {
  return {
    message_id: ++sequence,
    date: unixNow() - random.int(0, 3600),
    chat,
    ...(from ? { from } : {}),
  }
}

/** A message as Telegram delivers it (the channel posts reuse it with a channel chat). */
type IncomingMessage = NonNullable<Update['message']>

function textMessage(random: Random, world: FuzzWorld, chat: Chat, from: User | undefined): IncomingMessage {
  const text = hostileText(random, world.commands)
  const entities = random.chance(0.05)
    ? [{ type: 'bold' as const, offset: 0, length: Math.min(text.length, random.int(1, 10)) }]
    : commandEntities(text)
  return { ...baseMessage(random, chat, from), text, ...(entities ? { entities } : {}) } as IncomingMessage
}

const fileId = (random: Random) => `AgAC${random.int(0, 1e9).toString(36)}`

function mediaMessage(random: Random, chat: Chat, from: User | undefined): IncomingMessage {
  const base = baseMessage(random, chat, from)
  const media = random.pick([
    () => ({
      sticker: {
        file_id: fileId(random),
        file_unique_id: 'u',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: random.pick(EMOJI),
      },
    }),
    () => ({
      photo: [{ file_id: fileId(random), file_unique_id: 'p', width: 90, height: 90 }],
      ...(random.chance(0.5) ? { caption: hostileText(random, [], 1024) } : {}),
    }),
    () => ({
      document: { file_id: fileId(random), file_unique_id: 'd', file_name: hostileText(random, [], 255) },
      ...(random.chance(0.5) ? { caption: '/ajukan' } : {}),
    }),
    () => ({ voice: { file_id: fileId(random), file_unique_id: 'v', duration: random.int(0, 600) } }),
    () => ({ location: { latitude: random.next() * 180 - 90, longitude: random.next() * 360 - 180 } }),
    () => ({ contact: { phone_number: '+62812', first_name: hostileText(random, [], 64) } }),
    () => ({ dice: { emoji: '🎲', value: random.int(1, 6) } }),
    () => ({ new_chat_members: [{ id: random.int(1, 1e9), is_bot: false, first_name: 'Baru' }] }),
    () => ({ poll: { id: 'p', question: 'q?', options: [], total_voter_count: 0, is_closed: false } }),
  ])()
  return { ...base, ...media } as IncomingMessage
}

function callbackUpdate(random: Random, world: FuzzWorld, from: User): Omit<Update, 'update_id'> {
  const own = world.buttonsIn(from.id)
  const data =
    own.length > 0 && random.chance(0.4) ? random.pick(own) : hostileCallbackData(random, world.prefixes)
  const where = random.next()
  const message =
    where < 0.75
      ? {
          message_id: random.int(1, 5000),
          date: unixNow(),
          chat: privateChat(from),
          from: world.bot,
          text: 'x',
        }
      : where < 0.85
        ? {
            message_id: random.int(1, 5000),
            date: unixNow(),
            chat: random.pick(world.groups),
            from: world.bot,
            text: 'x',
          }
        : undefined
  return {
    callback_query: {
      id: String(++sequence),
      from,
      chat_instance: String(random.int(1, 1e6)),
      ...(message ? { message: message as Message } : { inline_message_id: `inline-${random.int(1, 1e6)}` }),
      ...(random.chance(0.03) ? { game_short_name: 'game' } : { data }),
    },
  } as Omit<Update, 'update_id'>
}

function someUser(random: Random, world: FuzzWorld): User {
  return random.chance(0.15) ? world.admin : random.pick(world.users)
}

/** A chat member in one status: enough of it for the bot, which ignores these updates. */
const member = (user: User, status: 'member' | 'left' | 'administrator' | 'kicked') =>
  ({ status, user, ...(status === 'kicked' ? { until_date: 0 } : {}) }) as ChatMember

function otherUpdate(random: Random, world: FuzzWorld, from: User): Omit<Update, 'update_id'> {
  const group = random.pick(world.groups)
  return random.pick<() => unknown>([
    () => ({
      my_chat_member: {
        chat: random.chance(0.5) ? group : privateChat(from),
        from,
        date: unixNow(),
        old_chat_member: member(world.bot, 'member'),
        new_chat_member: member(
          world.bot,
          random.pick(['left', 'kicked', 'administrator', 'member'] as const),
        ),
      },
    }),
    () => ({
      chat_member: {
        chat: group,
        from,
        date: unixNow(),
        old_chat_member: member(from, 'left'),
        new_chat_member: member(from, 'member'),
      },
    }),
    () => ({ poll: { id: 'p', question: 'q', options: [], total_voter_count: 1, is_closed: true } }),
    () => ({ poll_answer: { poll_id: 'p', user: from, option_ids: [0] } }),
    () => ({
      chosen_inline_result: {
        result_id: String(random.int(-3, 50)),
        from,
        query: hostileText(random, [], 256),
      },
    }),
    () => ({
      message_reaction: {
        chat: privateChat(from),
        message_id: random.int(1, 5000),
        user: from,
        date: unixNow(),
        old_reaction: [],
        new_reaction: [{ type: 'emoji', emoji: '👍' }],
      },
    }),
    () => ({ chat_join_request: { chat: group, from, user_chat_id: from.id, date: unixNow() } }),
    // Not something Telegram sends, but a forged or future update must not break the bot either (a
    // private message without a sender is dropped unanswered).
    () => ({ message: textMessage(random, world, privateChat(from), undefined) }),
    () => ({ callback_query: { id: String(++sequence), chat_instance: '1', data: 'cd:1' } }),
    () => ({ inline_query: { id: String(++sequence), query: 'kesehatan', offset: '' } }),
    () => ({ business_message: textMessage(random, world, privateChat(from), from) }),
    () => ({}),
  ])() as Omit<Update, 'update_id'>
}

/**
 * One hostile or odd update, of the kinds the issue lists: random texts in private chats (most of them),
 * buttons with forged and real data, edits, media, group and channel posts, long inline queries, updates
 * without `from` and update types the bot ignores. `expect.replyIn` names the chat that must be answered.
 */
export function hostileUpdate(
  random: Random,
  world: FuzzWorld,
): { update: Omit<Update, 'update_id'>; expect: Expectation } {
  const from = someUser(random, world)
  const roll = random.next()
  if (roll < 0.42) {
    const message = textMessage(random, world, privateChat(from), from)
    return { update: { message }, expect: { replyIn: from.id } }
  }
  if (roll < 0.62) return { update: callbackUpdate(random, world, from), expect: { answersButton: true } }
  if (roll < 0.7) {
    const query = hostileText(random, [], INLINE_QUERY_LIMIT)
    const inline = { id: String(++sequence), from, query, offset: random.pick(['', '20', 'x']) }
    return {
      update: {
        inline_query: { ...inline, ...(random.chance(0.5) ? { chat_type: 'sender' as const } : {}) },
      },
      expect: {},
    }
  }
  if (roll < 0.77) return { update: { message: mediaMessage(random, privateChat(from), from) }, expect: {} }
  if (roll < 0.81) {
    const chat = random.chance(0.7) ? privateChat(from) : random.pick(world.groups)
    const edited = { ...textMessage(random, world, chat, from), edit_date: unixNow() }
    return { update: { edited_message: edited } as Omit<Update, 'update_id'>, expect: {} }
  }
  if (roll < 0.9) {
    const group = random.pick(world.groups)
    const anonymous = random.chance(0.2)
    const message = random.chance(0.8)
      ? textMessage(random, world, group, anonymous ? undefined : from)
      : mediaMessage(random, group, anonymous ? undefined : from)
    const sent = anonymous ? { ...message, sender_chat: group } : message
    return { update: { message: sent as IncomingMessage }, expect: {} }
  }
  if (roll < 0.94) {
    const post = textMessage(random, world, world.channel, undefined)
    const kind = random.chance(0.7) ? 'channel_post' : 'edited_channel_post'
    return {
      update: { [kind]: { ...post, sender_chat: world.channel } } as Omit<Update, 'update_id'>,
      expect: {},
    }
  }
  return { update: otherUpdate(random, world, from), expect: {} }
}
