const FUNCTION_WORDS = `ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahwa banyak
  beberapa begitu belum berapa bila bisa boleh buat cara dalam dan dapat dari daripada demikian dengan di dia
  harus hingga ia ialah ingin ini itu jadi jika juga kalau kami kamu karena ke kepada ketika kita lagi lain
  lainnya lalu maka mana masih mau melalui mengenai menurut mereka namun nya oleh pada para per perlu pun saat
  saja sama sampai sangat saya se sebagai sebuah secara sedang sehingga sekitar seperti serta setiap siapa
  suatu sudah supaya tapi tentang terhadap tersebut tetapi tidak untuk yaitu yakni yang`

const CHAT_WORDS = `aja dong deh dgn dlm dr ga gak jg krn nggak sih sm tolong tsb utk ya yg mohon cari carikan
  mencari tampilkan tunjukkan lihat contoh daftar terkait soal tahun thn`

const SHARED_WORDS = `inovasi inovasinya inovatif pelayanan layanan publik daerah pemerintah pemda program kegiatan
  bidang sektor wilayah terbaik terbaru penghargaan juara pemenang`

const LEVEL_WORDS =
  'kab kabupaten kota kotamadya kodya provinsi propinsi prov pemkab pemkot pemprov adm administrasi'

const GOAL_WORDS = `menurunkan penurunan meningkatkan peningkatan mengurangi pengurangan menekan mempercepat
  percepatan optimalisasi mengoptimalkan membantu memudahkan kemudahan mencegah pencegahan penanganan
  menangani mengatasi upaya solusi efektif efisien mudah cepat`

function words(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((list) => list.split(/\s+/)).filter((word) => word !== ''))
}

/**
 * Words dropped from queries and from indexed text: Indonesian function words, chat filler and
 * abbreviations, and the words every catalogue entry shares ("inovasi", "pelayanan", "publik"), which
 * would only slow a search down. Region level words ("kab", "kota", "provinsi") are here too: before a
 * region name the region parser consumes them, and alone they mean nothing. Normalised form.
 */
export const STOPWORDS: ReadonlySet<string> = words(FUNCTION_WORDS, CHAT_WORDS, SHARED_WORDS, LEVEL_WORDS)

/**
 * Goal words of almost every innovation ("menurunkan angka kematian ibu", "meningkatkan cakupan"): searched
 * and scored when present, but never required, so "menurunkan AKI" finds an entry that only says AKI.
 * Indexed as ordinary words.
 */
export const OPTIONAL_WORDS: ReadonlySet<string> = words(GOAL_WORDS)

/** Whether a normalised word is dropped from queries and indexed text. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}
