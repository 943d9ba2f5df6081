import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { extractInnovations } from '../src/domain/extraction/extract.ts'
import { quantile } from './support/stats.ts'

/**
 * Times `extractInnovations` on 5,000-character award articles: what an admin waits for after pasting an
 * article into /berita or running `cli extract` (the regions are loaded once, at start-up, in both). The
 * articles are the real fixture articles, each followed by the next ones until it is 5,000 characters long.
 */
const ARTICLE_LENGTH = 5000
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const ARTICLES = fileURLToPath(new URL('../test/fixtures/articles/', import.meta.url))

function realTexts(): string[] {
  return ['seeds', 'dev'].flatMap((dir) =>
    readdirSync(join(ARTICLES, dir))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => readFileSync(join(ARTICLES, dir, file), 'utf8')),
  )
}

function articlesOfLength(texts: readonly string[], length: number): string[] {
  return texts.map((_, start) => {
    let article = ''
    for (let i = start; article.length < length; i = (i + 1) % texts.length) article += `${texts[i]}\n\n`
    return article.slice(0, length)
  })
}

const regions = await loadRegionCatalogue()
const articles = articlesOfLength(realTexts(), ARTICLE_LENGTH)
const thisYear = new Date().getFullYear()
for (const article of articles) extractInnovations(article, { regions, thisYear })

const timings: number[] = []
let drafts = 0
for (let round = 0; round < ROUNDS; round++) {
  for (const article of articles) {
    const started = performance.now()
    drafts += extractInnovations(article, { regions, thisYear }).length
    timings.push(performance.now() - started)
  }
}
const ms = (value: number) => value.toFixed(2)
process.stdout.write(
  `extract-bench detail: chars=${ARTICLE_LENGTH} rounds=${ROUNDS} runs=${timings.length} drafts_per_article=${(drafts / timings.length).toFixed(1)} max_ms=${ms(Math.max(...timings))} target_p95_ms=50\n`,
)
process.stdout.write(
  `extract-bench: articles=${articles.length} p50_ms=${ms(quantile(timings, 0.5))} p95_ms=${ms(quantile(timings, 0.95))}\n`,
)
