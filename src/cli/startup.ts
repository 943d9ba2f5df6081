import { existsSync } from 'node:fs'
import { type Config, ConfigError, loadConfig } from '../config.ts'
import { DatabaseBusyError } from '../db/directory-lock.ts'
import type { Translate } from '../i18n.ts'
import type { Logger } from '../logger.ts'

/** Exit status for a configuration that cannot work (distinct from a failure at run time). */
export const EXIT_CONFIG = 2

/**
 * Parses the environment (plus `.env` in the working folder, if there is one; real variables win), or says
 * which variable is wrong and why and exits 2, without a stack trace.
 */
export function loadConfigOrExit(env: Record<string, string | undefined>): Config {
  if (existsSync('.env')) process.loadEnvFile('.env')
  try {
    return loadConfig(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(EXIT_CONFIG)
  }
}

/** A start-up failure a person can act on gets a sentence; anything else is logged in full. */
export function exitOnStartupError(error: unknown, t: Translate, logger: Logger): never {
  if (error instanceof DatabaseBusyError) {
    process.stderr.write(`${t('database-busy', { dir: error.dataDir, pid: String(error.pid) })}\n`)
  } else {
    logger.fatal({ err: error }, 'start-up failed')
  }
  process.exit(1)
}
