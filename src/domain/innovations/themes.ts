import { normalizeText } from '../text/normalize.ts'

/**
 * The catalogue's themes. A theme is data (like a region name), not interface text: the slug is what is
 * stored and put in callback data, the label is the Indonesian name shown and typed by users, and the
 * keywords are the normalised words by which a free-text theme ("kesehatan", "umkm") is recognised.
 */
export interface Theme {
  slug: string
  label: string
  keywords: readonly string[]
}

export const THEMES: readonly Theme[] = [
  { slug: 'kesehatan', label: 'Kesehatan', keywords: ['kesehatan', 'sehat', 'medis', 'gizi'] },
  { slug: 'pendidikan', label: 'Pendidikan', keywords: ['pendidikan', 'sekolah', 'pelajar', 'belajar'] },
  {
    slug: 'kependudukan',
    label: 'Administrasi Kependudukan',
    keywords: ['kependudukan', 'adminduk', 'dukcapil', 'ktp', 'akta'],
  },
  { slug: 'ekonomi', label: 'Ekonomi & UMKM', keywords: ['ekonomi', 'umkm', 'usaha', 'pasar'] },
  {
    slug: 'lingkungan',
    label: 'Lingkungan & Sanitasi',
    keywords: ['lingkungan', 'sanitasi', 'sampah', 'jamban'],
  },
  { slug: 'kebencanaan', label: 'Kebencanaan', keywords: ['bencana', 'kebencanaan', 'banjir', 'gempa'] },
  { slug: 'pertanian', label: 'Pertanian & Pangan', keywords: ['pertanian', 'pangan', 'petani', 'tani'] },
  {
    slug: 'pemberdayaan',
    label: 'Pemberdayaan Masyarakat & Desa',
    keywords: ['pemberdayaan', 'desa', 'bumdes', 'masyarakat'],
  },
  {
    slug: 'sosial',
    label: 'Sosial & Perlindungan Anak',
    keywords: ['sosial', 'anak', 'remaja', 'disabilitas'],
  },
  {
    slug: 'tata-kelola',
    label: 'Tata Kelola & Pengawasan',
    keywords: ['tata kelola', 'pengawasan', 'birokrasi', 'integritas'],
  },
  { slug: 'perizinan', label: 'Perizinan & Investasi', keywords: ['perizinan', 'izin', 'investasi'] },
  {
    slug: 'infrastruktur',
    label: 'Infrastruktur & Transportasi',
    keywords: ['infrastruktur', 'transportasi', 'jalan', 'ojek'],
  },
]

const bySlug = new Map(THEMES.map((theme) => [theme.slug, theme]))

/** The theme with this slug, if it is one of ours. */
export function findTheme(slug: string): Theme | undefined {
  return bySlug.get(slug)
}

/** A theme typed by a person or a file: its slug, its label or one of its keywords, in any case. */
export function resolveTheme(text: string): Theme | undefined {
  const wanted = normalizeText(text)
  if (!wanted) return undefined
  return THEMES.find(
    (theme) =>
      normalizeText(theme.slug) === wanted ||
      normalizeText(theme.label) === wanted ||
      theme.keywords.some((keyword) => normalizeText(keyword) === wanted),
  )
}
