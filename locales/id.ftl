## Start and help
start-welcome =
    Halo, { $name }! 👋
    Saya Inovasi Bot: katalog inovasi pelayanan publik Indonesia, dari Top 99 KIPP KemenPAN-RB sampai Top 10 OPD kabupaten.
    Ketik saja apa yang Anda cari, misalnya:
    • inovasi kesehatan ibu di Sulsel
    • ojek bumil magetan
    • top 99 banjarnegara
    Ketik /bantuan untuk melihat semua perintah.
help-text =
    Yang bisa saya lakukan:
    🔎 Cari inovasi: ketik kata kunci, wilayah, tahun, atau penghargaan (contoh: "stunting jateng 2021"), atau /cari kata kunci.
    📝 /ajukan: daftarkan inovasi Anda; admin akan memeriksanya.
    🔔 /langganan: terima kabar penghargaan inovasi untuk wilayah atau tema pilihan Anda; /berhenti untuk berhenti.
    💬 Di chat mana pun: ketik @{ $bot } lalu kata kunci untuk membagikan inovasi.
    Data wilayah: idn-area-data (ODbL).

## Errors
error-generic = Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.
unhandled-message = Maaf, saya belum mengerti pesan itu. Ketik kata kunci untuk mencari inovasi, atau /bantuan.

## Local chat (terminal)
local-chat-banner =
    Mode obrolan lokal: tidak ada BOT_TOKEN, jadi bot berjalan di terminal ini tanpa Telegram.
    Ketik pesan seperti di Telegram (misalnya /start). Tombol ditampilkan bernomor [1], [2], …: ketik nomornya untuk menekan.
    Mode inline: awali dengan @bot, misalnya "@bot jekmil". Ketik /keluar atau tekan Ctrl+D untuk berhenti.
local-chat-you = Anda
local-chat-bot = Bot
local-chat-edited = (pesan diperbarui)
local-chat-notice = (pemberitahuan) { $text }
local-chat-no-button = Tidak ada tombol nomor { $number } pada pesan terakhir.
local-chat-open-link = (tautan) { $url }
local-chat-inline-results = Hasil inline untuk "{ $query }":
local-chat-inline-empty = (tidak ada hasil inline)
local-chat-goodbye = Sampai jumpa!
polling-started = Bot berjalan di Telegram sebagai @{ $bot } (long polling). Tekan Ctrl+C untuk berhenti.

## Database
database-busy = Folder data { $dir } sedang dipakai oleh proses lain (PID { $pid }), mungkin bot yang sedang berjalan. Hentikan proses itu dulu, atau gunakan DATABASE_URL untuk server Postgres yang bisa dipakai bersama.

## CLI
cli-usage =
    Penggunaan: npm run -s cli -- <perintah> [opsi]
    Perintah:
      import FILE [--skip-invalid]   impor inovasi dari JSON Lines (.jsonl) atau CSV
      search [--json] [--limit N] "kueri"   cari inovasi; --stdin: satu kueri per baris, satu baris JSON per kueri
cli-search-query-required = Tulis kuerinya, misalnya: npm run -s cli -- search "ojek bumil magetan"
cli-search-bad-limit = --limit harus bilangan bulat antara 1 dan { $max }.
cli-unknown-command = Perintah tidak dikenal: { $command }
cli-file-missing = Berkas tidak ditemukan: { $file }
cli-file-required = Sebutkan berkas yang akan diimpor, misalnya: npm run -s cli -- import data.jsonl
import-invalid-header = Baris { $line } tidak valid:
import-problem = { $field }: { $problem ->
    [required] wajib diisi
    [too-long] terlalu panjang (maksimal { $limit } karakter)
    [too-short] terlalu pendek (minimal { $limit } karakter)
    [not-a-year] bukan tahun yang valid (antara { $min } dan { $max })
    [not-text] harus berupa teks
    [unknown-region] wilayah "{ $value }" tidak dikenal
    [ambiguous-region] wilayah "{ $value }" ambigu: { $candidates }
    [region-mismatch] kabupaten/kota "{ $value }" tidak berada di provinsi { $province }
    [unknown-theme] tema "{ $value }" tidak dikenal (pilihan: { $themes })
    [invalid-json] bukan JSON yang valid
    [not-an-object] harus berupa objek JSON
    [unknown-field] kolom tidak dikenal
   *[other] tidak valid
  }
import-aborted = { $count ->
    [one] 1 baris tidak valid, jadi tidak ada yang diimpor. Perbaiki baris itu, atau jalankan lagi dengan --skip-invalid untuk melewatinya.
   *[other] { $count } baris tidak valid, jadi tidak ada yang diimpor. Perbaiki baris-baris itu, atau jalankan lagi dengan --skip-invalid untuk melewatinya.
  }
import-done = Impor selesai: { $total } baris dibaca, { $inserted } inovasi baru, { $updated } diperbarui, { $skipped } dilewati.
import-empty = Berkas { $file } tidak berisi baris data.

## Search
search-found = { $total ->
    [one] 🔎 1 inovasi untuk "{ $query }"
   *[other] 🔎 { $total } inovasi untuk "{ $query }" · halaman { $page }/{ $pages }
  }
search-partial = Tidak ada yang cocok dengan semua kata; ini yang paling mendekati.
search-understood = Dipahami: { $parts }
search-understood-region = wilayah: { $value }
search-understood-year = tahun: { $value }
search-understood-award = penghargaan: { $value }
search-understood-theme = tema: { $value }
search-understood-terms = kata: { $value }
search-corrected = Dikoreksi: { $value }
search-none = Tidak ada inovasi yang cocok dengan "{ $query }".
search-none-hint = Coba kata lain, hapus tahun atau wilayahnya, atau ketik /bantuan.
search-try-relaxed = 🔁 Coba "{ $query }"
search-empty-query = Ketik kata kunci setelah /cari, misalnya: /cari ojek ibu hamil magetan
search-no-terms = Kata-kata itu terlalu umum untuk dicari. Tambahkan nama inovasi, tema, atau wilayahnya, misalnya "stunting jateng".
search-button-previous = ‹ Sebelumnya
search-button-next = Berikutnya ›
search-expired = Pencarian ini sudah tidak tersedia. Silakan cari lagi.
search-similar-title = Inovasi yang mirip dengan { $name }:
search-similar-none = Belum ada inovasi lain yang mirip dengan { $name }.

## Card
card-agency = 🏢 { $agency }
card-region = 📍 { $region }
card-year = 📅 { $year }
card-theme = 🏷 { $theme }
card-award = 🏆 { $award }
card-innovator = 👤 Inovator: { $innovator }
card-source = 🔗 Sumber: { $source }
card-digital = { $digital ->
    [yes] 💻 Inovasi digital
   *[no] 🤝 Inovasi non-digital
  }
card-stage = Tahap: { $stage ->
    [inisiatif] inisiatif
    [uji_coba] uji coba
   *[penerapan] penerapan
  }
card-problem = Masalah: { $problem }
card-impact = Hasil: { $impact }
card-button-similar = 🔗 Mirip
card-button-share = 📤 Bagikan
card-button-open = Buka di bot
card-not-found = Inovasi itu tidak ditemukan (mungkin sudah dihapus).

## Inline
inline-description = { $agency } · { $region }
