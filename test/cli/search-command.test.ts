import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchCommand } from '../../src/cli/search-command.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import type { Runtime } from '../../src/runtime.ts'
import { createSearchableDatabase } from '../support/database.ts'

const t = translatorFor(createI18n())

describe('npm run cli -- search', () => {
  let runtime: Runtime
  beforeAll(async () => {
    const fixture = await createSearchableDatabase()
    runtime = { ...fixture, close: async () => {} }
    afterAll(() => fixture.close())
  })

  const run = async (args: Partial<Parameters<typeof searchCommand>[0]>, stdin = '') => {
    const streamed: string[] = []
    const result = await searchCommand(
      { query: undefined, json: false, limit: undefined, stdin: false, ...args },
      async () => runtime,
      t,
      Readable.from([stdin]),
      (line) => streamed.push(line),
    )
    return { ...result, streamed }
  }

  it('prints the results as the bot shows them', async () => {
    const { exitCode, lines } = await run({ query: 'ojek bumil magetan' })
    expect(exitCode).toBe(0)
    expect(lines[0]).toContain('1. JEK-MIL (Ojek Ibu Hamil)')
  })

  it('prints one JSON object with what was understood and the ranked results', async () => {
    const { lines } = await run({ query: 'top 99 banjarnegara', json: true, limit: '1' })
    const answer = JSON.parse(lines[0] ?? '')
    expect(answer).toMatchObject({
      query: 'top 99 banjarnegara',
      understood: {
        regions: [{ label: 'Kabupaten Banjarnegara, Jawa Tengah', kind: 'regency' }],
        awards: ['top 99'],
      },
      total: 2,
    })
    expect(answer.results).toHaveLength(1)
    expect(Object.keys(answer.results[0])).toEqual([
      'id',
      'name',
      'expansion',
      'agency',
      'regency',
      'province',
      'year',
      'awards',
      'score',
    ])
  })

  it('answers many queries from standard input, one JSON line each, in one process', async () => {
    const { streamed } = await run({ stdin: true }, 'jekmil\n\nlabu kuning\n')
    expect(streamed.map((line) => JSON.parse(line).results[0]?.name)).toEqual(['JEK-MIL', 'Khamajaya Pumkin'])
  })

  it.each([
    [{ query: '' }, 'Tulis kuerinya'],
    [{ query: 'x', limit: 'banyak' }, '--limit harus bilangan bulat'],
  ])('refuses %j with a clear message and exit 1', async (args, message) => {
    const { exitCode, lines } = await run(args)
    expect(exitCode).toBe(1)
    expect(lines[0]).toContain(message)
  })
})
