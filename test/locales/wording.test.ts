import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n, LOCALES_DIR } from '../../src/i18n.ts'

const i18n = createI18n()
const source = (locale: string) => readFileSync(join(LOCALES_DIR, `${locale}.ftl`), 'utf8')
const keysOf = (text: string) => [...text.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1] ?? '')
const ID_KEYS = keysOf(source('id'))

/** Variables that hold a sentence someone wrote (it may end with a full stop of its own). */
const SENTENCE_VARIABLES = new Set(['reason', 'text', 'problem', 'impact', 'description', 'detail'])

/** The variables a message uses, each given a value; sentences end with a full stop. */
function sampleVariables(key: string, text: string): Record<string, string | number> {
  const block = text.slice(text.indexOf(`\n${key} =`) + 1).split(/\n(?=[a-z#])/)[0] ?? ''
  const names = [...block.matchAll(/\$([a-zA-Z]+)/g)].map((match) => match[1] ?? '')
  return Object.fromEntries(
    names.map((name) => [name, SENTENCE_VARIABLES.has(name) ? 'Kalimat lengkap.' : 'Wajo']),
  )
}

/** Every Indonesian message as a user would read it, with sample values in its variables. */
const rendered = ID_KEYS.map((key) => [key, i18n.t('id', key, sampleVariables(key, source('id')))] as const)

/**
 * English words that crept into Indonesian messages before (field names, button words). Command names
 * (/search), options (--skip-invalid), addresses and @mentions are code, not words, and are left out.
 */
const ENGLISH_WORDS = [
  'regency',
  'agency',
  'province',
  'theme',
  'submit',
  'submission',
  'cancel',
  'skip',
  'search',
  'subscribe',
  'unsubscribe',
  'award',
  'region',
  'field',
  'preview',
  'ambiguous',
  'pending',
  'draft',
  'year',
  'name',
  'source',
  'back',
  'send',
  'done',
  'error',
]

/** Terminal messages quote the CLI's own subcommands ("npm run -s cli -- search"): code, not words. */
const TERMINAL_KEYS = /^(cli-|announce-cli-)/

/** The words of a message, without what is code: commands, options, addresses, mentions. */
const wordsOf = (text: string) =>
  text
    .replace(/\S*[/@]\S*/g, ' ')
    .replace(/--\S+/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)

/** Keys the code names literally (`t('key')`, `ctx.t('key', …)`), from every source file. */
function keysUsedInCode(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) found.push(...keysUsedInCode(path))
    else if (path.endsWith('.ts')) {
      const code = readFileSync(path, 'utf8')
      for (const match of code.matchAll(/\bt\(\s*'([a-z][a-z0-9-]*)'/g)) found.push(match[1] ?? '')
    }
  }
  return found
}

describe('the words of the bot (locales/id.ftl, then en.ftl)', () => {
  it('has every Indonesian key in English too, and no English key without an Indonesian one', () => {
    expect(keysOf(source('en')).sort()).toEqual([...ID_KEYS].sort())
  })

  it('knows every key the code asks for, so no raw key ever reaches a person', () => {
    const missing = [...new Set(keysUsedInCode(join(LOCALES_DIR, '..', 'src')))].filter(
      (key) => !ID_KEYS.includes(key),
    )
    expect(missing).toEqual([])
    for (const [key, text] of rendered) expect(text, key).not.toMatch(/\{|\}|^[a-z]+(-[a-z]+)+$/)
  })

  it('never doubles punctuation (".." ",," "!!"), even after a sentence someone wrote', () => {
    const doubled = rendered.filter(([, text]) => /\.\.|,,|!!|\?\?|:\s*:/.test(text.replaceAll('…', '')))
    expect(doubled.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('uses no English words in Indonesian text', () => {
    const english = rendered.flatMap(([key, text]) =>
      TERMINAL_KEYS.test(key)
        ? []
        : wordsOf(text)
            .filter((word) => ENGLISH_WORDS.includes(word))
            .map((word) => `${key}: ${word}`),
    )
    expect(english).toEqual([])
  })

  it('says an unsure delivery in plain words, and nothing when there is none', () => {
    const progress = (ambiguous: number) =>
      i18n.t('id', 'announce-progress', { total: 3, sent: 2, pending: 0, failed: 0, skipped: 0, ambiguous })
    expect(progress(0)).toBe('Penerima: 3 · terkirim: 2 · menunggu: 0 · gagal: 0 · dilewati: 0')
    expect(progress(1)).toBe(
      'Penerima: 3 · terkirim: 2 · menunggu: 0 · gagal: 0 · dilewati: 0 · belum pasti sampai (dikirim ulang bila perlu): 1',
    )
  })

  it('gives "Mirip" and "Sumber" different symbols', () => {
    const symbol = (key: string) => [...i18n.t('id', key, { source: 'x' })][0]
    expect(symbol('card-button-similar')).not.toBe(symbol('card-source'))
  })
})
