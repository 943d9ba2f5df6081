import type { Logger } from '../logger.ts'

/** One thing to stop, in order: stop taking updates first, close the database last. */
export interface ShutdownStep {
  name: string
  run(): Promise<void>
}

export interface ShutdownOptions {
  steps: readonly ShutdownStep[]
  /** The whole shutdown may take this long; then the process exits with status 1 anyway. */
  timeoutMs: number
  logger: Logger
  /** `process.exit`; tests pass a fake. */
  exit?: (code: number) => void
}

/**
 * A graceful shutdown: each step in order (a failing step is logged and the next one still runs), then
 * exit 0; exit 1 when it takes longer than `timeoutMs`, or when asked with a failure code. Calling it
 * again while it runs does nothing, so SIGTERM and a fatal error cannot stop things twice.
 */
export function createShutdown(options: ShutdownOptions): (reason: string, code?: number) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code))
  let running: Promise<void> | undefined
  return (reason, code = 0) => {
    running ??= (async () => {
      const { logger } = options
      logger.info({ reason }, 'shutting down')
      const deadline = setTimeout(() => {
        logger.error({ timeoutMs: options.timeoutMs }, 'shutdown took too long; exiting anyway')
        exit(1)
      }, options.timeoutMs)
      for (const step of options.steps) {
        const started = performance.now()
        try {
          await step.run()
          logger.debug({ step: step.name, ms: Math.round(performance.now() - started) }, 'shutdown step done')
        } catch (error) {
          logger.error({ err: error, step: step.name }, 'shutdown step failed')
        }
      }
      clearTimeout(deadline)
      logger.info({ code }, 'stopped')
      exit(code)
    })()
    return running
  }
}

/** SIGTERM (orchestrators) and SIGINT (Ctrl+C) start the shutdown; a second Ctrl+C exits at once. */
export function shutdownOnSignals(shutdown: (reason: string) => Promise<void>, logger: Logger) {
  let signalled = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled && signal === 'SIGINT') {
      logger.warn('second Ctrl+C: exiting without waiting')
      process.exit(1)
    }
    signalled = true
    void shutdown(signal)
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
