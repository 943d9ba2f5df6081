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

  it('treats empty values as unset, as a .env file with KEY= does', () => {
    expect(loadConfig({ BOT_TOKEN: '', DATABASE_URL: '' }).botToken).toBeUndefined()
  })

  it.each([
    ['BOT_TOKEN', 'not-a-token', 'BotFather'],
    ['DATABASE_URL', 'mysql://x', 'postgres://'],
    ['BOT_API_ROOT', 'ftp://x', 'http'],
    ['ADMIN_IDS', '12,abc', 'abc'],
    ['LOG_LEVEL', 'loud', 'expected one of'],
  ])('names %s when it is %j and says what is expected', (key, value, hint) => {
    const attempt = () => loadConfig({ [key]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(new RegExp(`${key}: .*${hint}`))
  })

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'x', LOG_LEVEL: 'loud' })).toThrow(/BOT_TOKEN[\s\S]*LOG_LEVEL/)
  })
})
