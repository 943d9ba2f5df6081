import { beforeAll, describe, expect, it } from 'vitest'
import { readCommand, readRequest } from '../../src/bot/features/subscription/request.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { testRegions } from '../support/database.ts'

/** What `/langganan <text>` is read as: the things it names, in order, as the confirmation lists them. */
describe('reading what /langganan asks for', () => {
  let regions: RegionCatalogue
  beforeAll(async () => {
    regions = await testRegions()
  })
  const named = (text: string) => {
    const request = readRequest(regions, text)
    return request.kind === 'change' ? request.items.map((item) => item.label || 'semua') : request.kind
  }

  it.each([
    ['kesehatan sulsel', ['Kesehatan', 'Sulawesi Selatan']],
    ['sulsel jatim', ['Sulawesi Selatan', 'Jawa Timur']],
    ['kesehatan dan pendidikan', ['Kesehatan', 'Pendidikan']],
    ['lingkungan hidup kab. magetan', ['Lingkungan Hidup', 'Kabupaten Magetan, Jawa Timur']],
    ['lingkungan hidup', ['Lingkungan Hidup']],
    ['magetan jawa timur', ['Kabupaten Magetan, Jawa Timur']],
    ['semua', ['semua']],
    ['bandung', 'ambiguous'],
    ['magetn', 'guessed'],
    ['planet mars', 'unknown'],
  ])('"%s" names %j', (text, expected) => {
    expect(named(text)).toEqual(expected)
  })

  it.each([
    ['hapus lotim', { remove: true, text: 'lotim' }],
    ['-lotim', { remove: true, text: 'lotim' }],
    ['- lotim', { remove: true, text: 'lotim' }],
    ['Hapus Kesehatan', { remove: true, text: 'Kesehatan' }],
    ['hapus', { remove: true, text: '' }],
    ['lotim', { remove: false, text: 'lotim' }],
    ['hapusan', { remove: false, text: 'hapusan' }],
  ])('"%s" is read as %j', (text, expected) => {
    expect(readCommand(text)).toEqual(expected)
  })
})
