import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { quotationFor, readNewsSource, sourceLabel } from '../../../src/domain/extraction/news-source.ts'

const MAGETAN = readFileSync(
  new URL('../../fixtures/articles/seeds/001_0dee8b151096b711.txt', import.meta.url),
  'utf8',
)
const ADDRESS = 'https://lenteratoday.com/post/item/74869/Pemprov-Jatim-Beri-Penghargaan-Top-30-Kovablik-2021'

describe('the source of a pasted article', () => {
  it('takes the headline and the dateline, and no address when the text has none', () => {
    expect(readNewsSource(MAGETAN)).toMatchObject({
      title: 'MAGETAN RAIH PENGHARGAAN TOP INOVASI LAYANAN PUBLIK',
      dated: '9/11/2021',
      url: null,
    })
  })

  it('takes an address pasted on the first line out of the text, or the first link in the text', () => {
    const pasted = readNewsSource(`${ADDRESS}\n${MAGETAN}`)
    expect(pasted.url).toBe(ADDRESS)
    expect(pasted.text.startsWith('MAGETAN RAIH')).toBe(true)
    expect(readNewsSource(`Dikutip dari ${ADDRESS}.\nTeks berita.`).url).toBe(ADDRESS)
  })

  it('labels the source with what is known, within the catalogue limit', () => {
    expect(sourceLabel({ title: 'Judul', dated: '9/11/2021', url: ADDRESS })).toBe(
      `Judul (9/11/2021) — ${ADDRESS}`,
    )
    expect(sourceLabel({ title: null, dated: null, url: null })).toBeNull()
    expect(sourceLabel({ title: 'x'.repeat(600), dated: null, url: ADDRESS })).toBe(ADDRESS)
  })

  it('quotes at most two sentences about the innovation, and nothing when the article never names it', () => {
    const quote = quotationFor(MAGETAN, 'JEK-MIL') ?? ''
    expect(
      quote.startsWith('Kabupaten Magetan turut serta pada penghargaan ini melalui inovasi JEK-MIL'),
    ).toBe(true)
    expect(quote.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2)
    expect(quote.length).toBeLessThanOrEqual(400)
    expect(quotationFor(MAGETAN, 'Taquias')).toBeNull()
  })
})
