import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.ts'

describe('configuration', () => {
  it('needs nothing: no token means the local chat, no URL means embedded PGlite', () => {
    expect(loadConfig({})).toEqual({
      botToken: undefined,
      databaseUrl: undefined,
      pgliteDir: './data/pglite',
      botApiRoot: undefined,
      adminIds: [],
      logLevel: undefined,
      submissionDraftTtlHours: 24,
      maxPendingSubmissions: 3,
      broadcastRatePerSecond: 25,
    })
  })

  it('reads every documented variable', () => {
    const config = loadConfig({
      BOT_TOKEN: '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      PGLITE_DIR: '/tmp/x',
      BOT_API_ROOT: 'http://127.0.0.1:8081/',
      ADMIN_IDS: '12, 34',
      LOG_LEVEL: 'debug',
    })
    expect(config).toMatchObject({
      adminIds: [12, 34],
      botApiRoot: 'http://127.0.0.1:8081',
      logLevel: 'debug',
    })
  })

  it('reads the submission limits: draft lifetime in hours and pending submissions per person', () => {
    const config = loadConfig({ SUBMISSION_DRAFT_TTL_HOURS: '1.5', MAX_PENDING_SUBMISSIONS: '5' })
    expect(config).toMatchObject({ submissionDraftTtlHours: 1.5, maxPendingSubmissions: 5 })
  })

  it('reads the broadcast rate, which may be a fraction of a message per second', () => {
    expect(loadConfig({ BROADCAST_RATE_PER_SECOND: '0.5' }).broadcastRatePerSecond).toBe(0.5)
  })

  it('treats empty values as unset, as a .env file with KEY= does', () => {
    expect(loadConfig({ BOT_TOKEN: '', DATABASE_URL: '' }).botToken).toBeUndefined()
  })

  it.each([
    ['BOT_TOKEN', 'not-a-token', 'BotFather'],
    ['DATABASE_URL', 'mysql://x', 'postgres://'],
    ['BOT_API_ROOT', 'ftp://x', 'http'],
    ['ADMIN_IDS', '12,abc', 'abc'],
    ['LOG_LEVEL', 'loud', 'expected one of'],
    ['SUBMISSION_DRAFT_TTL_HOURS', '0', 'above 0'],
    ['SUBMISSION_DRAFT_TTL_HOURS', 'sehari', 'number of hours'],
    ['MAX_PENDING_SUBMISSIONS', '2.5', 'whole number'],
    ['MAX_PENDING_SUBMISSIONS', '0', 'at least 1'],
    ['BROADCAST_RATE_PER_SECOND', '0', 'above 0'],
    ['BROADCAST_RATE_PER_SECOND', 'cepat', 'messages per second'],
    ['BROADCAST_RATE_PER_SECOND', '5000', 'at most 1000'],
  ])('names %s when it is %j and says what is expected', (key, value, hint) => {
    const attempt = () => loadConfig({ [key]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(new RegExp(`${key}: .*${hint}`))
  })

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'x', LOG_LEVEL: 'loud' })).toThrow(/BOT_TOKEN[\s\S]*LOG_LEVEL/)
  })
})
