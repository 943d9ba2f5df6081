import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { toSearchDocument } from '../../../src/domain/innovations/innovation.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchIndex } from '../../../src/domain/search/types.ts'
import { validateImportRow } from '../../../src/domain/validation/import-row.ts'

/** Messages that suggest a search: the welcome, the help, search hints, the CLI and the local chat. */
const SEARCH_HINT_KEYS = /^(start-welcome|help-text|search-[a-z-]+|cli-search-[a-z-]+|local-chat-banner) =/
const QUOTED_EXAMPLE = /(?:contoh|misalnya|e\.g\.|for example):? "([^"]+)"/g
const UNQUOTED_EXAMPLE = /(?:misalnya|for example): \/cari ([^\n"]+)/g

/** Every search example a locale file gives people, read from the messages themselves. */
function examplesOf(file: string): string[] {
  const text = readFileSync(new URL(`../../../locales/${file}`, import.meta.url), 'utf8')
  const messages = text.split(/\n(?=[a-z][a-z-]* =)/).filter((message) => SEARCH_HINT_KEYS.test(message))
  const examples = messages.flatMap((message) => [
    ...[...message.matchAll(QUOTED_EXAMPLE)].map((match) => match[1] ?? ''),
    ...[...message.matchAll(UNQUOTED_EXAMPLE)].map((match) => match[1] ?? ''),
    ...(message.startsWith('start-welcome')
      ? [...message.matchAll(/^ {4}• (.+)$/gm)].map((match) => match[1] ?? '')
      : []),
  ])
  return [...new Set(examples.map((example) => example.replace(/^@bot /, '').trim()))]
}

const examples = [...new Set([...examplesOf('id.ftl'), ...examplesOf('en.ftl')])]

describe("the bot's own search examples answer on the shipped catalogue", () => {
  let index: SearchIndex

  beforeAll(async () => {
    const catalogue = await loadRegionCatalogue()
    index = createSearchIndex(catalogue)
    // The shipped catalogue (STARTER_CATALOGUE=all): the seed innovations, then the starter catalogue.
    const shipped = ['seed-catalog.jsonl', 'starter-catalog.jsonl'].flatMap((file) =>
      readFileSync(new URL(`../../../src/db/sources/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    )
    shipped.forEach((line, i) => {
      const result = validateImportRow(JSON.parse(line), catalogue, 2100)
      if (!result.ok) throw new Error(`catalogue row ${i + 1} is invalid`)
      index.upsert(toSearchDocument(i + 1, result.innovation))
    })
  })

  it('finds the examples in the messages (welcome, help, hints)', () => {
    expect(examples).toEqual(
      expect.arrayContaining(['inovasi kesehatan ibu di Sulsel', 'ibu hamil jatim 2021', 'jekmil']),
    )
    expect(examples.length).toBeGreaterThanOrEqual(6)
  })

  it.each(examples)('"%s" finds innovations that match every word', (example) => {
    const result = index.search(example)
    expect(result.total).toBeGreaterThan(0)
    expect(result.closestOnly).toBe(false)
  })
})
