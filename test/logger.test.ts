import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createLogger } from '../src/logger.ts'

const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'

function capture() {
  let written = ''
  const destination = new Writable({
    write(chunk, _encoding, done) {
      written += chunk.toString()
      done()
    },
  })
  return { destination, written: () => written }
}

describe('the logger', () => {
  it('never prints the bot token, wherever it hides', () => {
    const { destination, written } = capture()
    const logger = createLogger({ level: 'info', secrets: [TOKEN], destination })
    logger.error(
      { err: new Error(`Network request for 'https://api.telegram.org/bot${TOKEN}/getMe' failed`) },
      'oops',
    )
    logger.info({ config: { botToken: TOKEN }, token: TOKEN }, `using ${TOKEN}`)
    expect(written()).not.toContain(TOKEN)
    expect(written()).toContain('[REDACTED]')
  })

  it('writes JSON lines at the configured level', () => {
    const { destination, written } = capture()
    const logger = createLogger({ level: 'warn', destination })
    logger.info('hidden')
    logger.warn({ update_id: 7 }, 'shown')
    const lines = written()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toEqual([expect.objectContaining({ msg: 'shown', update_id: 7, level: 40 })])
  })
})
