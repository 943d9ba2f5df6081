import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { countDeliveries } from '../../src/db/repositories/deliveries.ts'
import {
  addSubscribers,
  announce,
  anyInnovationId,
  deliveryRows,
  range,
  startTestSender,
  waitUntil,
} from '../broadcast/support.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts'
import { answer, expectQuestion, newPerson } from './submission-flow.ts'

const UNAVAILABLE = 'Maaf, sedang ada gangguan pada layanan kami.'
/** How long the long outage lasts; the issue asks for the figure. */
const OUTAGE_MS = 12_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The database server goes away while the bot runs: a test-controlled proxy sits between them. */
describe.runIf(process.env.TEST_DATABASE_URL)('a database outage', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let proxy: TcpProxy
  let throughProxy: DatabaseHandle

  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    const direct = new URL(fixture.database.url ?? '')
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
    direct.port = String(proxy.port)
    throughProxy = await createDatabase({ url: direct.toString() })
  })
  afterAll(async () => {
    await throughProxy.close()
    await proxy.close()
    await fixture.close()
  })

  const person = () => {
    const { bot, api } = createTestBot({ ...fixture, database: throughProxy })
    return testUser(bot, api, newPerson())
  }

  it('answers "sedang ada gangguan" while it lasts, and recovers by itself when the server is back', async () => {
    const sari = person()
    await proxy.cut()
    await sari.send('/start')
    expect(sari.lastText()).toContain(UNAVAILABLE)
    await proxy.restore()
    await sari.send('/start')
    expect(sari.lastText()).toMatch(/^Halo, Bidan!/)
  })

  it('keeps a submission draft through the outage: the conversation goes on at the same step', async () => {
    const bidan = person()
    await bidan.send('/ajukan')
    await answer(bidan, 'name')
    expectQuestion(bidan, /^\(2\/13\)/)
    await proxy.cut()
    await answer(bidan, 'expansion')
    expect(bidan.lastText()).toContain(UNAVAILABLE)
    await proxy.restore()
    await answer(bidan, 'expansion')
    expectQuestion(bidan, /^\(3\/13\)/)
  })

  it('tells a user pressing a button during the outage, in the button notice', async () => {
    const sari = createTestBot({ ...fixture, database: throughProxy })
    const user = testUser(sari.bot, sari.api, SARI)
    await user.send('kesehatan')
    await proxy.cut()
    await user.click('pg:1:1')
    await proxy.restore()
    const notice = sari.api.calls.findLast((call) => call.method === 'answerCallbackQuery')
    expect(String(notice?.payload.text)).toContain(UNAVAILABLE)
  })

  it(`survives a ${OUTAGE_MS / 1000}-second outage with four people writing: each hears "gangguan" at once, no draft is lost, and all go on afterwards`, async () => {
    const drafting = [person(), person()]
    const searching = [person(), person()]
    for (const writer of drafting) {
      await writer.send('/ajukan')
      await answer(writer, 'name')
      expectQuestion(writer, /^\(2\/13\)/)
    }
    await proxy.cut()
    const started = performance.now()
    const latencies: number[] = []
    let rounds = 0
    const write = async (writer: ReturnType<typeof person>, text: () => Promise<unknown>) => {
      const sent = performance.now()
      await text()
      latencies.push(performance.now() - sent)
      expect(writer.lastText()).toContain(UNAVAILABLE)
    }
    while (performance.now() - started < OUTAGE_MS) {
      rounds++
      await Promise.all([
        ...drafting.map((writer) => write(writer, () => answer(writer, 'expansion'))),
        ...searching.map((writer) => write(writer, () => writer.send('kesehatan sulsel'))),
      ])
      await sleep(1000)
    }
    const outage = performance.now() - started
    await proxy.restore()
    const back = performance.now()
    let recovery = 0
    for (const writer of drafting) {
      await answer(writer, 'expansion')
      recovery ||= performance.now() - back
      expectQuestion(writer, /^\(3\/13\)/)
    }
    for (const writer of searching) {
      await writer.send('ojek bumil magetan')
      expect(writer.lastText()).toContain('JEK-MIL')
    }
    console.log(
      `outage: ${(outage / 1000).toFixed(1)} s without the database, ${rounds} rounds of 4 people writing; ` +
        `"gangguan" answered in at most ${Math.max(...latencies).toFixed(0)} ms; the first answer after it took ${recovery.toFixed(0)} ms, no restart`,
    )
    expect(outage).toBeGreaterThanOrEqual(OUTAGE_MS)
    expect(Math.max(...latencies)).toBeLessThan(2000)
  }, 60_000)

  it('finishes an announcement the database went away in the middle of: every subscriber gets it, no row is lost', async () => {
    const server = await startFakeBotApiServer()
    const chats = range(900_000, 200)
    await addSubscribers(
      fixture.database.db,
      chats.map((chatId) => ({ chatId })),
    )
    const title = 'Top 45 KIPP Gangguan'
    const { id } = await announce(fixture.database.db, title, [await anyInnovationId(fixture.database.db)])
    const sender = startTestSender(throughProxy, server)
    const received = () => server.messages.filter((message) => message.text.includes(title))
    try {
      await waitUntil(() => received().length >= 40, 20_000, 'the broadcast to be under way')
      await proxy.cut()
      const cutAt = received().length
      await sleep(5000)
      const duringOutage = received().length - cutAt
      await proxy.restore()
      await waitUntil(
        async () => (await countDeliveries(fixture.database.db, id)).pending === 0,
        30_000,
        'the end',
      )
      const rows = await deliveryRows(fixture.database.db, id)
      const perChat = new Map<number, number>()
      for (const { chatId } of received()) perChat.set(chatId, (perChat.get(chatId) ?? 0) + 1)
      const duplicates = [...perChat.values()].reduce((sum, count) => sum + count - 1, 0)
      const ambiguous = rows.reduce((sum, row) => sum + row.ambiguousSends, 0)
      console.log(
        `outage: a 5 s outage in the middle of a 200-chat announcement (cut after ${cutAt} messages, ` +
          `${duringOutage} more sent during it): all delivered, ${duplicates} duplicates (${ambiguous} ambiguous sends)`,
      )
      expect(rows.map((row) => row.status)).toEqual(chats.map(() => 'sent'))
      expect([...perChat.keys()].sort((a, b) => a - b)).toEqual(chats)
      expect(duplicates).toBeLessThanOrEqual(ambiguous)
    } finally {
      await sender.stop()
      await server.close()
    }
  }, 60_000)
})
