import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/processes.ts'

const BOT_SOURCES = join(ROOT, 'src', 'bot')

function sourcesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return sourcesUnder(path)
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : []
  })
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort()

/**
 * Every command the bot registers (`.command('x')` or `.command(['x', 'y'])` anywhere under src/bot), read
 * from the source so a command added later reaches the fuzzer and the authorisation matrix by itself.
 */
export function registeredCommands(): string[] {
  const found: string[] = []
  for (const source of sourcesUnder(BOT_SOURCES)) {
    for (const match of source.matchAll(/\.command\(\s*(\[[^\]]*\]|'[^']*')/g)) {
      for (const name of (match[1] ?? '').matchAll(/'([^']+)'/g)) found.push(name[1] ?? '')
    }
  }
  return unique(found.filter(Boolean))
}

/** Every callback-data prefix (`codec('xx', …)`) under src/bot: each one is a button someone can forge. */
export function callbackPrefixes(): string[] {
  const found: string[] = []
  for (const source of sourcesUnder(BOT_SOURCES)) {
    for (const match of source.matchAll(/\bcodec\(\s*'([^']+)'/g)) found.push(match[1] ?? '')
  }
  return unique(found.filter(Boolean))
}
