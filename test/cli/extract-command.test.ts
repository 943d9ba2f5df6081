import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runEntry } from '../support/processes.ts'

const SEEDS = 'test/fixtures/articles/seeds'
const seed = (file: string) => join(SEEDS, file)

describe('npm run -s cli -- extract, as a user starts it', () => {
  it('prints the innovations of a seed article as JSON, with official region names, without a database', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'inovasi-extract-')), 'pglite')
    const run = await runEntry('src/cli/index.ts', ['extract', '--json', seed('003_2bb25256c1428816.txt')], {
      PGLITE_DIR: dataDir,
    })
    expect(run.code).toBe(0)
    const { innovations } = JSON.parse(run.stdout)
    expect(innovations).toHaveLength(10)
    expect(innovations[0]).toEqual({
      name: 'khamajaya Pumkin',
      expansion: 'pengelola labu kuning',
      agency: 'Dinas TPHP',
      regency: 'Kabupaten Muara Enim',
      province: 'Sumatera Selatan',
      year: 2020,
      award: 'TOP 10 Inovasi Perangkat Daerah Terbaik Tahun 2020',
      confidence: expect.objectContaining({
        name: 0.5,
        regency: expect.any(Number),
        province: expect.any(Number),
      }),
    })
    expect(existsSync(dataDir)).toBe(false)
  })

  it('reads the article from standard input with "-" and prints a numbered list', async () => {
    const article = readFileSync(seed('001_0dee8b151096b711.txt'), 'utf8')
    const run = await runEntry('src/cli/index.ts', ['extract', '-'], {}, article)
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        '1 inovasi ditemukan:',
        '1. JEK-MIL (Ojek Ibu Hamil)',
        '   Instansi: Puskesmas Bendo',
        '   Wilayah: Kabupaten Magetan, Jawa Timur',
        '   Tahun: 2021',
        '   Penghargaan: Top 45 Inovasi Layanan Publik kategori Umum 2021',
        '',
      ].join('\n'),
    )
  })

  it.each([
    [[], 'Sebutkan berkas artikelnya'],
    [['tidak-ada.txt'], 'Berkas tidak ditemukan: tidak-ada.txt'],
  ])('refuses %j with a clear message and exit 1', async (args, message) => {
    const run = await runEntry('src/cli/index.ts', ['extract', ...args], {})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(message)
  })

  it('says so when standard input is empty', async () => {
    const run = await runEntry('src/cli/index.ts', ['extract', '-'], {}, '  \n')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Artikelnya kosong')
  })
})
