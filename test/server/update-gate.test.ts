import type { Update } from 'grammy/types'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { chatKeyOf, createUpdateGate, type UpdateGate } from '../../src/server/update-gate.ts'
import { createTestDatabase } from '../support/database.ts'

const logger = createLogger({ level: 'silent' })
const user = { id: 501, is_bot: false, first_name: 'Sari' }
const message = (chatId: number, updateId = 1) =>
  ({
    update_id: updateId,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'Sari' },
      from: user,
      text: 'x',
    },
  }) as Update

function deferred() {
  let resolve = () => {}
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms))

describe('which chat an update belongs to', () => {
  it.each([
    ['a message', message(-100123), '-100123'],
    [
      'a button under a message',
      {
        update_id: 1,
        callback_query: { id: '1', from: user, chat_instance: 'c', message: message(501).message },
      },
      '501',
    ],
    [
      'a button under an inline message',
      { update_id: 1, callback_query: { id: '1', from: user, chat_instance: 'c' } },
      '501',
    ],
    [
      'an inline query',
      { update_id: 1, inline_query: { id: '1', from: user, query: 'x', offset: '' } },
      undefined,
    ],
    [
      'the bot added to a group',
      { update_id: 1, my_chat_member: { chat: { id: -5, type: 'group', title: 'G' }, from: user, date: 0 } },
      '-5',
    ],
  ])('%s', (_case, update, key) => {
    expect(chatKeyOf(update as Update)).toBe(key)
  })
})

describe('the update gate', () => {
  const gates: UpdateGate[] = []
  const gate = (lockUrl?: string) => {
    const created = createUpdateGate({ lockUrl, logger, lockTimeoutMs: 5000 })
    gates.push(created)
    return created
  }
  afterEach(async () => {
    await Promise.all(gates.splice(0).map((g) => g.close()))
  })

  it('handles updates of one chat one after another, in the order they came', async () => {
    const g = gate()
    const first = deferred()
    const order: string[] = []
    const a = g.run(message(1, 1), async () => {
      await first.promise
      order.push('first')
    })
    const b = g.run(message(1, 2), async () => {
      order.push('second')
    })
    await tick()
    expect(order).toEqual([])
    expect(g.inFlight()).toBe(2)
    first.resolve()
    await Promise.all([a, b])
    expect(order).toEqual(['first', 'second'])
    expect(g.inFlight()).toBe(0)
  })

  it('handles different chats at the same time', async () => {
    const g = gate()
    const slow = deferred()
    let otherDone = false
    const a = g.run(message(1), () => slow.promise)
    await g.run(message(2), async () => {
      otherDone = true
    })
    expect(otherDone).toBe(true)
    slow.resolve()
    await a
  })

  it('passes a failure on to the caller and still lets the next update of the chat run', async () => {
    const g = gate()
    await expect(
      g.run(message(1), async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    let ran = false
    await g.run(message(1), async () => {
      ran = true
    })
    expect(ran).toBe(true)
  })

  it('idle() waits for every update in flight', async () => {
    const g = gate()
    const slow = deferred()
    void g.run(message(1), () => slow.promise)
    let idle = false
    const waiting = g.idle().then(() => {
      idle = true
    })
    await tick()
    expect(idle).toBe(false)
    slow.resolve()
    await waiting
    expect(idle).toBe(true)
  })

  it('handles the update anyway when the lock database is out of reach', async () => {
    const g = gate('postgres://postgres@127.0.0.1:1/none')
    let ran = false
    await g.run(message(1), async () => {
      ran = true
    })
    expect(ran).toBe(true)
  })

  describe.runIf(process.env.TEST_DATABASE_URL)('two processes on one Postgres', () => {
    it('never handle the same chat at the same time, and handle other chats meanwhile', async () => {
      const database = await createTestDatabase()
      try {
        const [one, two] = [gate(database.url), gate(database.url)]
        const slow = deferred()
        const events: string[] = []
        const a = one.run(message(7, 1), async () => {
          events.push('one: start')
          await slow.promise
          events.push('one: end')
        })
        await tick(100)
        const b = two.run(message(7, 2), async () => {
          events.push('two: start')
        })
        await two.run(message(8, 3), async () => {
          events.push('two: other chat')
        })
        await tick(100)
        expect(events).toEqual(['one: start', 'two: other chat'])
        slow.resolve()
        await Promise.all([a, b])
        expect(events).toEqual(['one: start', 'two: other chat', 'one: end', 'two: start'])
      } finally {
        await database.close()
      }
    })
  })
})
