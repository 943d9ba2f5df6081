import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts'
import { answer, expectQuestion, newPerson } from './submission-flow.ts'

const UNAVAILABLE = 'Maaf, sedang ada gangguan pada layanan kami.'

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
})
