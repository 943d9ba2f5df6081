import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  entityNestingProblem,
  type FakeBotApiServer,
  markdownV2Problem,
  startFakeBotApiServer,
} from '../support/fake-bot-api-server.ts'

/** The fake Telegram the end-to-end suite trusts must refuse what Telegram refuses and long-poll as it does. */
describe('the fake Bot API server', () => {
  let server: FakeBotApiServer
  beforeEach(async () => {
    server = await startFakeBotApiServer()
  })
  afterEach(() => server.close())

  const call = async (method: string, payload: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/bot123:abc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
    return (await response.json()) as {
      ok: boolean
      result?: unknown
      error_code?: number
      description?: string
    }
  }

  it('holds getUpdates until an update is queued, and forgets updates below the offset', async () => {
    const polling = call('getUpdates', { offset: 0, timeout: 5 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    server.pushUpdate({ message: { text: 'halo' } })
    const first = await polling
    expect(first.result).toEqual([{ update_id: 1, message: { text: 'halo' } }])
    expect((await call('getUpdates', { offset: 0, timeout: 0 })).result).toHaveLength(1)
    expect((await call('getUpdates', { offset: 2, timeout: 0 })).result).toEqual([])
    expect(server.pendingUpdates()).toBe(0)
  })

  it('cuts off a held getUpdates when another one comes (two pollers), and refuses it while a webhook is set', async () => {
    const held = call('getUpdates', { timeout: 5 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await call('getUpdates', { timeout: 0 })
    expect((await held).error_code).toBe(409)
    await call('setWebhook', { url: 'https://bot.example.org/hook', secret_token: 'abc' })
    expect((await call('getUpdates', { timeout: 0 })).description).toMatch(/webhook is active/)
    expect(server.webhook()).toMatchObject({ url: 'https://bot.example.org/hook', secretToken: 'abc' })
    await call('deleteWebhook', {})
    expect((await call('getUpdates', { timeout: 0 })).ok).toBe(true)
  })

  it.each([
    ['an empty text', 'sendMessage', { chat_id: 1, text: ' ' }],
    ['a text over 4096 characters', 'sendMessage', { chat_id: 1, text: 'a'.repeat(4097) }],
    ['an unknown parse_mode', 'sendMessage', { chat_id: 1, text: 'x', parse_mode: 'BBCode' }],
    ['unbalanced HTML', 'sendMessage', { chat_id: 1, text: '<b>x', parse_mode: 'HTML' }],
    [
      'an unescaped MarkdownV2 dot',
      'sendMessage',
      { chat_id: 1, text: 'Selesai.', parse_mode: 'MarkdownV2' },
    ],
    [
      'an entity past the end',
      'sendMessage',
      { chat_id: 1, text: 'abc', entities: [{ type: 'bold', offset: 1, length: 5 }] },
    ],
    [
      'partly overlapping entities',
      'sendMessage',
      {
        chat_id: 1,
        text: 'abcdef',
        entities: [
          { type: 'bold', offset: 0, length: 4 },
          { type: 'code', offset: 2, length: 4 },
        ],
      },
    ],
    [
      'callback data over 64 bytes',
      'sendMessage',
      {
        chat_id: 1,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'x'.repeat(65) }]] },
      },
    ],
    [
      'a keyboard that is not rows of buttons',
      'sendMessage',
      { chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [{}] } },
    ],
    [
      'more than 50 inline results',
      'answerInlineQuery',
      {
        inline_query_id: '1',
        results: Array.from({ length: 51 }, (_, i) => ({ type: 'article', id: String(i) })),
      },
    ],
    ['a command with capitals', 'setMyCommands', { commands: [{ command: 'Cari', description: 'Cari' }] }],
    ['a description over 512 characters', 'setMyDescription', { description: 'a'.repeat(513) }],
    ['a webhook over plain http', 'setWebhook', { url: 'http://bot.example.org/hook' }],
  ])('refuses %s with 400 and lists it', async (_case, method, payload) => {
    const answer = await call(method, payload)
    expect(answer).toMatchObject({ ok: false, error_code: 400 })
    expect(server.refusals).toHaveLength(1)
  })

  it('refuses an edit that changes nothing, and an edit of a message that does not exist', async () => {
    const sent = (await call('sendMessage', { chat_id: 1, text: 'Penerima: 2' })).result as {
      message_id: number
    }
    expect(
      (await call('editMessageText', { chat_id: 1, message_id: sent.message_id, text: 'Penerima: 2' }))
        .description,
    ).toMatch(/message is not modified/)
    expect((await call('editMessageText', { chat_id: 1, message_id: 999, text: 'x' })).description).toMatch(
      /message to edit not found/,
    )
    expect(
      (await call('editMessageText', { chat_id: 1, message_id: sent.message_id, text: 'Penerima: 3' })).ok,
    ).toBe(true)
    expect(server.chat(1).map((message) => message.text)).toEqual(['Penerima: 3'])
  })

  it('keeps the profile per language', async () => {
    await call('setMyCommands', { commands: [{ command: 'cari', description: 'Cari inovasi' }] })
    await call('setMyCommands', { commands: [{ command: 'help', description: 'Help' }], language_code: 'en' })
    expect((await call('getMyCommands', { language_code: 'en' })).result).toEqual([
      { command: 'help', description: 'Help' },
    ])
    expect(server.profile('').commands).toEqual([{ command: 'cari', description: 'Cari inovasi' }])
  })

  it.each([
    [
      'nested styles',
      [
        { type: 'bold', offset: 0, length: 6 },
        { type: 'italic', offset: 1, length: 2 },
      ],
      undefined,
    ],
    [
      'a link inside bold',
      [
        { type: 'bold', offset: 0, length: 6 },
        { type: 'text_link', offset: 0, length: 3 },
      ],
      undefined,
    ],
    [
      'bold inside code',
      [
        { type: 'code', offset: 0, length: 6 },
        { type: 'bold', offset: 1, length: 2 },
      ],
      /can't be inside/,
    ],
    [
      'a blockquote in a blockquote',
      [
        { type: 'blockquote', offset: 0, length: 6 },
        { type: 'blockquote', offset: 1, length: 2 },
      ],
      /nested/,
    ],
  ])('entity nesting: %s', (_case, entities, problem) => {
    const found = entityNestingProblem(entities)
    if (problem) expect(found).toMatch(problem)
    else expect(found).toBeUndefined()
  })

  it.each([
    ['*tebal* dan _miring_', undefined],
    ['Selesai\\.', undefined],
    ['[tautan](https://example.org)', undefined],
    ['*tidak ditutup', /end of the entity/],
    ['1 + 1', /reserved/],
  ])('MarkdownV2 %j', (text, problem) => {
    const found = markdownV2Problem(text)
    if (problem) expect(found).toMatch(problem)
    else expect(found).toBeUndefined()
  })
})
