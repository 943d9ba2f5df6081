import { describe, expect, it } from 'vitest'
import { telegramRefusal } from './support/telegram-validation.ts'

describe('the Telegram validation our tests hold every request to', () => {
  it.each([
    ['an empty text', { text: '' }],
    ['a text over 4096 characters', { text: 'x'.repeat(4097) }],
    ['an entity beyond the text', { text: 'abc', entities: [{ type: 'bold', offset: 2, length: 5 }] }],
    ['an unknown entity type', { text: 'abc', entities: [{ type: 'glow', offset: 0, length: 1 }] }],
    ['unbalanced HTML', { text: '<b>x', parse_mode: 'HTML' }],
    ['an unsupported HTML tag', { text: '<script>x</script>', parse_mode: 'HTML' }],
    [
      'callback data over 64 bytes',
      { text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'x'.repeat(65) }]] } },
    ],
    ['a button without an action', { text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a' }]] } }],
    ['a keyboard that is not rows', { text: 'x', reply_markup: { inline_keyboard: [{ text: 'a' }] } }],
    [
      'half an emoji in a button label',
      { text: 'x', reply_markup: { inline_keyboard: [[{ text: '✔ 😀'.slice(0, 3), callback_data: 'a' }]] } },
    ],
    [
      'a "choose a channel" button in a group',
      {
        chat_id: -100_1,
        text: 'x',
        reply_markup: {
          keyboard: [[{ text: 'Kanal', request_chat: { request_id: 1, chat_is_channel: true } }]],
        },
      },
    ],
    [
      'a "choose a channel" button without chat_is_channel',
      {
        chat_id: 5,
        text: 'x',
        reply_markup: { keyboard: [[{ text: 'Kanal', request_chat: { request_id: 1 } }]] },
      },
    ],
    [
      'a keyboard button that requests two things',
      {
        chat_id: 5,
        text: 'x',
        reply_markup: {
          keyboard: [
            [{ text: 'a', request_contact: true, request_chat: { request_id: 1, chat_is_channel: true } }],
          ],
        },
      },
    ],
  ])('refuses a message with %s', (_what, payload) => {
    expect(telegramRefusal('sendMessage', payload)).toMatch(/^Bad Request/)
  })

  it('accepts a "choose a channel" button in a private chat, and removing the keyboard', () => {
    const button = {
      text: 'Kanal',
      request_chat: { request_id: 14, chat_is_channel: true, request_title: true },
    }
    expect(
      telegramRefusal('sendMessage', { chat_id: 5, text: 'x', reply_markup: { keyboard: [[button]] } }),
    ).toBeUndefined()
    expect(
      telegramRefusal('sendMessage', { chat_id: 5, text: 'x', reply_markup: { remove_keyboard: true } }),
    ).toBeUndefined()
  })

  it('accepts a message with entities, a link button and a 64-byte button', () => {
    const payload = {
      text: 'Halo Sari',
      entities: [{ type: 'bold', offset: 0, length: 4 }],
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'a', callback_data: 'x'.repeat(64) },
            { text: 'b', url: 'https://t.me/x' },
          ],
        ],
      },
    }
    expect(telegramRefusal('sendMessage', payload)).toBeUndefined()
  })

  it('refuses more than 50 inline results and duplicate ids', () => {
    const result = (id: string) => ({
      type: 'article',
      id,
      title: 't',
      input_message_content: { message_text: 'x' },
    })
    expect(
      telegramRefusal('answerInlineQuery', {
        results: Array.from({ length: 51 }, (_, i) => result(String(i))),
      }),
    ).toBe('Bad Request: RESULTS_TOO_MUCH')
    expect(telegramRefusal('answerInlineQuery', { results: [result('1'), result('1')] })).toBe(
      'Bad Request: RESULT_ID_DUPLICATE',
    )
  })
})
