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
      rejectionReasonTimeoutMinutes: 10,
      maxPendingSubmissions: 3,
      broadcastRatePerSecond: 25,
      webhook: undefined,
      port: undefined,
      shutdownTimeoutSeconds: 10,
      starterCatalogue: 'all',
    })
  })

  it.each(['all', 'seeds', 'none'] as const)('reads STARTER_CATALOGUE=%s', (value) => {
    expect(loadConfig({ STARTER_CATALOGUE: value }).starterCatalogue).toBe(value)
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
    ['REJECTION_REASON_TIMEOUT_MINUTES', '0', 'above 0'],
    ['REJECTION_REASON_TIMEOUT_MINUTES', 'sebentar', 'number of minutes'],
    ['MAX_PENDING_SUBMISSIONS', '2.5', 'whole number'],
    ['MAX_PENDING_SUBMISSIONS', '0', 'at least 1'],
    ['BROADCAST_RATE_PER_SECOND', '0', 'above 0'],
    ['BROADCAST_RATE_PER_SECOND', 'cepat', 'messages per second'],
    ['BROADCAST_RATE_PER_SECOND', '5000', 'at most 1000'],
    ['WEBHOOK_URL', 'http://bot.example.org/telegram/x1', 'https://'],
    ['WEBHOOK_URL', 'ftp://bot.example.org/telegram/x1', 'https://'],
    ['WEBHOOK_SECRET', 'rahasia kita', 'A-Z, a-z, 0-9, _ and -'],
    ['WEBHOOK_SECRET', 'x'.repeat(257), '1-256 characters'],
    ['PORT', 'delapan', 'port number'],
    ['PORT', '70000', 'up to 65535'],
    ['SHUTDOWN_TIMEOUT_SECONDS', '0', 'above 0'],
    ['STARTER_CATALOGUE', 'semua', 'expected all .*, seeds .* or none'],
  ])('names %s when it is %j and says what is expected', (key, value, hint) => {
    const attempt = () => loadConfig({ [key]: value })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(new RegExp(`${key}: .*${hint}`))
  })

  describe('webhook mode', () => {
    const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'
    const HOOK = 'https://bot.example.org/telegram/3f9c2a7e1b'

    it('takes updates on the path of WEBHOOK_URL, checks WEBHOOK_SECRET and listens on 8080 by default', () => {
      const config = loadConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: HOOK, WEBHOOK_SECRET: 'Rahasia_123-x' })
      expect(config.webhook).toEqual({ url: HOOK, path: '/telegram/3f9c2a7e1b', secret: 'Rahasia_123-x' })
      expect(config.port).toBe(8080)
    })

    it('listens on PORT when given, in webhook mode and for health checks while polling', () => {
      expect(
        loadConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: HOOK, WEBHOOK_SECRET: 's', PORT: '3000' }).port,
      ).toBe(3000)
      expect(loadConfig({ BOT_TOKEN: TOKEN, PORT: '9000' })).toMatchObject({ webhook: undefined, port: 9000 })
    })

    it('accepts an http:// webhook on any port behind a self-hosted Bot API server (BOT_API_ROOT)', () => {
      const local = 'http://bot.internal:8443/telegram/3f9c2a7e1b'
      const env = { BOT_TOKEN: TOKEN, WEBHOOK_URL: local, WEBHOOK_SECRET: 's' }
      expect(() => loadConfig(env)).toThrow(/WEBHOOK_URL: .*https:\/\/.*BOT_API_ROOT/)
      const config = loadConfig({ ...env, BOT_API_ROOT: 'http://127.0.0.1:8081' })
      expect(config.webhook).toEqual({ url: local, path: '/telegram/3f9c2a7e1b', secret: 's' })
    })

    it.each([
      ['without WEBHOOK_SECRET', { WEBHOOK_URL: HOOK }, /WEBHOOK_SECRET: required with WEBHOOK_URL/],
      [
        'without BOT_TOKEN',
        { WEBHOOK_URL: HOOK, WEBHOOK_SECRET: 's', BOT_TOKEN: '' },
        /WEBHOOK_URL: .*BOT_TOKEN/,
      ],
      [
        'with no path',
        { WEBHOOK_URL: 'https://bot.example.org', WEBHOOK_SECRET: 's' },
        /WEBHOOK_URL: .*random path/,
      ],
      [
        'with the token in the URL',
        { WEBHOOK_URL: `https://bot.example.org/${TOKEN}`, WEBHOOK_SECRET: 's' },
        /WEBHOOK_URL: must not contain the bot token/,
      ],
      [
        'on the health check path',
        { WEBHOOK_URL: 'https://bot.example.org/healthz', WEBHOOK_SECRET: 's' },
        /WEBHOOK_URL: \/healthz is the health check/,
      ],
    ])('refuses a webhook %s and names the variable', (_case, env, message) => {
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, ...env })).toThrow(message)
    })
  })

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ BOT_TOKEN: 'x', LOG_LEVEL: 'loud' })).toThrow(/BOT_TOKEN[\s\S]*LOG_LEVEL/)
  })
})
