import { parseArgs } from 'node:util'
import { pino } from 'pino'
import { loadRegionCatalogue } from '../db/sources/regions.ts'
import { createI18n, translatorFor } from '../i18n.ts'
import { createLogger } from '../logger.ts'
import { openCatalogue, openRuntime } from '../runtime.ts'
import { announceCommand, announceStatusCommand, announceUpdateCommand } from './announce-command.ts'
import { exportCommand } from './export-command.ts'
import { extractCommand, readStandardInput } from './extract-command.ts'
import { importCommand } from './import-command.ts'
import { searchCommand } from './search-command.ts'
import { exitOnStartupError, loadConfigOrExit } from './startup.ts'

const config = loadConfigOrExit(process.env)
const logger = createLogger({ level: config.logLevel ?? 'warn', destination: pino.destination(2) })
const t = translatorFor(createI18n())
const orExit = (error: unknown) => exitOnStartupError(error, t, logger)
const openDatabase = () => openRuntime(config, logger).catch(orExit)
const openCatalogueOnly = () => openCatalogue(config, logger).catch(orExit)

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'skip-invalid': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    format: { type: 'string' },
    query: { type: 'string' },
    out: { type: 'string' },
    stdin: { type: 'boolean', default: false },
    title: { type: 'string' },
    year: { type: 'string' },
    level: { type: 'string' },
    stage: { type: 'string' },
    innovation: { type: 'string', multiple: true, default: [] },
    'add-innovation': { type: 'string', multiple: true, default: [] },
    'remove-innovation': { type: 'string', multiple: true, default: [] },
  },
})
const [command, ...rest] = positionals

async function dispatch(): Promise<{ exitCode: number; lines: string[] }> {
  switch (command) {
    case 'import':
      return importCommand(
        { file: rest[0], skipInvalid: values['skip-invalid'], dryRun: values['dry-run'] },
        openCatalogueOnly,
        t,
      )
    case 'export': {
      const { format, query, out } = values
      const open = { catalogue: openCatalogueOnly, withSearch: openDatabase }
      return exportCommand({ format, query, out }, open, t, process.stdout)
    }
    case 'search': {
      const args = { query: rest.join(' '), json: values.json, limit: values.limit, stdin: values.stdin }
      return searchCommand(args, openDatabase, t, process.stdin, (line) => process.stdout.write(`${line}\n`))
    }
    case 'announce': {
      const { title, year, level, stage, innovation } = values
      return announceCommand({ title, year, level, stage, innovations: innovation }, openDatabase, t)
    }
    case 'announce-update': {
      const { title, stage } = values
      const changes = { add: values['add-innovation'], remove: values['remove-innovation'] }
      return announceUpdateCommand({ id: rest[0], title, stage, ...changes }, openDatabase, t)
    }
    case 'extract': {
      const thisYear = new Date().getFullYear()
      const readInput = () => readStandardInput(process.stdin)
      return extractCommand({ file: rest[0], json: values.json }, loadRegionCatalogue, t, readInput, thisYear)
    }
    case 'announce-status':
      return announceStatusCommand({ id: rest[0] }, openDatabase, t)
    case undefined:
    case 'help':
      return { exitCode: command ? 0 : 1, lines: [t('cli-usage')] }
    default:
      return { exitCode: 1, lines: [t('cli-unknown-command', { command }), t('cli-usage')] }
  }
}

const { exitCode, lines } = await dispatch()
process.stdout.write(lines.map((line) => `${line}\n`).join(''))
process.exitCode = exitCode
