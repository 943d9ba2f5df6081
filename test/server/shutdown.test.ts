import { describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { createShutdown } from '../../src/server/shutdown.ts'

const logger = createLogger({ level: 'silent' })

describe('the graceful shutdown', () => {
  it('runs every step in order, goes on past a failing one, and exits 0', async () => {
    const done: string[] = []
    const exits: number[] = []
    const shutdown = createShutdown({
      steps: [
        { name: 'updates', run: async () => void done.push('updates') },
        {
          name: 'sender',
          run: async () => {
            throw new Error('stuck')
          },
        },
        { name: 'database', run: async () => void done.push('database') },
      ],
      timeoutMs: 1000,
      logger,
      exit: (code) => void exits.push(code),
    })
    await shutdown('SIGTERM')
    expect(done).toEqual(['updates', 'database'])
    expect(exits).toEqual([0])
  })

  it('exits 1 when the steps take longer than the timeout', async () => {
    const exits: number[] = []
    const shutdown = createShutdown({
      steps: [{ name: 'hangs', run: () => new Promise(() => {}) }],
      timeoutMs: 30,
      logger,
      exit: (code) => void exits.push(code),
    })
    void shutdown('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(exits).toEqual([1])
  })

  it('runs once, however often it is asked (SIGTERM and a fatal error together)', async () => {
    let runs = 0
    const exits: number[] = []
    const shutdown = createShutdown({
      steps: [{ name: 'count', run: async () => void runs++ }],
      timeoutMs: 1000,
      logger,
      exit: (code) => void exits.push(code),
    })
    await Promise.all([shutdown('SIGTERM'), shutdown('fatal', 1)])
    expect(runs).toBe(1)
    expect(exits).toEqual([0])
  })
})
