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
    🔎 Cari inovasi: ketik kata kunci, wilayah, tahun, atau penghargaan (contoh: "ibu hamil jatim 2021"), atau /cari kata kunci.
    📝 /ajukan: daftarkan inovasi Anda; admin akan memeriksanya. /pengajuan: lihat status pengajuan Anda.
    🔔 /langganan: terima kabar penghargaan inovasi untuk wilayah atau tema pilihan Anda; /berhenti untuk berhenti.
    ✏ Ada data yang keliru? Tekan "Usulkan koreksi" di bawah kartu inovasinya.
    🌐 /bahasa: ganti bahasa (Indonesia/English).
    💬 Di chat mana pun: ketik @{ $bot } lalu kata kunci untuk membagikan inovasi.
    Data wilayah: idn-area-data (ODbL).

## Errors
error-generic = Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.
error-unavailable = Maaf, sedang ada gangguan pada layanan kami. Pesan Anda belum bisa diproses; silakan coba lagi beberapa menit lagi.
flood-warning = Pesan Anda terlalu cepat. Tunggu sebentar, lalu kirim lagi; pesan yang masuk selama itu tidak diproses.
unhandled-message = Maaf, saya belum mengerti pesan itu. Ketik kata kunci untuk mencari inovasi, atau /bantuan.

## Local chat (terminal)
local-chat-banner =
    Mode obrolan lokal: tidak ada BOT_TOKEN, jadi bot berjalan di terminal ini tanpa Telegram.
    Ketik pesan seperti di Telegram (misalnya /start). Tombol ditampilkan bernomor [1], [2], …: ketik nomornya untuk menekan.
    Mode inline: awali dengan @bot, misalnya "@bot jekmil". Ketik /keluar atau tekan Ctrl+D untuk berhenti.
    Kirim berkas (daftar untuk diimpor, artikel .txt) dengan /kirim NAMA-BERKAS.
local-chat-you = Anda
local-chat-bot = Bot
local-chat-edited = (pesan diperbarui)
local-chat-notice = (pemberitahuan) { $text }
local-chat-no-button = Tidak ada tombol nomor { $number } pada pesan terakhir.
local-chat-open-link = (tautan) { $url }
local-chat-inline-results = Hasil inline untuk "{ $query }":
local-chat-inline-empty = (tidak ada hasil inline)
local-chat-document = 📎 berkas dari bot, disimpan di { $path }
local-chat-file-needed = Tulis nama berkas yang dikirim, misalnya /kirim ./daftar.xlsx
local-chat-file-missing = Berkas { $path } tidak ditemukan atau tidak dapat dibaca. Tulis jalurnya, misalnya /kirim ./daftar.xlsx
local-chat-goodbye = Sampai jumpa!
polling-started = Bot berjalan di Telegram sebagai @{ $bot } (long polling). Tekan Ctrl+C untuk berhenti.

## Extraction
cli-extract-file-required = Sebutkan berkas artikelnya, atau - untuk membaca masukan standar, misalnya: npm run -s cli -- extract artikel.txt
cli-extract-empty = Artikelnya kosong: tidak ada teks untuk dibaca.
cli-extract-none = Tidak ada inovasi yang ditemukan dalam artikel ini.
cli-extract-found = { $count } inovasi ditemukan:
cli-extract-item = { $number }. { $name }
cli-extract-agency = Instansi: { $agency }
cli-extract-region = Wilayah: { $region }
cli-extract-year = Tahun: { $year }
cli-extract-award = Penghargaan: { $award }
cli-extract-unknown = (tidak disebut)

## Database
database-busy = Folder data { $dir } sedang dipakai oleh proses lain (PID { $pid }), mungkin bot yang sedang berjalan. Hentikan proses itu dulu, atau gunakan DATABASE_URL untuk server Postgres yang bisa dipakai bersama.

## CLI
cli-usage =
    Penggunaan: npm run -s cli -- <perintah> [opsi]
    Perintah:
      import FILE [--dry-run] [--skip-invalid]   impor inovasi dari JSON Lines (.jsonl), CSV atau Excel (.xlsx); --dry-run: periksa saja, tanpa menulis
      export [--format jsonl|csv|xlsx] [--query "kueri"] [--out FILE]   tulis katalog (atau hasil pencarian) dalam kolom impor
      search [--json] [--limit N] "kueri"   cari inovasi; --stdin: satu kueri per baris, satu baris JSON per kueri
      announce --title "…" --year N [--level nasional|provinsi|kabupaten|kota] [--stage provisional|final] --innovation <ID|nama> …   umumkan penghargaan ke pelanggan (mencetak nomor pengumuman)
      announce-update N [--title "…"] [--stage provisional|final|withdrawn] [--add-innovation <ID|nama>] [--remove-innovation <ID|nama>]   koreksi pengumuman N; pesan yang sudah terkirim ikut diubah
      announce-status N   kemajuan pengiriman pengumuman N
      extract [--json] FILE   baca artikel berita penghargaan (- untuk masukan standar) dan cetak draf inovasinya
cli-search-query-required = Tulis kuerinya, misalnya: npm run -s cli -- search "ojek bumil magetan"
cli-search-bad-limit = --limit harus bilangan bulat antara 1 dan { $max }.
cli-unknown-command = Perintah tidak dikenal: { $command }
cli-file-missing = Berkas tidak ditemukan: { $file }
cli-file-required = Sebutkan berkas yang akan diimpor, misalnya: npm run -s cli -- import data.jsonl
import-invalid-header = Baris { $line } tidak valid:
import-problem = { $field }: { $problem ->
    [required] wajib diisi
    [region-required] kosong; tulis kabupaten/kota atau provinsinya
    [too-long] terlalu panjang (maksimal { $limit } karakter)
    [too-short] terlalu pendek (minimal { $limit } karakter)
    [not-a-year] bukan tahun yang valid (antara { $min } dan { $max })
    [not-text] harus berupa teks
    [unknown-region] wilayah "{ $value }" tidak dikenal
    [ambiguous-region] wilayah "{ $value }" ambigu: { $candidates }
    [region-mismatch] kabupaten/kota "{ $value }" tidak berada di provinsi { $province }
    [invalid-json] bukan JSON yang valid
    [not-an-object] harus berupa objek JSON
    [unknown-field] kolom tidak dikenal
   *[other] tidak valid
  }
import-aborted = { $count ->
    [one] 1 baris tidak valid, jadi tidak ada yang diimpor. Perbaiki baris itu, atau jalankan lagi dengan --skip-invalid untuk melewatinya.
   *[other] { $count } baris tidak valid, jadi tidak ada yang diimpor. Perbaiki baris-baris itu, atau jalankan lagi dengan --skip-invalid untuk melewatinya.
  }
import-done = Impor selesai: { $total } baris dibaca, { $inserted } inovasi baru, { $updated } diperbarui, { $unchanged } tidak berubah, { $skipped } dilewati.
import-empty = Berkas { $file } tidak berisi baris data.

## Import warnings
import-field = { $field ->
    [name] nama
    [expansion] kepanjangan
    [agency] instansi
    [regency] kabupaten/kota
    [province] provinsi
    [year] tahun
    [award] penghargaan
    [theme] tema
    [description] deskripsi
    [source] sumber
    [innovator] inovator
   *[other] baris
  }
import-warning-header = Baris { $line } diimpor dengan catatan:
import-warning = { $field }: { $warning ->
    [year-range] "{ $value }" adalah rentang tahun; yang disimpan tahun pertama, { $detail }
    [theme-tag] tema "{ $value }" tidak ada dalam daftar urusan; disimpan sebagai label sumber
    [province-before-split] { $region } ditulis di bawah { $value }; sejak { $year } ({ $law }) masuk { $detail }, disimpan di sana
    [renamed-regency] "{ $value }" kini bernama { $detail } (sejak { $year }, { $law }), disimpan dengan nama itu
   *[other] "{ $value }" dibaca sebagai { $detail }
  }

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
search-query-too-long = Kata kunci terlalu panjang ({ $length } karakter): maksimal { $limit } karakter. Tulis beberapa kata saja, misalnya "ojek ibu hamil magetan".
search-no-terms = Kata-kata itu terlalu umum untuk dicari. Tambahkan nama inovasi, tema, atau wilayahnya, misalnya "ibu hamil jatim".
search-button-previous = ‹ Sebelumnya
search-button-next = Berikutnya ›
search-expired = Pencarian ini sudah tidak tersedia. Silakan cari lagi.
search-similar-title = Inovasi yang mirip dengan { $name }:
search-similar-none = Belum ada inovasi lain yang mirip dengan { $name }.

## Search: guessed places
search-guessed-place = 📍 "{ $typed }" dibaca sebagai { $place } (tebakan dari ejaan).
search-button-without-place = 🔁 Cari tanpa tempat itu

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
card-button-similar = 🧩 Mirip
card-button-share = 📤 Bagikan
card-button-open = Buka di bot
card-not-found = Inovasi itu tidak ditemukan (mungkin sudah dihapus).

## Inline
inline-description = { $agency } · { $region }

## Submission
submit-intro =
    📝 Mari daftarkan inovasi Anda ke katalog. Ada 13 pertanyaan singkat, satu per satu.
    • "Kembali" untuk memperbaiki jawaban sebelumnya (jawaban lain tetap tersimpan).
    • "Batal" atau /batal untuk berhenti kapan saja.
    Draf disimpan selama { $hours } jam sejak jawaban terakhir, jadi Anda bisa melanjutkan nanti.
submit-ask-name = Apa nama inovasi Anda? Contoh: JEK-MIL
submit-ask-expansion = Apa kepanjangan nama itu? Contoh: Ojek Ibu Hamil. Tekan "Lewati" bila nama itu bukan singkatan.
submit-ask-agency = Instansi atau OPD mana yang menjalankannya? Contoh: Puskesmas Bendo, Dinas Kesehatan
submit-ask-region = Di kabupaten/kota mana? Tulis misalnya "Kab. Wajo" atau "wajo sulsel". Untuk inovasi tingkat provinsi, tulis nama provinsinya.
submit-ask-year = Tahun berapa inovasi ini mulai dijalankan? ({ $first }–{ $last })
submit-ask-stage = Sampai tahap mana inovasi ini sekarang?
submit-ask-digital = Apakah inovasi ini berbasis digital (aplikasi, situs web, media sosial)?
submit-ask-theme = Pilih tema yang paling sesuai.
submit-ask-description = Ceritakan inovasinya: apa yang dilakukan dan bagaimana caranya ({ $min }–{ $max } karakter).
submit-ask-problem = Masalah apa yang diatasi inovasi ini? Boleh dilewati.
submit-ask-impact = Apa hasil atau dampaknya sejauh ini? Boleh dilewati.
submit-ask-innovator = Siapa nama inovatornya (Anda sendiri atau tim)?
submit-ask-link = Ada tautan berita atau dokumen tentang inovasi ini? Kirim alamatnya (misalnya wajokab.go.id/berita/jek-mil), atau tekan "Lewati".
submit-current = Jawaban sekarang
submit-skipped = (dilewati)
submit-problem = { $kind ->
    [required] Jawaban ini wajib diisi.
    [too-short] Terlalu pendek: tulis minimal { $limit } karakter.
    [too-long] Terlalu panjang: { $length } karakter, batasnya { $limit }. Persingkat lalu kirim lagi{ $trim ->
        [yes] , atau tekan "Simpan bagian awal" untuk memakai { $limit } karakter pertama.
       *[no] .
    }
    [not-a-year] Tulis tahun dengan 4 angka, antara { $first } dan { $last }.
    [not-a-url] "{ $value }" bukan alamat web yang valid. Contoh: https://wajokab.go.id/berita/jek-mil
    [not-a-choice] Pilih salah satu tombol di bawah, atau ketik jawabannya.
    [unknown-region] Saya tidak mengenal wilayah "{ $value }". Tulis nama kabupaten/kota dan provinsinya, misalnya "wajo sulsel" atau "Kota Makassar".
    [ambiguous-region] "{ $value }" bisa berarti beberapa wilayah. Pilih yang dimaksud, atau tulis lebih lengkap (misalnya dengan provinsinya).
    [guessed-region] Apakah "{ $value }" maksudnya wilayah pada tombol di bawah? Ketuk tombolnya untuk memakai wilayah itu, atau tulis lebih lengkap.
    [card-too-long] Dengan jawaban ini kartu pengajuan melebihi batas pesan Telegram (4096 karakter). Persingkat sekitar { $over } karakter.
    [not-text] Kirim jawabannya sebagai teks, ya.
    [not-skippable] Pertanyaan ini wajib dijawab, jadi tidak bisa dilewati.
    [busy] Anda sedang mengisi pengajuan. Jawab pertanyaan ini dulu, atau ketik /batal untuk membatalkannya.
    [save-failed] Maaf, saya gagal menyimpannya barusan. Jawaban Anda masih ada; silakan coba lagi sebentar lagi.
   *[other] Jawaban ini belum bisa saya terima.
  }
submit-field-name = Nama
submit-field-expansion = Kepanjangan
submit-field-agency = Instansi
submit-field-region = Wilayah
submit-field-year = Tahun mulai
submit-field-stage = Tahap
submit-field-digital = Digital
submit-field-theme = Tema
submit-field-description = Deskripsi
submit-field-problem = Masalah yang diatasi
submit-field-impact = Hasil/dampak
submit-field-innovator = Inovator
submit-field-link = Tautan
submit-stage-inisiatif = Inisiatif
submit-stage-uji_coba = Uji coba
submit-stage-penerapan = Penerapan
submit-yes = Ya
submit-no = Tidak
submit-button-back = ◀ Kembali
submit-button-skip = Lewati ▶
submit-button-cancel = ✖ Batal
submit-button-keep = ✔ Tetap: { $value }
submit-button-edit = ✏ { $field }
submit-button-send = 📨 Kirim
submit-stale-button = Tombol itu dari pertanyaan lain. Jawab pertanyaan terakhir di bawah.
submit-no-draft = Draf itu sudah tidak aktif. Ketik /ajukan untuk memulai pengajuan baru.
submit-preview-title = Pratinjau pengajuan Anda
submit-preview-hint = Periksa lagi. Tekan ✏ pada bagian yang ingin diubah, lalu "Kirim" bila sudah benar.
submit-duplicate-similar = Sudah ada inovasi yang mirip di wilayah ini. Pastikan ini bukan inovasi yang sama sebelum mengirim:
submit-duplicate-exact = Inovasi dengan nama dan instansi yang sama sudah ada di katalog untuk wilayah ini, jadi pengajuan ini tidak bisa dikirim. Bila inovasi Anda berbeda, ubah nama atau instansinya:
submit-duplicate-on-send = Inovasi yang sama (nama, instansi dan wilayah) sudah ada di katalog. Ubah nama atau instansinya bila inovasi Anda berbeda.
submit-limit-reached = Anda sudah punya { $count } pengajuan yang menunggu pemeriksaan admin. Tunggu sampai admin memeriksanya, lalu ajukan lagi.
submit-limit-on-send = Anda sudah punya { $count } pengajuan yang menunggu pemeriksaan admin, jadi yang ini belum bisa dikirim. Draf ini tetap tersimpan selama { $hours } jam; tekan "Kirim" lagi setelah admin memeriksa pengajuan Anda.
submit-received = ✅ Terima kasih! Pengajuan #{ $id } "{ $name }" sudah diterima dan menunggu pemeriksaan admin. Anda akan diberi tahu hasilnya di sini.
submit-expired = ⏰ Draf pengajuan inovasi Anda dihapus karena tidak ada jawaban selama { $hours } jam. Ketik /ajukan untuk memulai lagi kapan saja.
submit-cancelled = Pengajuan dibatalkan dan drafnya dihapus. Ketik /ajukan untuk memulai lagi.
submit-nothing-to-cancel = Tidak ada pengajuan yang sedang berjalan.
submit-finish-first = Selesaikan dulu yang sedang berjalan, atau ketik /batal.
submit-private-only = Pengajuan inovasi dilakukan di chat pribadi: buka @{ $bot } lalu ketik /ajukan.

## Moderation
moderation-card-title = 📥 Pengajuan #{ $id }
moderation-card-from = Dari: { $name }
moderation-status-pending = ⏳ Menunggu pemeriksaan
moderation-status-published = ✅ Disetujui oleh { $admin }
moderation-status-rejected = ❌ Ditolak oleh { $admin }. Alasan: { $reason }
moderation-button-approve = ✅ Setujui
moderation-button-reject = ❌ Tolak
moderation-button-edit = ✏ Ubah
moderation-button-open = #{ $id } { $name }
moderation-queue-empty = Antrian kosong: tidak ada pengajuan yang menunggu.
moderation-queue-title = Antrian: { $count } pengajuan menunggu
moderation-queue-more = …dan { $count } lainnya.
moderation-queue-hint = Tekan salah satu untuk memeriksanya.
moderation-admins-only = Maaf, ini khusus admin.
moderation-not-found = Pengajuan #{ $id } tidak ditemukan.
moderation-approved = Pengajuan #{ $id } disetujui dan sudah tampil di pencarian.
moderation-rejected = Pengajuan #{ $id } ditolak. Pengaju sudah diberi tahu alasannya.
moderation-already-published = Pengajuan #{ $id } sudah disetujui oleh { $admin }.
moderation-already-rejected = Pengajuan #{ $id } sudah ditolak oleh { $admin }.
moderation-finish-first = Selesaikan dulu yang sedang berjalan di chat pribadi dengan bot, atau ketik /batal.
moderation-ask-reason = Ketik alasan penolakan untuk #{ $id } "{ $name }" (5–300 karakter), atau /batal. Alasan ini dikirim ke pengaju. Permintaan ini berlaku { $minutes } menit.
moderation-edit-which = Bagian mana dari pengajuan #{ $id } "{ $name }" yang ingin diubah?
moderation-edited = Perubahan pada pengajuan #{ $id } disimpan.
moderation-cancelled = Dibatalkan; tidak ada yang diubah.
moderation-notice-approved = 🎉 Inovasi Anda "{ $name }" (pengajuan #{ $id }) disetujui admin dan sekarang tampil di katalog. Coba cari: { $name }
moderation-notice-rejected =
    Maaf, pengajuan #{ $id } "{ $name }" belum dapat kami terima.
    Alasan: { $reason }
    Tekan "Perbaiki dan ajukan lagi" untuk membuka jawaban Anda, memperbaikinya, lalu mengirimnya lagi.

## Subscription
subscribe-status-none = Chat ini belum berlangganan kabar penghargaan inovasi.
subscribe-status-stopped = 🔕 Langganan chat ini sedang berhenti. Pilih wilayah atau tema di bawah untuk berlangganan lagi.
subscribe-status-everything = 🔔 Berlangganan: semua kabar penghargaan inovasi.
subscribe-status-filters = 🔔 Berlangganan kabar penghargaan inovasi untuk:
subscribe-status-nothing = 🔔 Berlangganan, tetapi belum ada wilayah atau tema yang dipilih.
subscribe-status-provinces = Provinsi: { $list }
subscribe-status-regencies = Kabupaten/kota: { $list }
subscribe-status-themes = Tema: { $list }
subscribe-how =
    Pilih dengan tombol di bawah, atau ketik misalnya:
    /langganan semua · /langganan sulsel · /langganan kab. magetan · /langganan kesehatan
subscribe-how-stop = /berhenti untuk berhenti berlangganan.
subscribe-button-everything = Semua inovasi
subscribe-button-provinces = 🗺 Pilih provinsi
subscribe-button-themes = 🏷 Pilih tema
subscribe-button-back = « Kembali
subscribe-button-stop = 🔕 Berhenti berlangganan
subscribe-choose-province = Pilih provinsi (✅ = dipilih; tekan lagi untuk membatalkan).
subscribe-choose-theme = Pilih tema (✅ = dipilih; tekan lagi untuk membatalkan).
subscribe-added-everything = ✅ Chat ini akan menerima semua kabar penghargaan inovasi.
subscribe-added-region = ✅ Berlangganan kabar penghargaan inovasi di { $region }.
subscribe-added-theme = ✅ Berlangganan kabar penghargaan inovasi bertema { $theme }.
subscribe-ambiguous = "{ $text }" bisa berarti beberapa wilayah. Pilih yang dimaksud:
subscribe-unknown = Saya tidak mengenali wilayah atau tema "{ $text }". Contoh: /langganan sulsel, /langganan kab. magetan, /langganan kesehatan, /langganan semua.
subscribe-too-long = Terlalu panjang: tulis wilayah atau tema yang ingin diikuti, maksimal { $limit } karakter. Contoh: /langganan sulsel, /langganan kesehatan.
subscribe-stopped = 🔕 Langganan dihentikan. Ketik /langganan kapan saja untuk berlangganan lagi.
subscribe-not-subscribed = Chat ini tidak sedang berlangganan. Ketik /langganan untuk mulai.
subscribe-admins-only = Hanya admin grup yang dapat mengubah langganan grup ini.
subscribe-reactivated = 🔔 Selamat datang kembali! Langganan kabar penghargaan Anda aktif lagi.

## Subscription: guessed places
subscribe-guessed = Apakah "{ $text }" maksudnya { $region }? Ketuk tombol di bawah untuk berlangganan wilayah itu.

## Subscription: managing it (levels, removing, stopping, restoring, channels)
subscribe-how-remove = /langganan hapus lotim untuk berhenti mengikuti satu wilayah atau tema.
subscribe-button-levels = 🏅 Tingkat penghargaan
subscribe-button-restore = ↩️ Pulihkan langganan lama
subscribe-button-channel = 📢 Kanal
subscribe-button-this-chat = « Chat ini
subscribe-button-stop-yes = Ya, berhenti
subscribe-button-cancel = Batal
subscribe-level-nasional = Nasional
subscribe-level-provinsi = Provinsi
subscribe-level-kabkota = Kabupaten/Kota
subscribe-choose-level = Pilih tingkat penghargaan (✅ = dipilih). Tanpa pilihan, semua tingkat dikirim.
subscribe-preview =
    Anda akan menerima kabar tentang { $list } ({ $levels }). Sejauh ini { $count ->
        [0] belum ada inovasi di katalog yang cocok.
       *[other] { $count } inovasi di katalog cocok.
    }
subscribe-preview-everything = semua inovasi
subscribe-preview-every-level = semua tingkat penghargaan
subscribe-preview-levels = penghargaan tingkat { $list }
subscribe-added-several = ✅ Berlangganan kabar penghargaan inovasi untuk: { $list }.
subscribe-removed = ✅ Berhenti mengikuti { $label }.
subscribe-remove-not-followed = Chat ini tidak mengikuti { $label }, jadi tidak ada yang diubah. Ketik /langganan untuk melihat yang diikuti.
subscribe-remove-guess = Tidak ada yang persis bernama "{ $text }". Maksud Anda { $label }? Tekan tombolnya untuk berhenti mengikutinya.
subscribe-remove-unknown = Saya tidak menemukan "{ $text }" di antara yang diikuti chat ini. Ketik /langganan untuk melihat daftarnya dan menghapus dengan tombol ✕.
subscribe-remove-how = Tulis apa yang ingin dihapus, misalnya /langganan hapus lotim atau /langganan hapus kesehatan.
subscribe-ask-stop = Berhenti semua? Chat ini mengikuti { $count } wilayah/tema. Untuk menghapus satu saja, tekan Batal lalu tombol ✕ di sampingnya.
subscribe-restored = ↩️ Langganan lama dipulihkan.
subscribe-channel-ask = Pilih kanal yang Anda kelola dengan tombol di bawah (Telegram akan meminta Anda menjadikan bot admin kanal bila perlu), atau kirim @username kanal publik.
subscribe-channel-pick = 📢 Pilih kanal
subscribe-channel-cancel = ✖️ Batal menambah kanal
subscribe-channel-cancelled = Baik, tidak ada kanal yang ditambahkan.
subscribe-channel-unknown = Saya tidak menemukan kanal { $username }. Periksa ejaannya, atau pilih kanal dengan tombol.
subscribe-channel-bot-not-admin = Bot belum menjadi admin kanal { $title } yang boleh mengirim pesan. Jadikan bot admin kanal dengan izin "Kirim pesan", lalu coba lagi.
subscribe-channel-not-admin = Hanya admin kanal { $title } yang dapat mengatur langganannya.
subscribe-channel-linked = ✅ Kanal { $title } terhubung. Atur langganannya di sini; kabar penghargaan akan dikirim ke kanal itu.
subscribe-channel-header = 📢 Kanal { $title }
subscribe-channel-how = Pilih dengan tombol di bawah. Langganan kanal ini diatur dari chat pribadi ini.
subscribe-channel-not-yours = Langganan kanal ini tidak dapat diatur dari sini: Anda atau bot bukan (lagi) admin kanal itu. Minta admin kanal untuk menghubungkannya lagi.
subscribe-channel-lost = ⚠️ Bot bukan lagi admin kanal { $title } yang boleh mengirim pesan, jadi kabar penghargaan berhenti dikirim ke sana. Jadikan bot admin lagi untuk melanjutkan.
subscribe-channel-back = 🔔 Bot kembali menjadi admin kanal { $title }; kabar penghargaan dikirim lagi ke sana.

## Announcement
announce-admins-only = Maaf, perintah ini khusus admin.
announce-private-only = Susun pengumuman di chat pribadi dengan bot.
announce-ask-title = 📣 Pengumuman penghargaan baru. Apa judul penghargaannya? Misalnya: Top 45 KIPP 2021.
announce-title-invalid = Judul harus 3–200 karakter. Coba lagi.
announce-ask-level = Tingkat penghargaan "{ $title }"?
announce-level = { $level ->
    [provinsi] Provinsi
    [kabupaten] Kabupaten
    [kota] Kota
   *[nasional] Nasional
  }
announce-ask-year = Tahun penghargaan "{ $title }"? (misalnya 2021)
announce-year-invalid = Tahun harus antara 1945 dan { $max }. Coba lagi.
announce-ask-innovations = Kirim ID atau nama inovasi yang masuk daftar ini, satu per pesan. Tekan "Selesai" bila sudah lengkap.
announce-added = ➕ { $name } ({ $region }) masuk daftar. Sekarang { $count } inovasi. Kirim yang berikutnya, atau tekan "Selesai".
announce-choose = { $count ->
    [1] Satu inovasi mirip dengan "{ $text }". Inikah yang dimaksud?
   *[other] { $count } inovasi cocok dengan "{ $text }". Pilih yang dimaksud:
}
announce-not-found = Tidak ada inovasi "{ $text }" di katalog. Buat inovasi baru dengan nama itu?
announce-button-create = ➕ Buat "{ $name }"
announce-button-done = ✅ Selesai
announce-button-confirm = 📣 Umumkan
announce-button-cancel = ✖ Batal
announce-need-innovation = Tambahkan setidaknya satu inovasi dulu.
announce-ask-new-region = Di kabupaten/kota atau provinsi mana "{ $name }"? (misalnya: Kab. Wajo, Kota Makassar, Sulsel)
announce-region-unknown = Wilayah "{ $text }" tidak dikenal. Coba lagi, misalnya: Kab. Wajo, Kota Makassar, Sulsel.
announce-region-ambiguous = "{ $text }" bisa berarti: { $candidates }. Tulis lebih lengkap, misalnya dengan nama provinsinya.
announce-ask-new-agency = Instansi pengelola "{ $name }"? (misalnya: Dinas Kesehatan)
announce-agency-invalid = Nama instansi harus 2–200 karakter. Coba lagi.
announce-name-invalid = Nama inovasi harus 2–200 karakter.
announce-preview-header = Pratinjau pesan untuk pelanggan:
announce-preview-footer = Akan dikirim ke { $instant } pelanggan.{ $digest ->
    [0] {""}
   *[other] {" "}{ $digest } pelanggan lagi menerimanya lewat ringkasan harian atau mingguan.
  } Umumkan sekarang?
announce-cancelled = Pengumuman dibatalkan; tidak ada yang dikirim.
announce-no-draft = Tidak ada pengumuman yang sedang disusun. Mulai dengan /umumkan.
announce-already = Pengumuman #{ $id } sudah diumumkan.
announce-message-intro = { $level ->
    [provinsi] Penghargaan tingkat provinsi
    [kabupaten] Penghargaan tingkat kabupaten
    [kota] Penghargaan tingkat kota
   *[nasional] Penghargaan tingkat nasional
  } { $year } · { $count } inovasi
announce-message-item = { $agency }, { $region }
announce-message-more = … dan { $count } inovasi lainnya.
announce-message-footer = Anda menerima pesan ini karena berlangganan kabar penghargaan (/langganan). Ketik /berhenti untuk berhenti.
announce-progress = Penerima: { $total } · terkirim: { $sent } · menunggu: { $pending } · gagal: { $failed } · dilewati: { $skipped }{ $ambiguous ->
    [0] {""}
   *[other] { " · " }belum pasti sampai (dikirim ulang bila perlu): { $ambiguous }
  }
announce-progress-running = ⏳ Sedang mengirim…
announce-progress-finished = ✅ Selesai.
announce-cli-created = Pengumuman #{ $id } "{ $title }" dibuat: { $queued } pelanggan dalam antrean. Bot yang berjalan akan mengirimnya; pantau dengan: npm run -s cli -- announce-status { $id }
announce-cli-title-required = Sebutkan judulnya: --title "Top 45 KIPP 2021"
announce-cli-year-invalid = --year harus tahun antara 1945 dan { $max }, misalnya --year 2021
announce-cli-level-invalid = --level harus nasional, provinsi, kabupaten atau kota
announce-cli-innovation-required = Sebutkan inovasinya: --innovation <ID atau nama> (boleh diulang)
announce-cli-innovation-unknown = Inovasi "{ $text }" tidak ditemukan di katalog.
announce-cli-innovation-ambiguous = "{ $text }" cocok dengan beberapa inovasi: { $candidates }. Sebutkan ID-nya.
announce-cli-status-usage = Sebutkan nomor pengumuman, misalnya: npm run -s cli -- announce-status 7
announce-cli-status-unknown = Pengumuman #{ $id } tidak ada.

## Telegram profile
profile-description =
    Katalog inovasi pelayanan publik Indonesia, dari Top 99 KIPP KemenPAN-RB sampai Top 10 OPD kabupaten.
    🔎 Ketik kata kunci, wilayah, tahun, atau penghargaan, misalnya "inovasi kesehatan ibu di Sulsel".
    📝 /ajukan: daftarkan inovasi Anda. 🔔 /langganan: terima kabar penghargaan.
    💬 Di chat mana pun: ketik @{ $bot } lalu kata kunci untuk membagikan inovasi.
profile-short-description = Cari inovasi pelayanan publik Indonesia, ajukan inovasi Anda, dan ikuti kabar penghargaannya.
profile-command-cari = Cari inovasi, misalnya: /cari ojek bumil magetan
profile-command-ekspor = Unduh hasil pencarian sebagai berkas Excel, misalnya: /ekspor stunting
profile-command-ajukan = Ajukan inovasi Anda langkah demi langkah
profile-command-langganan = Berlangganan kabar penghargaan inovasi
profile-command-berhenti = Berhenti berlangganan
profile-command-batal = Batalkan langkah yang sedang berjalan
profile-command-bantuan = Semua yang bisa dilakukan bot ini

## Catalogue files
import-check-done = Pemeriksaan selesai, belum ada yang ditulis: { $total } baris dibaca, { $inserted } inovasi akan ditambahkan, { $updated } akan diperbarui, { $unchanged } tidak berubah, { $skipped } akan dilewati.
import-check-refused = { $count ->
    [1] 1 baris tidak valid, jadi berkas ini akan ditolak. Perbaiki baris itu, atau lewati baris yang tidak valid.
   *[other] { $count } baris tidak valid, jadi berkas ini akan ditolak. Perbaiki baris-baris itu, atau lewati baris yang tidak valid.
  }
import-refused = { $count ->
    [1] 1 baris tidak valid, jadi tidak ada yang diimpor.
   *[other] { $count } baris tidak valid, jadi tidak ada yang diimpor.
  }
import-more-lines = …dan { $count } baris lain dengan catatan.
import-file-error = { $kind ->
    [no-name-column] Baris judul tidak memuat kolom nama inovasi (misalnya "nama" atau "nama inovasi"). Judul kolom yang ada: { $detail }
   *[other] Berkas tidak dapat dibaca: { $detail }
  }
export-bad-format = Format "{ $format }" tidak dikenal. Pilih jsonl, csv atau xlsx.
export-done = { $count } inovasi ditulis ke { $file }.
catalogue-file-admins-only = Maaf, hanya admin yang dapat mengimpor daftar inovasi. Jika Anda punya daftar penghargaan, kirimkan inovasinya satu per satu dengan /ajukan.
catalogue-file-too-large = Berkas ini lebih besar dari { $mb } MB, batas unduhan bot Telegram. Bagi daftarnya menjadi beberapa berkas, lalu kirim lagi.
catalogue-file-download-failed = Berkas tidak dapat diunduh dari Telegram saat ini. Coba kirim lagi sebentar lagi.
catalogue-file-empty = Berkas { $file } tidak berisi baris data.
catalogue-file-checked = Berkas { $file } sudah diperiksa:
catalogue-file-imported = Berkas { $file } sudah diimpor:
catalogue-file-cancelled = Impor berkas { $file } dibatalkan; tidak ada yang ditulis.
catalogue-file-stale = Berkas ini sudah diproses.
catalogue-file-importing = Sedang mengimpor…
catalogue-file-button-import = Impor
catalogue-file-button-import-valid = Impor baris yang valid
catalogue-file-button-cancel = Batal
catalogue-export-none = Tidak ada inovasi untuk "{ $query }". Coba kata lain, misalnya: /ekspor stunting
catalogue-export-caption = { $count } inovasi untuk "{ $query }", dalam kolom yang sama dengan berkas impor.
catalogue-export-caption-all = { $count } inovasi dari katalog, dalam kolom yang sama dengan berkas impor.

## Pages
page-previous = ◀️ Sebelumnya
page-next = Berikutnya ▶️
## submission: whether the moderators were told
submit-received-moderators-later = ✅ Terima kasih! Pengajuan #{ $id } "{ $name }" sudah tersimpan. Admin belum bisa diberi tahu saat ini; kami akan terus mencoba sampai berhasil. Anda akan diberi tahu hasilnya di sini.
submit-received-no-moderator = ✅ Terima kasih! Pengajuan #{ $id } "{ $name }" sudah tersimpan, tetapi bot ini belum punya admin yang memeriksa pengajuan. Hubungi pengelola bot; Anda akan diberi tahu hasilnya di sini.

## announce CLI: the innovation each --innovation resolved to
announce-cli-resolved = • "{ $text }": #{ $id } { $name }

## moderation: a rejection reason that lapses
moderation-reason-expired = ⏰ Penolakan #{ $id } dibatalkan karena alasannya tidak datang dalam { $minutes } menit; pengajuan tetap menunggu. Pesan Anda diproses seperti biasa. Tekan Tolak lagi bila perlu.

## announcing: sub-steps that keep the list, a new entry confirmed in full
announce-button-back = ‹ Kembali ke daftar
announce-button-save = ✔ Simpan ke katalog
announce-new-record = Inovasi baru untuk katalog (periksa dulu):
    Nama: { $name }
    Instansi: { $agency }
    Wilayah: { $region }
    Tahun: { $year }
    Simpan ke katalog dan masukkan ke daftar ini?
announce-new-invalid = Inovasi ini belum bisa disimpan; periksa: { $fields }. Tekan "Kembali ke daftar" untuk memilih inovasi lain.
## Forgiving form and paused drafts
submit-button-trim = ✂ Simpan bagian awal
submit-cancel-confirm = Batalkan pengajuan? Jawaban Anda akan dihapus.
submit-cancel-yes = Ya, batalkan
submit-cancel-no = Tidak, lanjutkan
submit-yield-step = langkah { $number }/{ $total }
submit-yield-editing = pratinjau
submit-yield-search = Anda sedang mengisi /ajukan ({ $step }). Lanjutkan, atau cari "{ $query }"?
submit-yield-subscribe = Anda sedang mengisi /ajukan ({ $step }). Lanjutkan, atau buka /langganan? Draf Anda tetap tersimpan.
submit-yield-button-continue = ▶ Lanjutkan /ajukan
submit-yield-button-search = 🔎 Cari "{ $query }"
submit-yield-button-subscribe = 🔔 Buka /langganan
submit-draft-kept = 📝 Draf /ajukan Anda tetap tersimpan ({ $step }). Tekan "Lanjutkan" bila ingin meneruskannya.
submit-year-range = Saya catat tahun { $year }, tahun pertama dari "{ $typed }". Bila inovasinya mulai di tahun lain, ubah di pratinjau nanti.
submit-resumed = ↩️ Bot sempat dimulai ulang. Saya melanjutkan draf /ajukan Anda dari pertanyaan terakhir; jawaban sebelumnya tetap tersimpan.

## After moderation
submit-button-reopen = ✏ Perbaiki dan ajukan lagi
submit-reopened = ✏ Jawaban pengajuan #{ $id } "{ $name }" dibuka lagi. Perbaiki bagian yang perlu diubah, lalu tekan "Kirim".
submit-reopen-unavailable = Pengajuan #{ $id } tidak bisa dibuka lagi: hanya pengajuan Anda sendiri yang ditolak yang bisa diperbaiki. Mari mulai pengajuan baru.
submit-reopen-already-sent = Pengajuan #{ $id } sudah diperbaiki dan diajukan lagi sebagai #{ $newId }. Lihat statusnya dengan /pengajuan.
own-submissions-empty = Anda belum pernah mengajukan inovasi. Ketik /ajukan untuk memulai.
own-submissions-title = Pengajuan Anda ({ $count })
own-submissions-status = { $status ->
    [pending] ⏳ Menunggu pemeriksaan admin
    [published] ✅ Disetujui dan tampil di katalog
    [rejected] ❌ Ditolak
   *[other] Draf
  }
own-submissions-reason = Alasan: { $reason }
own-submissions-resubmitted = ↪ Sudah diperbaiki dan diajukan lagi sebagai #{ $id }
own-submissions-more = …dan { $count } pengajuan lebih lama.
own-submissions-button-reopen = ✏ Perbaiki #{ $id } { $name }

## Chat conventions
language-choose = Pilih bahasa bot ini:
language-chosen = ✅ Baik, saya akan memakai Bahasa Indonesia. Ketik /bahasa untuk menggantinya lagi.
language-button-id = 🇮🇩 Bahasa Indonesia
language-button-en = 🇬🇧 English
chat-greeting = Halo, { $name }! 👋 Ketik kata kunci untuk mencari inovasi, misalnya "ojek bumil magetan", atau /bantuan untuk melihat semua perintah.
chat-thanks = Sama-sama! 🙏 Kalau perlu lagi, ketik saja kata kuncinya.
start-unknown-link = Tautan yang Anda buka tidak menunjuk ke inovasi yang ada (mungkin sudah dihapus).
help-admin =
    Perintah admin:
    📥 /antrian: pengajuan dan usulan koreksi yang menunggu pemeriksaan.
    📣 /umumkan: kirim kabar penghargaan ke pelanggan.
    📰 /berita: tempel berita penghargaan; saya susun drafnya untuk katalog.
    📄 Kirim berkas .csv, .jsonl atau .xlsx untuk mengimpor daftar inovasi.
card-button-back = ‹ Kembali ke hasil
profile-command-pengajuan = Status pengajuan inovasi Anda
profile-command-bahasa = Ganti bahasa (Indonesia/English)
profile-command-antrian = Pengajuan dan koreksi yang menunggu (admin)
profile-command-umumkan = Umumkan penghargaan ke pelanggan (admin)
profile-command-berita = Ubah berita penghargaan menjadi isi katalog (admin)

## Corrections
card-button-correct = ✏ Usulkan koreksi
correction-ask = Apa yang perlu dikoreksi pada "{ $name }"? Tulis koreksinya (5–1.000 karakter), misalnya nama instansi atau tahun yang benar beserta sumbernya.
correction-received = ✅ Terima kasih! Usulan koreksi untuk "{ $name }" sudah dikirim ke admin.
correction-private-only = Buka chat pribadi dengan bot untuk mengusulkan koreksi.
correction-title = ✏ Usulan koreksi #{ $id } untuk inovasi #{ $innovation } "{ $name }"
correction-queue-title = Usulan koreksi yang menunggu: { $count }
correction-button-done = ✔ Koreksi #{ $id } selesai
correction-done = Koreksi #{ $id } ditandai selesai.
correction-already-done = Koreksi #{ $id } sudah ditandai selesai sebelumnya.

## News
news-admins-only = Maaf, perintah ini khusus admin.
news-private-only = Olah berita penghargaan di chat pribadi dengan bot.
news-ask-article = 📰 Tempel teks berita penghargaannya (judul dan isi), teruskan unggahan kanalnya, atau kirim berkas .txt. Alamat beritanya boleh ditaruh di baris pertama.
news-no-article = Tidak ada berita yang sedang diolah. Mulai dengan /berita.
news-already-saved = Berita ini sudah disimpan. Tekan "Umumkan", atau mulai berita baru dengan /berita.
news-save-first = Simpan dulu inovasinya dengan "Simpan semua".
news-cancelled = Berita ditutup; tidak ada yang disimpan.
news-closed = Berita ditutup. Yang sudah disimpan tetap ada di katalog.
news-none-found = Saya tidak menemukan inovasi yang diberi penghargaan dalam teks ini, jadi berita ini ditutup. Kirim /berita lagi untuk mencoba teks lain.
news-list-header = { $count ->
    [one] 📰 1 inovasi ditemukan dalam berita ini (instansi · wilayah · tahun · penghargaan; "–" bila berita tidak menyebutkannya):
   *[other] 📰 { $count } inovasi ditemukan dalam berita ini (instansi · wilayah · tahun · penghargaan; "–" bila berita tidak menyebutkannya):
  }
news-list-footer = Ketuk nomornya untuk memeriksa, mengubah atau membuangnya, lalu tekan "Simpan semua".
news-list-known = (sudah ada, #{ $id })
news-list-maybe-known = (mungkin sudah ada: #{ $id }, buka untuk memastikan)
news-list-dropped = (dibuang)
news-list-capped = Berita ini menyebut { $count } inovasi; hanya { $max } yang pertama ditampilkan.
news-article-cut = Teksnya terlalu panjang; hanya { $limit } karakter pertama yang dibaca.
news-part-received = Bagian artikel diterima ({ $length } karakter sejauh ini). Telegram memotong teks panjang menjadi beberapa pesan: kirim bagian berikutnya, atau tekan "Baca sekarang" bila artikelnya sudah lengkap.
news-button-read-parts = 📖 Baca sekarang
news-field = { $field ->
    [name] Nama
    [agency] Instansi
    [region] Wilayah
    [year] Tahun
    [award] Penghargaan
   *[description] Deskripsi
  }
news-quote-header = Deskripsi (kutipan dari berita, sampai ada deskripsi dengan kata-kata kita sendiri):
news-quote-source = Sumber: { $source }
news-source-unknown = berita yang ditempel admin
news-match-question = { $name } sudah ada (#{ $id }): tambahkan penghargaan ini saja?
news-match-yes = Penghargaan ini akan ditambahkan ke { $name } (#{ $id }); tidak dibuat inovasi baru.
news-draft-dropped = Dibuang: tidak akan disimpan.
news-ask-field = { $field ->
    [name] Tulis nama inovasinya.
    [agency] Tulis nama instansinya (atau "lewati" untuk mengosongkan).
    [region] Di kabupaten/kota atau provinsi mana? (misalnya: Kab. Magetan, Kota Makassar, Sulsel)
    [year] Tahun berapa? (misalnya 2021, atau "lewati" untuk mengosongkan)
    [award] Tulis penghargaannya, misalnya: Top 45 KIPP 2021 (atau "lewati" untuk mengosongkan).
   *[description] Tulis deskripsinya dengan kata-kata sendiri, minimal 50 karakter (atau "lewati" untuk kembali ke kutipan).
  }
news-award-invalid = Penghargaan harus { $min }–{ $max } karakter. Coba lagi.
news-file-too-large = Berkasnya terlalu besar untuk sebuah berita (lebih dari { $max } KB). Tempel teksnya saja.
news-saved-header = 💾 Hasil penyimpanan:
news-saved-new = disimpan sebagai inovasi baru #{ $id }.
news-saved-award = penghargaan ditambahkan ke #{ $id }.
news-saved-unchanged = sudah tercatat di #{ $id }; tidak ada yang baru.
news-saved-merged = digabung dengan #{ $id } yang sudah ada (nama dan wilayahnya sama).
news-saved-dropped = dibuang.
news-saved-no-award = tidak disimpan: berita tidak menyebut penghargaannya.
news-saved-refused = tidak disimpan: { $reasons }.
news-announce-nothing = Tidak ada inovasi tersimpan yang punya penghargaan untuk diumumkan.
news-announce-no-year = Penghargaan "{ $title }" tidak menyebut tahunnya, jadi tidak diumumkan dari sini. Umumkan dengan /umumkan dan sebutkan tahunnya.
news-button-save = 💾 Simpan semua
news-button-cancel = ✖ Tutup
news-button-yes = ✅ Ya
news-button-no = ➕ Tidak, inovasi baru
news-button-undo-match = ↩ Batalkan pilihan ini
news-button-drop = 🗑 Buang
news-button-keep = ↩ Pulihkan
news-button-list = ‹ Daftar
news-button-back = ‹ Kembali
news-button-announce = 📣 Umumkan

## Digest and schedule (jadwal: langsung, harian, mingguan; zona waktu; jam malam)
digest-daily = Ringkasan harian kabar penghargaan
digest-weekly = Ringkasan mingguan kabar penghargaan
digest-part = bagian { $part } dari { $parts }
digest-continued = (lanjutan)
digest-footer = Ketuk nomor untuk membuka kartu inovasinya. Atur jadwal kiriman di /langganan → Jadwal.
schedule-button-open = 🕖 Jadwal
schedule-none = Chat ini belum berlangganan. Pilih wilayah atau tema dulu dengan /langganan, lalu atur jadwalnya.
schedule-title = 🕖 Jadwal kabar penghargaan
schedule-mode-line = Kiriman: { $mode }
schedule-mode-instant = langsung, setiap ada pengumuman
schedule-mode-daily = ringkasan harian, pukul 07.00
schedule-mode-weekly = ringkasan mingguan, Senin pukul 07.00
schedule-zone-inferred = Zona waktu: { $zone } (otomatis, dari wilayah yang Anda ikuti)
schedule-zone-chosen = Zona waktu: { $zone } (pilihan Anda; otomatis: { $inferred })
schedule-quiet-line = Malam (21.00–06.00): { $quiet }
schedule-quiet-silent = dikirim tanpa bunyi
schedule-quiet-hold = ditahan sampai pukul 06.00
schedule-button-instant = Langsung
schedule-button-daily = Harian
schedule-button-weekly = Mingguan
schedule-button-zone-auto = Otomatis ({ $zone })
schedule-button-silent = 🔕 Senyap
schedule-button-hold = ⏸ Tahan sampai 06.00
## Announcement stages, corrections and pushes
announce-message-stage = { $stage ->
    [provisional] ⏳ Finalis, menunggu uji publik
    [withdrawn] ❌ Pengumuman ini ditarik kembali
   *[final] ✅ Final
  }
announce-message-updated = ✏️ Diperbarui: pesan ini sudah dikoreksi.
announce-message-because = Karena Anda mengikuti: { $followed }
announce-because-everything = semua inovasi
announce-push-manage = ⚙️ Atur langganan
announce-push-stop = 🔕 Berhenti
announce-progress-outdated = Pesan terkirim yang masih diubah: { $count }
announce-button-confirm-provisional = ⏳ Umumkan sebagai finalis (menunggu uji publik)
announce-button-edit = ✏️ Ubah
announce-button-final = ✅ Tetapkan final
announce-button-remove = ✖ Keluarkan { $name }
announce-button-keep = ↩ Tetap sertakan { $name }
announce-button-apply = 💾 Simpan perubahan
announce-repeated = "{ $title }" sudah diumumkan sebagai #{ $id } untuk inovasi yang sama. Agar pelanggan tidak menerimanya dua kali, ubah pengumuman itu: tombol "Ubah" di bawah, atau npm run -s cli -- announce-update { $id }
announce-update-screen = Ubah pengumuman #{ $id } "{ $title }" ({ $count } inovasi). Tekan ✖ untuk mengeluarkan satu inovasi, atau "Tetapkan final". Pesan yang sudah terkirim akan ikut diubah. Untuk mengganti judul atau menambah inovasi: npm run -s cli -- announce-update { $id } --title "…" --add-innovation …
announce-update-done = Pengumuman #{ $id } diperbarui (revisi { $revision }): { $toEdit } pesan yang sudah terkirim akan diubah, { $queued } pelanggan baru akan menerimanya.
announce-update-unknown = Pengumuman #{ $id } tidak ada atau belum diumumkan.
announce-update-withdrawn = Pengumuman #{ $id } sudah ditarik kembali dan tidak bisa diubah lagi.
announce-update-unchanged = Tidak ada yang berubah pada pengumuman #{ $id }.
announce-update-empty = Pengumuman harus tetap menyebut setidaknya satu inovasi; tidak ada yang diubah.
announce-cli-title-year = Judul "{ $title }" menyebut tahun { $named }, padahal --year { $year }. Samakan keduanya.
announce-cli-stage-invalid = --stage harus provisional (finalis, menunggu uji publik) atau final; announce-update juga menerima withdrawn (ditarik kembali).
announce-cli-update-usage = Sebutkan nomor pengumuman dan perubahannya, misalnya: npm run -s cli -- announce-update 7 --stage final --remove-innovation 12
announce-cli-update-removing-unnamed = Inovasi #{ $id } { $name } tidak ada di pengumuman #{ $announcement }.
card-award-provisional = 🏆 { $award } (finalis, menunggu uji publik)
