/**
 * What Telegram refuses, checked the way the Bot API does, so tests can assert that every request the bot
 * makes would be accepted. Each check returns the refusal text Telegram would give, or undefined.
 */

const TEXT_LIMIT = 4096
const CALLBACK_DATA_BYTES = 64
const INLINE_RESULTS_LIMIT = 50
const ENTITY_TYPES = new Set([
  'mention',
  'hashtag',
  'cashtag',
  'bot_command',
  'url',
  'email',
  'phone_number',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'blockquote',
  'expandable_blockquote',
  'code',
  'pre',
  'text_link',
  'text_mention',
  'custom_emoji',
  'date_time',
])
const BUTTON_ACTIONS = [
  'callback_data',
  'url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'login_url',
  'web_app',
  'pay',
  'callback_game',
  'copy_text',
]

type Payload = Record<string, unknown>

const isRecord = (value: unknown): value is Payload => typeof value === 'object' && value !== null

function textProblem(text: unknown, entities: unknown, field = 'text'): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return `Bad Request: ${field} must be non-empty`
  if (text.length > TEXT_LIMIT) return `Bad Request: ${field} is too long`
  if (entities === undefined) return undefined
  if (!Array.isArray(entities)) return "Bad Request: can't parse entities: not an array"
  for (const entity of entities) {
    if (!isRecord(entity) || !ENTITY_TYPES.has(String(entity.type))) {
      return "Bad Request: can't parse entities: unknown entity type"
    }
    const offset = Number(entity.offset)
    const length = Number(entity.length)
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length <= 0) {
      return "Bad Request: can't parse entities: bad offset or length"
    }
    if (offset + length > text.length)
      return "Bad Request: can't parse entities: entity beyond the end of the text"
    if (entity.type === 'text_link' && !/^(https?|tg):\/\//.test(String(entity.url))) {
      return "Bad Request: can't parse entities: bad text_link URL"
    }
  }
  return undefined
}

/** A very small HTML check for parse_mode HTML: only Telegram's tags, properly nested. */
function htmlProblem(text: string): string | undefined {
  const allowed = /^(b|strong|i|em|u|ins|s|strike|del|span|tg-spoiler|a|code|pre|blockquote|tg-emoji)$/
  const stack: string[] = []
  for (const match of text.matchAll(/<(\/?)([a-zA-Z-]+)[^>]*>|<|&(?!(lt|gt|amp|quot|#\d+);)/g)) {
    if (!match[2]) return "Bad Request: can't parse entities: unescaped < or &"
    const name = match[2].toLowerCase()
    if (!allowed.test(name)) return `Bad Request: can't parse entities: unsupported tag "${name}"`
    if (match[1]) {
      if (stack.pop() !== name) return "Bad Request: can't parse entities: unmatched end tag"
    } else stack.push(name)
  }
  return stack.length > 0 ? "Bad Request: can't parse entities: unclosed tag" : undefined
}

function markupProblem(markup: unknown): string | undefined {
  if (markup === undefined) return undefined
  if (!isRecord(markup)) return 'Bad Request: reply_markup must be an object'
  const rows = markup.inline_keyboard
  if (rows === undefined) return undefined
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
    return 'Bad Request: inline keyboard must be an array of arrays'
  }
  for (const button of rows.flat() as unknown[]) {
    if (!isRecord(button) || typeof button.text !== 'string' || button.text === '') {
      return 'Bad Request: inline keyboard button text is empty'
    }
    const actions = BUTTON_ACTIONS.filter((action) => button[action] !== undefined)
    if (actions.length !== 1) return 'Bad Request: an inline keyboard button needs exactly one action'
    if (typeof button.callback_data === 'string') {
      const bytes = Buffer.byteLength(button.callback_data)
      if (bytes < 1 || bytes > CALLBACK_DATA_BYTES) return 'Bad Request: BUTTON_DATA_INVALID'
    }
    if (button.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(String(button.url))) {
      return 'Bad Request: inline keyboard button URL is invalid'
    }
  }
  return undefined
}

/** A reply keyboard's buttons: one request kind at most each, and those that ask for something only in private chats. */
const REQUEST_KINDS = [
  'request_users',
  'request_chat',
  'request_contact',
  'request_location',
  'request_poll',
  'web_app',
]
const INT32 = 2 ** 31

function replyKeyboardProblem(markup: unknown, chatId: unknown): string | undefined {
  if (!isRecord(markup)) return undefined
  if (markup.remove_keyboard !== undefined && markup.remove_keyboard !== true) {
    return 'Bad Request: remove_keyboard must be true'
  }
  const rows = markup.keyboard
  if (rows === undefined) return undefined
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
    return 'Bad Request: keyboard must be an array of arrays'
  }
  for (const button of rows.flat() as unknown[]) {
    const label = typeof button === 'string' ? button : isRecord(button) ? button.text : undefined
    if (typeof label !== 'string' || label === '') return 'Bad Request: keyboard button text is empty'
    if (!isRecord(button)) continue
    const kinds = REQUEST_KINDS.filter((kind) => button[kind] !== undefined)
    if (kinds.length > 1) return 'Bad Request: a keyboard button can request one thing only'
    if (kinds.length === 1 && kinds[0] !== 'web_app' && Number(chatId) < 0) {
      return 'Bad Request: BUTTON_TYPE_INVALID'
    }
    const chat = button.request_chat
    if (chat === undefined) continue
    if (!isRecord(chat)) return 'Bad Request: request_chat must be an object'
    const id = chat.request_id
    if (typeof id !== 'number' || !Number.isInteger(id) || id < -INT32 || id >= INT32) {
      return 'Bad Request: request_chat needs a 32-bit integer request_id'
    }
    if (typeof chat.chat_is_channel !== 'boolean') return 'Bad Request: request_chat needs chat_is_channel'
  }
  return undefined
}

function messageProblem(payload: Payload): string | undefined {
  if (payload.parse_mode !== undefined) {
    if (!['HTML', 'MarkdownV2', 'Markdown'].includes(String(payload.parse_mode)))
      return 'Bad Request: unsupported parse_mode'
    if (payload.parse_mode === 'HTML' && typeof payload.text === 'string') return htmlProblem(payload.text)
  }
  return (
    textProblem(payload.text, payload.entities) ??
    markupProblem(payload.reply_markup) ??
    replyKeyboardProblem(payload.reply_markup, payload.chat_id)
  )
}

function inlineProblem(payload: Payload): string | undefined {
  const results = payload.results
  if (!Array.isArray(results)) return 'Bad Request: results must be an array'
  if (results.length > INLINE_RESULTS_LIMIT) return 'Bad Request: RESULTS_TOO_MUCH'
  const ids = new Set<string>()
  for (const result of results as unknown[]) {
    if (!isRecord(result) || typeof result.id !== 'string') return 'Bad Request: RESULT_ID_INVALID'
    if (Buffer.byteLength(result.id) > 64 || ids.has(result.id)) return 'Bad Request: RESULT_ID_DUPLICATE'
    ids.add(result.id)
    const content = result.input_message_content
    if (isRecord(content)) {
      const problem = textProblem(content.message_text, content.entities, 'message_text')
      if (problem) return problem
    }
    const problem = markupProblem(result.reply_markup)
    if (problem) return problem
  }
  return undefined
}

/** Half of a surrogate pair: JavaScript strings may hold one, UTF-8 cannot, and Telegram refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value)
  if (Array.isArray(value)) return value.some(hasLoneSurrogate)
  return isRecord(value) && Object.values(value).some(hasLoneSurrogate)
}

/** The refusal Telegram would answer to this request, or undefined when it would accept it. */
export function telegramRefusal(method: string, payload: Payload): string | undefined {
  if (hasLoneSurrogate(payload)) return 'Bad Request: strings must be encoded in UTF-8'
  switch (method) {
    case 'sendMessage':
    case 'editMessageText':
      return messageProblem(payload)
    case 'editMessageReplyMarkup':
      return markupProblem(payload.reply_markup)
    case 'answerInlineQuery':
      return inlineProblem(payload)
    case 'answerCallbackQuery':
      return typeof payload.text === 'string' && payload.text.length > 200
        ? 'Bad Request: MESSAGE_TOO_LONG'
        : undefined
    default:
      return undefined
  }
}
