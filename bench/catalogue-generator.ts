import { toSearchDocument } from '../src/domain/innovations/innovation.ts'
import { THEMES } from '../src/domain/innovations/themes.ts'
import type { RegionCatalogue } from '../src/domain/regions/catalogue.ts'
import type { Regency } from '../src/domain/regions/types.ts'
import type { SearchAward, SearchDocument } from '../src/domain/search/types.ts'
import { validateImportRow } from '../src/domain/validation/import-row.ts'
import { mulberry32 } from '../test/support/random.ts'

/** A generated innovation: the search document plus its region names, for engines that need plain text. */
export interface GeneratedInnovation extends SearchDocument {
  regionText: string
}

/** Deterministic 32-bit PRNG (mulberry32): the same seed gives the same catalogue on every machine. */
export const createRandom = mulberry32

type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
/** Zipf-like pick: early items are much more frequent, as in real text. */
const pickZipf = <T>(random: Random, items: readonly T[]): T =>
  items[Math.min(items.length - 1, Math.floor(items.length * random() ** 2.2))] as T

const words = (text: string) => text.split(/\s+/).filter(Boolean)
const phrases = (text: string) =>
  text
    .split('|')
    .map((phrase) => phrase.replace(/\s+/g, ' ').trim())
    .filter(Boolean)

/** Topic nouns and phrases per theme slug: what names, expansions and descriptions talk about. */
const TOPICS: Record<string, readonly string[]> = {
  kesehatan:
    phrases(`ibu hamil|balita|gizi|stunting|imunisasi|posyandu|persalinan|kesehatan jiwa|lansia|tuberkulosis|
    demam berdarah|sanitasi|air bersih|remaja|bayi|ASI eksklusif|kesehatan ibu dan anak|rujukan|ambulans|obat|
    pemeriksaan kehamilan|anemia|kader kesehatan|penyakit tidak menular|hipertensi|diabetes`),
  pendidikan:
    phrases(`literasi|sekolah dasar|guru|siswa|putus sekolah|beasiswa|perpustakaan|membaca|pendidikan anak usia dini|
    ujian|kurikulum|pelajar|belajar daring|numerasi|sekolah inklusi`),
  adminduk:
    phrases(`akta kelahiran|KTP elektronik|kartu keluarga|dokumen kependudukan|adminduk|pencatatan sipil|
    akta kematian|kartu identitas anak|perekaman data|jemput bola dokumen`),
  'koperasi-ukm':
    phrases(`UMKM|pasar|koperasi|produk lokal|pemasaran digital|modal usaha|pelaku usaha|ekonomi kreatif|
    pariwisata|kerajinan|pedagang|harga pangan`),
  'lingkungan-hidup':
    phrases(`sampah|bank sampah|jamban|sanitasi|limbah|penghijauan|air bersih|kebersihan|daur ulang|
    sungai|pengomposan|lingkungan hidup`),
  kebencanaan: phrases(`banjir|gempa|tanah longsor|kebakaran hutan|peringatan dini|evakuasi|tanggap darurat|
    pemetaan bencana|desa tangguh bencana|relawan`),
  pertanian: phrases(`petani|pupuk|padi|jagung|hortikultura|irigasi|ketahanan pangan|benih|ternak|perikanan|
    labu kuning|kelompok tani|lahan pekarangan`),
  'masyarakat-desa': phrases(`BUMDes|desa|kader|masyarakat|pemberdayaan perempuan|PKK|dana desa|gotong royong|
    karang taruna|keluarga miskin`),
  sosial:
    phrases(`anak|remaja|disabilitas|lansia|perlindungan anak|kekerasan|bantuan sosial|penyandang disabilitas|
    anak jalanan|keluarga rentan`),
  'tata-kelola': phrases(`pengaduan|transparansi|integritas|pengawasan|birokrasi|arsip|keuangan daerah|
    aparatur|kinerja|reformasi birokrasi|data terpadu`),
  'penanaman-modal':
    phrases(`izin usaha|perizinan|investasi|izin mendirikan bangunan|tanda daftar|perizinan online|
    pelayanan terpadu satu pintu|izin praktik`),
  'pekerjaan-umum':
    phrases(`jalan|transportasi|angkutan|ojek|jembatan|penerangan jalan|drainase|rumah layak huni|
    air minum|terminal`),
}

const LEADS =
  words(`Gerakan Sistem Layanan Sahabat Kampung Rumah Pojok Gerai Klinik Sekolah Program Aksi Jemput
  Sentuhan Pusat Warung Kelas Griya Mobil Tabungan Kartu Aplikasi Pos Pelita Jaringan Kemitraan`)
const QUALIFIERS =
  words(`Peduli Sehat Cerdas Terpadu Bersama Mandiri Keliling Digital Cepat Tanggap Ramah Aman
  Sejahtera Bersih Hijau Siaga Inklusif Mudah Cermat Hebat Prima Setia`)
const PLACE_PARTS = words(`Suka Sumber Karang Mulya Jaya Sari Baru Indah Makmur Lestari Rejo Harjo Kidul Wetan
  Bukit Teluk Air Pagar Sungai Lubuk Padang Kampung Talang Mekar Asri Wangi Agung Kulon Lor`)
const GENERIC =
  words(`masyarakat pelayanan warga petugas desa kecamatan kabupaten kota data informasi aplikasi
  sistem pendampingan koordinasi sosialisasi edukasi monitoring evaluasi kunjungan rumah kader lintas sektor
  kolaborasi anggaran mandiri cepat mudah murah akses fasilitas layanan terpadu digital daring formulir antrean
  waktu biaya prosedur pengaduan partisipasi pemerintah dinas puskesmas sekolah keluarga kelompok kegiatan
  program peningkatan penurunan cakupan target capaian indikator replikasi keberlanjutan dampak manfaat
  inovasi pelaksanaan tahap uji coba penerapan wilayah jangkauan terpencil pelosok rutin berkala mingguan
  bulanan tahunan`)
const GOALS = words(
  'meningkatkan menurunkan mempercepat mempermudah memperluas mendekatkan mencegah mengurangi',
)
const AGENCY_TYPES = [
  'Puskesmas {place}',
  'Dinas Kesehatan',
  'RSUD {place}',
  'Kecamatan {place}',
  'Dinas Pendidikan',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'BPBD',
  'Dinas Pertanian',
  'Dinas Lingkungan Hidup',
  'DPMPTSP',
  'Bappeda',
  'Desa {place}',
  'Dinas Sosial',
  'Dinas Pemberdayaan Masyarakat dan Desa',
  'Dinas Perhubungan',
  'Dinas Koperasi dan UMKM',
  'SD Negeri {n} {place}',
] as const
/** The themes with topics above, in the order of the theme list (the most common first). */
const GENERATED_THEMES = THEMES.filter((theme) => TOPICS[theme.slug] !== undefined)

const THEME_AGENCY: Record<string, readonly number[]> = {
  kesehatan: [0, 0, 0, 1, 2],
  pendidikan: [4, 16],
  adminduk: [5, 3],
  'koperasi-ukm': [15, 3],
  'lingkungan-hidup': [8, 11, 0],
  kebencanaan: [6],
  pertanian: [7, 11],
  'masyarakat-desa': [13, 11, 3],
  sosial: [12, 3],
  'tata-kelola': [10, 3],
  'penanaman-modal': [9],
  'pekerjaan-umum': [14, 11],
}

/** Generates `count` innovations, deterministically from `seed`, over the real regions of `catalogue`. */
export function generateCatalogue(
  catalogue: RegionCatalogue,
  count: number,
  seed = 20240601,
  firstId = 1,
): GeneratedInnovation[] {
  const random = createRandom(seed)
  const regencies = catalogue.regencies
  return Array.from({ length: count }, (_, i) => generateOne(random, catalogue, regencies, firstId + i))
}

function generateOne(
  random: Random,
  catalogue: RegionCatalogue,
  regencies: readonly Regency[],
  id: number,
): GeneratedInnovation {
  const theme = pickZipf(random, GENERATED_THEMES).slug
  const topics = TOPICS[theme] ?? []
  const topic = pickZipf(random, topics)
  const regency = pick(random, regencies)
  const province = catalogue.province(regency.provinceCode)
  const provinceLevel = random() < 0.05
  const expansionWords = [
    pick(random, LEADS),
    ...(random() < 0.6 ? [pick(random, QUALIFIERS)] : []),
    ...titleWords(topic),
  ]
  const expansion = expansionWords.join(' ')
  const name = acronymOf(random, expansionWords)
  const place = `${pick(random, PLACE_PARTS)} ${pick(random, PLACE_PARTS)}`
  const agency = (AGENCY_TYPES[pick(random, THEME_AGENCY[theme] ?? [3])] ?? 'Dinas')
    .replace('{place}', place)
    .replace('{n}', String(1 + Math.floor(random() * 12)))
  const year = 2014 + Math.floor(random() * 11)
  const regionName = provinceLevel ? (province?.name ?? '') : regency.officialName
  const awards = generateAwards(random, year, regency, province?.name ?? '', provinceLevel)
  const description = describe(random, { name, expansion, agency, regionName, topic, topics })
  return {
    id,
    name,
    expansion: random() < 0.85 ? expansion : null,
    agency,
    regencyCode: provinceLevel ? null : regency.code,
    provinceCode: regency.provinceCode,
    year,
    themes: [theme],
    description,
    awards,
    regionText: `${provinceLevel ? '' : regency.officialName} ${province?.name ?? ''}`.trim(),
  }
}

function titleWords(phrase: string): string[] {
  return phrase
    .split(' ')
    .map((word) => (word === word.toUpperCase() ? word : word[0]?.toUpperCase() + word.slice(1)))
}

/** "Gerakan Peduli Ibu Hamil" → "GERPEDIL", "JEK-MIL", "SiPedil": the acronyms offices coin. */
function acronymOf(random: Random, expansionWords: readonly string[]): string {
  const syllables = expansionWords.map(firstSyllable)
  const style = random()
  if (style < 0.35) return syllables.slice(0, 3).join('').toUpperCase()
  if (style < 0.6) return `${syllables[0]?.toUpperCase()}-${syllables.slice(1, 3).join('').toUpperCase()}`
  if (style < 0.8) return `Si${syllables.slice(1, 3).map(capitalise).join('')}`
  return syllables.slice(0, 2).map(capitalise).join(' ')
}

function firstSyllable(word: string): string {
  const lower = word.toLowerCase()
  const match = /^[^aiueo]*[aiueo]+[^aiueo]?/.exec(lower)
  return (match?.[0] ?? lower).slice(0, 4)
}

function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]?.toUpperCase() + word.slice(1)
}

function generateAwards(
  random: Random,
  year: number,
  regency: Regency,
  provinceName: string,
  provinceLevel: boolean,
): SearchAward[] {
  const roll = random()
  if (roll < 0.4) return []
  const awardYear = Math.min(2024, year + Math.floor(random() * 2))
  if (roll < 0.5)
    return [
      {
        title: `Top 45 Inovasi Pelayanan Publik KemenPAN-RB ${awardYear}`,
        level: 'nasional',
        year: awardYear,
      },
    ]
  if (roll < 0.65)
    return [
      {
        title: `Top 99 Inovasi Pelayanan Publik KemenPAN-RB ${awardYear}`,
        level: 'nasional',
        year: awardYear,
      },
    ]
  if (roll < 0.8)
    return [
      { title: `Top 30 KIPP Provinsi ${provinceName} ${awardYear}`, level: 'provinsi', year: awardYear },
    ]
  if (roll < 0.92 && !provinceLevel) {
    return [
      {
        title: `Top 10 Inovasi Perangkat Daerah ${regency.officialName} ${awardYear}`,
        level: 'kabupaten',
        year: awardYear,
      },
    ]
  }
  return [
    {
      title: `Juara Lomba Inovasi Daerah Provinsi ${provinceName} ${awardYear}`,
      level: 'provinsi',
      year: awardYear,
    },
  ]
}

interface Subject {
  name: string
  expansion: string
  agency: string
  regionName: string
  topic: string
  topics: readonly string[]
}

/** About 80 words: what, who, where, why, then filler sentences from the theme and generic vocabulary. */
function describe(random: Random, s: Subject): string {
  const sentences = [
    `${s.name} (${s.expansion}) adalah inovasi ${s.agency} di ${s.regionName} untuk ${pick(random, GOALS)} layanan ${s.topic}.`,
    `Inovasi ini ${pick(random, GOALS)} ${pickZipf(random, s.topics)} melalui ${pickZipf(random, GENERIC)} ${pickZipf(random, GENERIC)} dan ${pickZipf(random, GENERIC)}.`,
  ]
  let count = sentences.join(' ').split(' ').length
  while (count < 80) {
    const length = 8 + Math.floor(random() * 8)
    const body = Array.from({ length }, () =>
      random() < 0.25 ? pickZipf(random, s.topics) : pickZipf(random, GENERIC),
    ).join(' ')
    sentences.push(`${capitalise(body)}.`)
    count += length
  }
  return sentences.join(' ')
}

/** A generated innovation as the columns of `cli import`: what an admin's file would hold. */
export function importColumnsOf(regions: RegionCatalogue, innovation: GeneratedInnovation) {
  return {
    name: innovation.name,
    expansion: innovation.expansion,
    agency: innovation.agency,
    regency: innovation.regencyCode ? regions.regency(innovation.regencyCode)?.officialName : null,
    province: regions.province(innovation.provinceCode)?.name,
    year: innovation.year,
    award: innovation.awards.map((award) => award.title).join('; '),
    theme: innovation.themes.join('; '),
    description: innovation.description,
  }
}

/** A row of `src/db/sources/seed-catalog.jsonl`, in the columns of `cli import`. */
export type SeedRow = unknown

/**
 * The real seed innovations as documents (ids from `firstId`), planted in a generated catalogue as
 * needles: a search that finds them among 100,000 generated entries finds real ones.
 */
export function seedDocuments(
  catalogue: RegionCatalogue,
  rows: readonly SeedRow[],
  firstId: number,
): GeneratedInnovation[] {
  return rows.map((row, i) => {
    const result = validateImportRow(row, catalogue, 2100)
    if (!result.ok) throw new Error(`seed row ${i + 1} is invalid: ${JSON.stringify(result.problems)}`)
    const document = toSearchDocument(firstId + i, result.innovation)
    const regency = document.regencyCode ? catalogue.regency(document.regencyCode)?.officialName : ''
    const province = catalogue.province(document.provinceCode)?.name ?? ''
    return { ...document, regionText: `${regency ?? ''} ${province}`.trim() }
  })
}
