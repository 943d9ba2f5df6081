import { pino } from 'pino'

export type Logger = pino.Logger

/**
 * The one logger. Secrets are removed twice: by key (anything that looks like a token or secret, and the
 * webhook's `secret_token` in the payload grammY attaches to a failed setWebhook) and by value (the bot
 * token appears inside Bot API URLs, which grammY puts in error messages).
 */
export function createLogger(options: {
  level: string
  secrets?: readonly (string | undefined)[]
  destination?: pino.DestinationStream
}): Logger {
  const secrets = (options.secrets ?? []).filter((secret): secret is string => Boolean(secret))
  const scrub = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[REDACTED]'), text)
  return pino(
    {
      level: options.level,
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          '*.botToken',
          'secret',
          '*.secret',
          'secret_token',
          '*.secret_token',
          '*.payload.secret_token',
        ],
        censor: '[REDACTED]',
      },
      hooks: {
        streamWrite: secrets.length > 0 ? scrub : (text) => text,
      },
    },
    options.destination,
  )
}
