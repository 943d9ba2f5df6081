## Start and help
start-welcome =
    Hello, { $name }! 👋
    I am Inovasi Bot: a catalogue of Indonesia's public-service innovations, from KemenPAN-RB's Top 99 KIPP to regency Top 10 lists.
    Just type what you are looking for, for example:
    • inovasi kesehatan ibu di Sulsel
    • ojek bumil magetan
    • top 99 banjarnegara
    Type /help to see every command.
help-text =
    What I can do:
    🔎 Search innovations: type keywords, a region, a year or an award (e.g. "ibu hamil jatim 2021"), or /search keywords.
    📝 /submit: submit your innovation; an admin reviews it. /submissions: see the status of yours.
    🔔 /subscribe: get innovation award news for the regions or themes you choose; /unsubscribe to stop.
    ✏ Something wrong? Press "Propose a correction" under the innovation's card.
    🌐 /language: change the language (Indonesia/English).
    💬 In any chat: type @{ $bot } and keywords to share an innovation.
    Region data: idn-area-data (ODbL).

## Errors
error-generic = Sorry, something went wrong while handling your message. Please try again shortly.
error-unavailable = Sorry, our service is having trouble right now. Your message could not be handled yet; please try again in a few minutes.
flood-warning = You are sending messages too fast. Wait a moment, then send again; messages sent meanwhile are not handled.
unhandled-message = Sorry, I did not understand that. Type keywords to search innovations, or /help.

## Local chat (terminal)
local-chat-banner =
    Local chat mode: there is no BOT_TOKEN, so the bot runs in this terminal without Telegram.
    Type messages as in Telegram (for example /start). Buttons are shown numbered [1], [2], …: type the number to press one.
    Inline mode: start with @bot, for example "@bot jekmil". Type /keluar or press Ctrl+D to quit.
    Send a file (a list to import, a .txt article) with /kirim FILE-NAME.
local-chat-you = You
local-chat-bot = Bot
local-chat-edited = (message updated)
local-chat-notice = (notice) { $text }
local-chat-no-button = There is no button number { $number } on the last message.
local-chat-open-link = (link) { $url }
local-chat-inline-results = Inline results for "{ $query }":
local-chat-inline-empty = (no inline results)
local-chat-document = 📎 a file from the bot, saved to { $path }
local-chat-file-needed = Write the name of the file to send, for example /kirim ./list.xlsx
local-chat-file-missing = File { $path } was not found or cannot be read. Write its path, for example /kirim ./list.xlsx
local-chat-goodbye = Goodbye!
polling-started = The bot is running on Telegram as @{ $bot } (long polling). Press Ctrl+C to stop.

## Extraction
cli-extract-file-required = Name the article's file, or - to read standard input, for example: npm run -s cli -- extract article.txt
cli-extract-empty = The article is empty: there is no text to read.
cli-extract-none = No innovation was found in this article.
cli-extract-found = { $count ->
    [one] 1 innovation found:
   *[other] { $count } innovations found:
}
cli-extract-item = { $number }. { $name }
cli-extract-agency = Agency: { $agency }
cli-extract-region = Region: { $region }
cli-extract-year = Year: { $year }
cli-extract-award = Award: { $award }
cli-extract-unknown = (not stated)

## Database
database-busy = The data folder { $dir } is in use by another process (PID { $pid }), probably a running bot. Stop that process first, or use DATABASE_URL for a Postgres server that can be shared.

## CLI
cli-usage =
    Usage: npm run -s cli -- <command> [options]
    Commands:
      import FILE [--dry-run] [--skip-invalid]   import innovations from JSON Lines (.jsonl), CSV or Excel (.xlsx); --dry-run: check only, write nothing
      export [--format jsonl|csv|xlsx] [--query "query"] [--out FILE]   write the catalogue (or search results) in the import columns
      search [--json] [--limit N] "query"  search innovations; --stdin: one query per line, one JSON line per query
      announce --title "…" --year N [--level nasional|provinsi|kabupaten|kota] [--stage provisional|final] --innovation <ID|name> …   announce an award to subscribers (prints the announcement number)
      announce-update N [--title "…"] [--stage provisional|final|withdrawn] [--add-innovation <ID|name>] [--remove-innovation <ID|name>]   correct announcement N; messages already sent are edited too
      announce-status N   delivery progress of announcement N
      extract [--json] FILE   read an award news article (- for standard input) and print its innovation drafts
cli-search-query-required = Give the query, for example: npm run -s cli -- search "ojek bumil magetan"
cli-search-bad-limit = --limit must be a whole number between 1 and { $max }.
cli-unknown-command = Unknown command: { $command }
cli-file-missing = File not found: { $file }
cli-file-required = Name the file to import, for example: npm run -s cli -- import data.jsonl
import-invalid-header = Line { $line } is invalid:
import-problem = { $field }: { $problem ->
    [required] is required
    [region-required] empty; write the regency/city or the province
    [too-long] is too long (at most { $limit } characters)
    [too-short] is too short (at least { $limit } characters)
    [not-a-year] is not a valid year (between { $min } and { $max })
    [not-text] must be text
    [unknown-region] region "{ $value }" is unknown
    [ambiguous-region] region "{ $value }" is ambiguous: { $candidates }
    [region-mismatch] regency/city "{ $value }" is not in province { $province }
    [invalid-json] is not valid JSON
    [not-an-object] must be a JSON object
    [unknown-field] is not a known column
   *[other] is invalid
  }
import-aborted = { $count ->
    [one] 1 line is invalid, so nothing was imported. Fix it, or run again with --skip-invalid to skip it.
   *[other] { $count } lines are invalid, so nothing was imported. Fix them, or run again with --skip-invalid to skip them.
  }
import-done = Import finished: { $total } lines read, { $inserted } new innovations, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
import-empty = The file { $file } has no data lines.

## Import warnings
import-field = { $field ->
    [name] name
    [expansion] expansion
    [agency] agency
    [regency] regency/city
    [province] province
    [year] year
    [award] award
    [theme] theme
    [description] description
    [source] source
    [innovator] innovator
   *[other] row
  }
import-warning-header = Line { $line } was imported with notes:
import-warning = { $field }: { $warning ->
    [year-range] "{ $value }" is a range of years; the first year, { $detail }, was kept
    [theme-tag] theme "{ $value }" is not in the list of government affairs; kept as the source's own tag
    [province-before-split] { $region } was listed under { $value }; since { $year } ({ $law }) it belongs to { $detail }, stored there
    [renamed-regency] "{ $value }" is now called { $detail } (since { $year }, { $law }), stored under that name
   *[other] "{ $value }" was read as { $detail }
  }

## Search
search-found = { $total ->
    [one] 🔎 1 innovation for "{ $query }"
   *[other] 🔎 { $total } innovations for "{ $query }" · page { $page }/{ $pages }
  }
search-partial = Nothing matches every word; these come closest.
search-understood = Understood: { $parts }
search-understood-region = region: { $value }
search-understood-year = year: { $value }
search-understood-award = award: { $value }
search-understood-theme = theme: { $value }
search-understood-terms = words: { $value }
search-corrected = Corrected: { $value }
search-none = No innovation matches "{ $query }".
search-none-hint = Try other words, drop the year or the region, or type /help.
search-try-relaxed = 🔁 Try "{ $query }"
search-empty-query = Type keywords after /cari, for example: /cari ojek ibu hamil magetan
search-query-too-long = Those keywords are too long ({ $length } characters): at most { $limit } characters. Type just a few words, for example "ojek ibu hamil magetan".
search-no-terms = Those words are too common to search for. Add the innovation's name, a theme or a region, e.g. "ibu hamil jatim".
search-button-previous = ‹ Previous
search-button-next = Next ›
search-expired = This search is no longer available. Please search again.
search-similar-title = Innovations similar to { $name }:
search-similar-none = No other innovation is similar to { $name } yet.

## Search: guessed places
search-guessed-place = 📍 "{ $typed }" was read as { $place } (a guess from the spelling).
search-button-without-place = 🔁 Search without that place

## Card
card-agency = 🏢 { $agency }
card-region = 📍 { $region }
card-year = 📅 { $year }
card-theme = 🏷 { $theme }
card-award = 🏆 { $award }
card-innovator = 👤 Innovator: { $innovator }
card-source = 🔗 Source: { $source }
card-digital = { $digital ->
    [yes] 💻 Digital innovation
   *[no] 🤝 Non-digital innovation
  }
card-stage = Stage: { $stage ->
    [inisiatif] initiative
    [uji_coba] trial
   *[penerapan] in use
  }
card-problem = Problem: { $problem }
card-impact = Result: { $impact }
card-button-similar = 🧩 Similar
card-button-share = 📤 Share
card-button-open = Open in the bot
card-not-found = That innovation was not found (it may have been removed).

## Inline
inline-description = { $agency } · { $region }

## Submission
submit-intro =
    📝 Let's add your innovation to the catalogue. There are 13 short questions, one at a time.
    • "Back" fixes an earlier answer (the other answers are kept).
    • "Cancel" or /batal stops at any time.
    The draft is kept for { $hours } hours after your last answer, so you can continue later.
submit-ask-name = What is your innovation called? Example: JEK-MIL
submit-ask-expansion = What does the name stand for? Example: Ojek Ibu Hamil. Press "Skip" if it is not an acronym.
submit-ask-agency = Which agency or office (OPD) runs it? Example: Puskesmas Bendo, Dinas Kesehatan
submit-ask-region = In which regency or city? Write for example "Kab. Wajo" or "wajo sulsel". For a province-wide innovation, write the province.
submit-ask-year = In which year did the innovation start? ({ $first }–{ $last })
submit-ask-stage = What stage has the innovation reached?
submit-ask-digital = Is the innovation digital (an app, a website, social media)?
submit-ask-theme = Choose the theme that fits best.
submit-ask-description = Describe the innovation: what is done and how ({ $min }–{ $max } characters).
submit-ask-problem = Which problem does it solve? You may skip this.
submit-ask-impact = What results or impact has it had so far? You may skip this.
submit-ask-innovator = Who is the innovator (you or your team)?
submit-ask-link = Is there a news article or document about it? Send its address (for example wajokab.go.id/berita/jek-mil), or press "Skip".
submit-current = Current answer
submit-skipped = (skipped)
submit-problem = { $kind ->
    [required] This answer is required.
    [too-short] Too short: write at least { $limit } characters.
    [too-long] Too long: { $length } characters, the limit is { $limit }. Please shorten it and send it again{ $trim ->
        [yes] , or press "Keep the first part" to use the first { $limit } characters.
       *[no] .
    }
    [not-a-year] Write a four-digit year between { $first } and { $last }.
    [not-a-url] "{ $value }" is not a valid web address. Example: https://wajokab.go.id/berita/jek-mil
    [not-a-choice] Choose one of the buttons below, or type the answer.
    [unknown-region] I do not know the region "{ $value }". Write the regency or city and its province, for example "wajo sulsel" or "Kota Makassar".
    [ambiguous-region] "{ $value }" could mean several regions. Choose the one you mean, or write it more fully (for example with the province).
    [guessed-region] Does "{ $value }" mean the region on the button below? Tap it to use that region, or write it more fully.
    [card-too-long] With this answer the submission card exceeds Telegram's message limit (4096 characters). Please shorten it by about { $over } characters.
    [not-text] Please send the answer as text.
    [not-skippable] This question must be answered, so it cannot be skipped.
    [busy] You are in the middle of a submission. Answer this question first, or type /batal to cancel it.
    [save-failed] Sorry, I could not save that just now. Your answers are kept; please try again in a moment.
   *[other] I cannot accept this answer yet.
  }
submit-field-name = Name
submit-field-expansion = Stands for
submit-field-agency = Agency
submit-field-region = Region
submit-field-year = Started
submit-field-stage = Stage
submit-field-digital = Digital
submit-field-theme = Theme
submit-field-description = Description
submit-field-problem = Problem solved
submit-field-impact = Results/impact
submit-field-innovator = Innovator
submit-field-link = Link
submit-stage-inisiatif = Initiative
submit-stage-uji_coba = Trial
submit-stage-penerapan = In use
submit-yes = Yes
submit-no = No
submit-button-back = ◀ Back
submit-button-skip = Skip ▶
submit-button-cancel = ✖ Cancel
submit-button-keep = ✔ Keep: { $value }
submit-button-edit = ✏ { $field }
submit-button-send = 📨 Send
submit-stale-button = That button belongs to another question. Please answer the latest question below.
submit-no-draft = That draft is no longer active. Type /ajukan to start a new submission.
submit-preview-title = Preview of your submission
submit-preview-hint = Please check it. Press ✏ on a part to change it, then "Send" when everything is right.
submit-duplicate-similar = A similar innovation already exists in this region. Make sure it is not the same one before sending:
submit-duplicate-exact = An innovation with the same name and agency is already in the catalogue for this region, so this submission cannot be sent. If yours is different, change its name or agency:
submit-duplicate-on-send = The same innovation (name, agency and region) is already in the catalogue. Change the name or agency if yours is different.
submit-limit-reached = You already have { $count } submissions waiting for an admin. Please wait until they are reviewed, then submit again.
submit-limit-on-send = You already have { $count } submissions waiting for an admin, so this one cannot be sent yet. The draft is kept for { $hours } hours; press "Send" again once an admin has reviewed your submissions.
submit-received = ✅ Thank you! Submission #{ $id } "{ $name }" was received and is waiting for an admin. You will hear the outcome here.
submit-expired = ⏰ Your innovation draft was deleted because there was no answer for { $hours } hours. Type /ajukan to start again any time.
submit-cancelled = Submission cancelled and the draft deleted. Type /ajukan to start again.
submit-nothing-to-cancel = There is no submission in progress.
submit-finish-first = Please finish what is in progress first, or type /batal.
submit-private-only = Innovations are submitted in a private chat: open @{ $bot } and type /ajukan.

## Moderation
moderation-card-title = 📥 Submission #{ $id }
moderation-card-from = From: { $name }
moderation-status-pending = ⏳ Waiting for review
moderation-status-published = ✅ Approved by { $admin }
moderation-status-rejected = ❌ Rejected by { $admin }. Reason: { $reason }
moderation-button-approve = ✅ Approve
moderation-button-reject = ❌ Reject
moderation-button-edit = ✏ Edit
moderation-button-open = #{ $id } { $name }
moderation-queue-empty = The queue is empty: no submission is waiting.
moderation-queue-title = Queue: { $count } waiting
moderation-queue-more = …and { $count } more.
moderation-queue-hint = Press one to review it.
moderation-admins-only = Sorry, this is for admins only.
moderation-not-found = Submission #{ $id } was not found.
moderation-approved = Submission #{ $id } approved; it now shows up in search.
moderation-rejected = Submission #{ $id } rejected. The submitter has been told the reason.
moderation-already-published = Submission #{ $id } was already approved by { $admin }.
moderation-already-rejected = Submission #{ $id } was already rejected by { $admin }.
moderation-finish-first = Please finish what is in progress in your private chat with the bot first, or type /batal.
moderation-ask-reason = Type why #{ $id } "{ $name }" is rejected (5–300 characters), or /batal. The submitter receives this reason. This request lasts { $minutes } minutes.
moderation-edit-which = Which part of submission #{ $id } "{ $name }" do you want to change?
moderation-edited = Changes to submission #{ $id } saved.
moderation-cancelled = Cancelled; nothing was changed.
moderation-notice-approved = 🎉 Your innovation "{ $name }" (submission #{ $id }) was approved and is now in the catalogue. Try searching: { $name }
moderation-notice-rejected =
    Sorry, submission #{ $id } "{ $name }" could not be accepted.
    Reason: { $reason }
    Press "Fix and submit again" to open your answers, correct them and send them again.

## Subscription
subscribe-status-none = This chat is not subscribed to innovation award news.
subscribe-status-stopped = 🔕 This chat's subscription is stopped. Choose a region or theme below to subscribe again.
subscribe-status-everything = 🔔 Subscribed: all innovation award news.
subscribe-status-filters = 🔔 Subscribed to innovation award news for:
subscribe-status-nothing = 🔔 Subscribed, but no region or theme is chosen yet.
subscribe-status-provinces = Provinces: { $list }
subscribe-status-regencies = Regencies/cities: { $list }
subscribe-status-themes = Themes: { $list }
subscribe-how =
    Choose with the buttons below, or type for example:
    /langganan semua · /langganan sulsel · /langganan kab. magetan · /langganan kesehatan
subscribe-how-stop = /berhenti to unsubscribe.
subscribe-button-everything = All innovations
subscribe-button-provinces = 🗺 Choose provinces
subscribe-button-themes = 🏷 Choose themes
subscribe-button-back = « Back
subscribe-button-stop = 🔕 Unsubscribe
subscribe-choose-province = Choose provinces (✅ = chosen; press again to remove).
subscribe-choose-theme = Choose themes (✅ = chosen; press again to remove).
subscribe-added-everything = ✅ This chat will receive all innovation award news.
subscribe-added-region = ✅ Subscribed to innovation award news in { $region }.
subscribe-added-theme = ✅ Subscribed to innovation award news about { $theme }.
subscribe-ambiguous = "{ $text }" may mean several regions. Choose one:
subscribe-unknown = I do not know the region or theme "{ $text }". Examples: /langganan sulsel, /langganan kab. magetan, /langganan kesehatan, /langganan semua.
subscribe-too-long = Too long: write the regions or themes to follow, at most { $limit } characters. Examples: /langganan sulsel, /langganan kesehatan.
subscribe-stopped = 🔕 Unsubscribed. Type /langganan any time to subscribe again.
subscribe-not-subscribed = This chat is not subscribed. Type /langganan to start.
subscribe-admins-only = Only group admins can change this group's subscription.
subscribe-reactivated = 🔔 Welcome back! Your award news subscription is active again.

## Subscription: guessed places
subscribe-guessed = Does "{ $text }" mean { $region }? Tap the button below to subscribe to that region.

## Subscription: managing it (levels, removing, stopping, restoring, channels)
subscribe-how-remove = /langganan hapus lotim to stop following one region or theme.
subscribe-button-levels = 🏅 Award level
subscribe-button-restore = ↩️ Restore the old subscription
subscribe-button-channel = 📢 Channel
subscribe-button-this-chat = « This chat
subscribe-button-stop-yes = Yes, stop
subscribe-button-cancel = Cancel
subscribe-level-nasional = National
subscribe-level-provinsi = Provincial
subscribe-level-kabkota = Regency/City
subscribe-choose-level = Choose award levels (✅ = chosen). With none chosen, every level is sent.
subscribe-preview =
    You will receive news about { $list } ({ $levels }). So far { $count ->
        [0] no innovation in the catalogue matches.
        [one] 1 innovation in the catalogue matches.
       *[other] { $count } innovations in the catalogue match.
    }
subscribe-preview-everything = all innovations
subscribe-preview-every-level = every award level
subscribe-preview-levels = { $list } awards
subscribe-added-several = ✅ Subscribed to innovation award news for: { $list }.
subscribe-removed = ✅ No longer following { $label }.
subscribe-remove-not-followed = This chat does not follow { $label }, so nothing changed. Type /langganan to see what it follows.
subscribe-remove-guess = Nothing is called exactly "{ $text }". Did you mean { $label }? Press its button to stop following it.
subscribe-remove-unknown = I cannot find "{ $text }" among what this chat follows. Type /langganan to see the list and remove with the ✕ buttons.
subscribe-remove-how = Write what to remove, for example /langganan hapus lotim or /langganan hapus kesehatan.
subscribe-ask-stop = Stop everything? This chat follows { $count } regions/themes. To remove just one, press Cancel, then the ✕ button next to it.
subscribe-restored = ↩️ The old subscription is restored.
subscribe-channel-ask = Choose a channel you manage with the button below (Telegram asks you to make the bot a channel admin if needed), or send a public channel's @username.
subscribe-channel-pick = 📢 Choose a channel
subscribe-channel-cancel = ✖️ Cancel adding a channel
subscribe-channel-cancelled = All right, no channel was added.
subscribe-channel-unknown = I cannot find the channel { $username }. Check the spelling, or choose the channel with the button.
subscribe-channel-bot-not-admin = The bot is not yet an admin of { $title } that may post. Make the bot a channel admin allowed to "Post messages", then try again.
subscribe-channel-not-admin = Only admins of { $title } can manage its subscription.
subscribe-channel-linked = ✅ Channel { $title } is linked. Manage its subscription here; award news will be posted in that channel.
subscribe-channel-header = 📢 Channel { $title }
subscribe-channel-how = Choose with the buttons below. This channel's subscription is managed from this private chat.
subscribe-channel-not-yours = This channel's subscription cannot be managed from here: you or the bot are not (or no longer) an admin of the channel. Ask a channel admin to link it again.
subscribe-channel-lost = ⚠️ The bot is no longer an admin of { $title } that may post, so award news is no longer posted there. Make the bot an admin again to resume.
subscribe-channel-back = 🔔 The bot is an admin of { $title } again; award news is posted there again.

## Announcement
announce-admins-only = Sorry, this command is for admins only.
announce-private-only = Compose announcements in a private chat with the bot.
announce-ask-title = 📣 New award announcement. What is the award's title? For example: Top 45 KIPP 2021.
announce-title-invalid = The title must be 3–200 characters. Try again.
announce-ask-level = Level of the award "{ $title }"?
announce-level = { $level ->
    [provinsi] Provincial
    [kabupaten] Regency
    [kota] City
   *[nasional] National
  }
announce-ask-year = Year of the award "{ $title }"? (e.g. 2021)
announce-year-invalid = The year must be between 1945 and { $max }. Try again.
announce-ask-innovations = Send the ID or name of each innovation on this list, one per message. Press "Done" when complete.
announce-added = ➕ { $name } ({ $region }) added. { $count } innovations so far. Send the next one, or press "Done".
announce-choose = { $count ->
    [1] One innovation is close to "{ $text }". Is it this one?
   *[other] { $count } innovations match "{ $text }". Pick the one you mean:
}
announce-not-found = There is no innovation "{ $text }" in the catalogue. Create a new one with that name?
announce-button-create = ➕ Create "{ $name }"
announce-button-done = ✅ Done
announce-button-confirm = 📣 Announce
announce-button-cancel = ✖ Cancel
announce-need-innovation = Add at least one innovation first.
announce-ask-new-region = In which regency/city or province is "{ $name }"? (e.g. Kab. Wajo, Kota Makassar, Sulsel)
announce-region-unknown = Unknown region "{ $text }". Try again, e.g. Kab. Wajo, Kota Makassar, Sulsel.
announce-region-ambiguous = "{ $text }" may mean: { $candidates }. Be more specific, e.g. add the province.
announce-ask-new-agency = Which agency runs "{ $name }"? (e.g. Dinas Kesehatan)
announce-agency-invalid = The agency name must be 2–200 characters. Try again.
announce-name-invalid = The innovation name must be 2–200 characters.
announce-preview-header = Preview of the message to subscribers:
announce-preview-footer = It will go to { $instant } subscribers.{ $digest ->
    [0] {""}
   *[other] {" "}{ $digest } more will get it in their daily or weekly digest.
  } Announce now?
announce-cancelled = Announcement cancelled; nothing was sent.
announce-no-draft = No announcement is being composed. Start with /umumkan.
announce-already = Announcement #{ $id } was already announced.
announce-message-intro = { $level ->
    [provinsi] Provincial award
    [kabupaten] Regency award
    [kota] City award
   *[nasional] National award
  } { $year } · { $count } innovations
announce-message-item = { $agency }, { $region }
announce-message-more = … and { $count } more innovations.
announce-message-footer = You receive this because you subscribed to award news (/langganan). Type /berhenti to stop.
announce-progress = Recipients: { $total } · sent: { $sent } · pending: { $pending } · failed: { $failed } · skipped: { $skipped }{ $ambiguous ->
    [0] {""}
   *[other] { " · " }not sure to have arrived (resent if needed): { $ambiguous }
  }
announce-progress-running = ⏳ Sending…
announce-progress-finished = ✅ Done.
announce-cli-created = Announcement #{ $id } "{ $title }" created: { $queued } subscribers queued. The running bot sends it; follow it with: npm run -s cli -- announce-status { $id }
announce-cli-title-required = Give the title: --title "Top 45 KIPP 2021"
announce-cli-year-invalid = --year must be a year between 1945 and { $max }, e.g. --year 2021
announce-cli-level-invalid = --level must be nasional, provinsi, kabupaten or kota
announce-cli-innovation-required = Name the innovations: --innovation <ID or name> (may be repeated)
announce-cli-innovation-unknown = Innovation "{ $text }" is not in the catalogue.
announce-cli-innovation-ambiguous = "{ $text }" matches several innovations: { $candidates }. Give its ID.
announce-cli-status-usage = Give the announcement number, e.g.: npm run -s cli -- announce-status 7
announce-cli-status-unknown = Announcement #{ $id } does not exist.

## Telegram profile
profile-description =
    A catalogue of Indonesia's public-service innovations, from KemenPAN-RB's Top 99 KIPP to regency Top 10 lists.
    🔎 Type keywords, a region, a year or an award, e.g. "inovasi kesehatan ibu di Sulsel".
    📝 /ajukan: submit your innovation. 🔔 /langganan: get award news.
    💬 In any chat: type @{ $bot } and keywords to share an innovation.
profile-short-description = Search Indonesia's public-service innovations, submit yours and follow the awards.
profile-command-cari = Search innovations, e.g. /cari ojek bumil magetan
profile-command-ekspor = Download search results as an Excel file, e.g. /ekspor stunting
profile-command-ajukan = Submit your innovation step by step
profile-command-langganan = Subscribe to innovation award news
profile-command-berhenti = Unsubscribe
profile-command-batal = Cancel the step in progress
profile-command-bantuan = Everything this bot can do

## Catalogue files
import-check-done = Check finished, nothing written yet: { $total } lines read, { $inserted } innovations would be added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
import-check-refused = { $count ->
    [1] 1 line is invalid, so this file would be refused. Fix it, or skip invalid lines.
   *[other] { $count } lines are invalid, so this file would be refused. Fix them, or skip invalid lines.
  }
import-refused = { $count ->
    [1] 1 line is invalid, so nothing was imported.
   *[other] { $count } lines are invalid, so nothing was imported.
  }
import-more-lines = …and { $count } more lines with notes.
import-file-error = { $kind ->
    [no-name-column] The header row has no innovation name column (such as "nama" or "name"). The columns found: { $detail }
   *[other] The file cannot be read: { $detail }
  }
export-bad-format = Unknown format "{ $format }". Choose jsonl, csv or xlsx.
export-done = { $count } innovations written to { $file }.
catalogue-file-admins-only = Sorry, only admins can import lists of innovations. If you have an award list, submit its innovations one by one with /ajukan.
catalogue-file-too-large = This file is larger than { $mb } MB, the download limit for Telegram bots. Split the list into several files and send them again.
catalogue-file-download-failed = The file cannot be downloaded from Telegram right now. Try sending it again in a moment.
catalogue-file-empty = The file { $file } has no data lines.
catalogue-file-checked = The file { $file } has been checked:
catalogue-file-imported = The file { $file } has been imported:
catalogue-file-cancelled = Import of { $file } cancelled; nothing was written.
catalogue-file-stale = This file has already been handled.
catalogue-file-importing = Importing…
catalogue-file-button-import = Import
catalogue-file-button-import-valid = Import the valid lines
catalogue-file-button-cancel = Cancel
catalogue-export-none = No innovations for "{ $query }". Try other words, for example: /ekspor stunting
catalogue-export-caption = { $count } innovations for "{ $query }", in the same columns as an import file.
catalogue-export-caption-all = { $count } innovations from the catalogue, in the same columns as an import file.

## Pages
page-previous = ◀️ Previous
page-next = Next ▶️
## submission: whether the moderators were told
submit-received-moderators-later = ✅ Thank you! Submission #{ $id } "{ $name }" is saved. The admins cannot be told right now; we will keep trying until they are. You will hear the outcome here.
submit-received-no-moderator = ✅ Thank you! Submission #{ $id } "{ $name }" is saved, but this bot has no admin to review submissions yet. Contact whoever runs the bot; you will hear the outcome here.

## announce CLI: the innovation each --innovation resolved to
announce-cli-resolved = • "{ $text }": #{ $id } { $name }

## moderation: a rejection reason that lapses
moderation-reason-expired = ⏰ Rejecting #{ $id } was called off: no reason came within { $minutes } minutes, and the submission is still waiting. Your message is handled as usual. Press Reject again if needed.

## announcing: sub-steps that keep the list, a new entry confirmed in full
announce-button-back = ‹ Back to the list
announce-button-save = ✔ Save to the catalogue
announce-new-record = New innovation for the catalogue (check it first):
    Name: { $name }
    Agency: { $agency }
    Region: { $region }
    Year: { $year }
    Save it to the catalogue and add it to this list?
announce-new-invalid = This innovation cannot be saved yet; check: { $fields }. Press "Back to the list" to choose another.
## Forgiving form and paused drafts
submit-button-trim = ✂ Keep the first part
submit-cancel-confirm = Cancel the submission? Your answers will be deleted.
submit-cancel-yes = Yes, cancel
submit-cancel-no = No, continue
submit-yield-step = step { $number }/{ $total }
submit-yield-editing = preview
submit-yield-search = You are filling in /ajukan ({ $step }). Continue, or search for "{ $query }"?
submit-yield-subscribe = You are filling in /ajukan ({ $step }). Continue, or open /langganan? Your draft is kept.
submit-yield-button-continue = ▶ Continue /ajukan
submit-yield-button-search = 🔎 Search "{ $query }"
submit-yield-button-subscribe = 🔔 Open /langganan
submit-draft-kept = 📝 Your /ajukan draft is kept ({ $step }). Press "Continue" when you want to go on.
submit-year-range = I recorded { $year }, the first year of "{ $typed }". If the innovation started in another year, change it in the preview later.
submit-resumed = ↩️ The bot was restarted. I am continuing your /ajukan draft from the last question; your earlier answers are kept.

## After moderation
submit-button-reopen = ✏ Fix and submit again
submit-reopened = ✏ The answers of submission #{ $id } "{ $name }" are open again. Correct what needs changing, then press "Send".
submit-reopen-unavailable = Submission #{ $id } cannot be reopened: only your own rejected submissions can be fixed. Let us start a new one.
submit-reopen-already-sent = Submission #{ $id } was already corrected and sent again as #{ $newId }. See its status with /submissions.
own-submissions-empty = You have not submitted an innovation yet. Type /ajukan to start.
own-submissions-title = Your submissions ({ $count })
own-submissions-status = { $status ->
    [pending] ⏳ Waiting for an admin's review
    [published] ✅ Approved and shown in the catalogue
    [rejected] ❌ Rejected
   *[other] Draft
  }
own-submissions-reason = Reason: { $reason }
own-submissions-resubmitted = ↪ Corrected and sent again as #{ $id }
own-submissions-more = …and { $count } older submissions.
own-submissions-button-reopen = ✏ Fix #{ $id } { $name }

## Chat conventions
language-choose = Choose the bot's language:
language-chosen = ✅ Fine, I will use English. Type /language to change it again.
language-button-id = 🇮🇩 Bahasa Indonesia
language-button-en = 🇬🇧 English
chat-greeting = Hello, { $name }! 👋 Type keywords to search for innovations, for example "ojek bumil magetan", or /help to see every command.
chat-thanks = You are welcome! 🙏 If you need anything else, just type the keywords.
start-unknown-link = The link you opened does not point to an existing innovation (it may have been removed).
help-admin =
    Admin commands:
    📥 /antrian: submissions and proposed corrections waiting for review.
    📣 /umumkan: send award news to subscribers.
    📰 /berita: paste award news; I draft its innovations for the catalogue.
    📄 Send a .csv, .jsonl or .xlsx file to import a list of innovations.
card-button-back = ‹ Back to results
profile-command-pengajuan = The status of your submissions
profile-command-bahasa = Change the language (Indonesia/English)
profile-command-antrian = Submissions and corrections waiting (admins)
profile-command-umumkan = Announce an award to subscribers (admins)
profile-command-berita = Turn award news into catalogue entries (admins)

## Corrections
card-button-correct = ✏ Propose a correction
correction-ask = What needs correcting in "{ $name }"? Write the correction (5–1,000 characters), for example the right agency or year and where it comes from.
correction-received = ✅ Thank you! Your correction for "{ $name }" has been sent to the admins.
correction-private-only = Open a private chat with the bot to propose a correction.
correction-title = ✏ Proposed correction #{ $id } for innovation #{ $innovation } "{ $name }"
correction-queue-title = Proposed corrections waiting: { $count }
correction-button-done = ✔ Correction #{ $id } done
correction-done = Correction #{ $id } marked done.
correction-already-done = Correction #{ $id } was already marked done.

## News
news-admins-only = Sorry, this command is for admins only.
news-private-only = Process award news in a private chat with the bot.
news-ask-article = 📰 Paste the award article (title and body), forward the channel post, or send a .txt file. The article's address may go on the first line.
news-no-article = No article is being processed. Start with /berita.
news-already-saved = This article is already saved. Press "Announce", or start a new article with /berita.
news-save-first = Save the innovations first with "Save all".
news-cancelled = Article closed; nothing was saved.
news-closed = Article closed. What was saved stays in the catalogue.
news-none-found = I found no awarded innovation in this text, so this article is closed. Send /berita again to try another text.
news-list-header = { $count ->
    [one] 📰 1 innovation found in this article (agency · region · year · award; "–" when the article does not say):
   *[other] 📰 { $count } innovations found in this article (agency · region · year · award; "–" when the article does not say):
  }
news-list-footer = Tap a number to check, edit or drop it, then press "Save all".
news-list-known = (already listed, #{ $id })
news-list-maybe-known = (may be listed already: #{ $id }, open to confirm)
news-list-dropped = (dropped)
news-list-capped = This article names { $count } innovations; only the first { $max } are shown.
news-article-cut = The text is too long; only its first { $limit } characters were read.
news-part-received = Part of the article received ({ $length } characters so far). Telegram cuts long texts into several messages: send the next part, or press "Read now" if the article is complete.
news-button-read-parts = 📖 Read now
news-field = { $field ->
    [name] Name
    [agency] Agency
    [region] Region
    [year] Year
    [award] Award
   *[description] Description
  }
news-quote-header = Description (quoted from the article until someone writes one in our own words):
news-quote-source = Source: { $source }
news-source-unknown = an article pasted by an admin
news-match-question = { $name } is already listed (#{ $id }): add only this award to it?
news-match-yes = This award will be added to { $name } (#{ $id }); no new innovation is created.
news-draft-dropped = Dropped: it will not be saved.
news-ask-field = { $field ->
    [name] Write the innovation's name.
    [agency] Write the agency's name (or "skip" to empty it).
    [region] In which regency/city or province? (e.g. Kab. Magetan, Kota Makassar, Sulsel)
    [year] Which year? (e.g. 2021, or "skip" to empty it)
    [award] Write the award, e.g. Top 45 KIPP 2021 (or "skip" to empty it).
   *[description] Write the description in your own words, at least 50 characters (or "skip" to go back to the quotation).
  }
news-award-invalid = The award must be { $min }–{ $max } characters. Try again.
news-file-too-large = The file is too large for an article (over { $max } KB). Paste its text instead.
news-saved-header = 💾 Saved:
news-saved-new = saved as new innovation #{ $id }.
news-saved-award = award added to #{ $id }.
news-saved-unchanged = already recorded in #{ $id }; nothing new.
news-saved-merged = merged into #{ $id }, already listed (same name and region).
news-saved-dropped = dropped.
news-saved-no-award = not saved: the article names no award.
news-saved-refused = not saved: { $reasons }.
news-announce-nothing = No saved innovation has an award to announce.
news-announce-no-year = The award "{ $title }" names no year, so it was not announced from here. Announce it with /umumkan and give its year.
news-button-save = 💾 Save all
news-button-cancel = ✖ Close
news-button-yes = ✅ Yes
news-button-no = ➕ No, a new innovation
news-button-undo-match = ↩ Undo this choice
news-button-drop = 🗑 Drop
news-button-keep = ↩ Restore
news-button-list = ‹ List
news-button-back = ‹ Back
news-button-announce = 📣 Announce

## Digest and schedule (instant, daily, weekly; time zone; night hours)
digest-daily = Daily digest of award news
digest-weekly = Weekly digest of award news
digest-part = part { $part } of { $parts }
digest-continued = (continued)
digest-footer = Tap a number to open that innovation's card. Change when news comes in /langganan → Schedule.
schedule-button-open = 🕖 Schedule
schedule-none = This chat is not subscribed yet. Choose a region or theme with /langganan first, then set its schedule.
schedule-title = 🕖 When award news comes
schedule-mode-line = Delivery: { $mode }
schedule-mode-instant = instantly, with every announcement
schedule-mode-daily = daily digest at 07:00
schedule-mode-weekly = weekly digest, Mondays at 07:00
schedule-zone-inferred = Time zone: { $zone } (automatic, from the regions you follow)
schedule-zone-chosen = Time zone: { $zone } (your choice; automatic: { $inferred })
schedule-quiet-line = Night (21:00–06:00): { $quiet }
schedule-quiet-silent = sent without sound
schedule-quiet-hold = held until 06:00
schedule-button-instant = Instant
schedule-button-daily = Daily
schedule-button-weekly = Weekly
schedule-button-zone-auto = Automatic ({ $zone })
schedule-button-silent = 🔕 Silent
schedule-button-hold = ⏸ Hold until 06:00
## Announcement stages, corrections and pushes
announce-message-stage = { $stage ->
    [provisional] ⏳ Finalists, awaiting the public test
    [withdrawn] ❌ This announcement was withdrawn
   *[final] ✅ Final
  }
announce-message-updated = ✏️ Updated: this message was corrected.
announce-message-because = Because you follow: { $followed }
announce-because-everything = all innovations
announce-push-manage = ⚙️ Manage subscription
announce-push-stop = 🔕 Stop
announce-progress-outdated = Sent messages still being edited: { $count }
announce-button-confirm-provisional = ⏳ Announce as finalists (awaiting the public test)
announce-button-edit = ✏️ Edit
announce-button-final = ✅ Make final
announce-button-remove = ✖ Remove { $name }
announce-button-keep = ↩ Keep { $name }
announce-button-apply = 💾 Save changes
announce-repeated = "{ $title }" was already announced as #{ $id } for the same innovations. So that subscribers do not get it twice, update that announcement: the "Edit" button below, or npm run -s cli -- announce-update { $id }
announce-update-screen = Edit announcement #{ $id } "{ $title }" ({ $count } innovations). Press ✖ to remove one innovation, or "Make final". Messages already sent are edited too. To change the title or add innovations: npm run -s cli -- announce-update { $id } --title "…" --add-innovation …
announce-update-done = Announcement #{ $id } updated (revision { $revision }): { $toEdit } messages already sent will be edited, { $queued } new subscribers will receive it.
announce-update-unknown = Announcement #{ $id } does not exist or is not published.
announce-update-withdrawn = Announcement #{ $id } was withdrawn and can no longer change.
announce-update-unchanged = Nothing changed in announcement #{ $id }.
announce-update-empty = An announcement must still name at least one innovation; nothing was changed.
announce-cli-title-year = The title "{ $title }" names the year { $named }, but --year is { $year }. Make them agree.
announce-cli-stage-invalid = --stage must be provisional (finalists awaiting the public test) or final; announce-update also accepts withdrawn.
announce-cli-update-usage = Give the announcement number and the change, for example: npm run -s cli -- announce-update 7 --stage final --remove-innovation 12
announce-cli-update-removing-unnamed = Innovation #{ $id } { $name } is not in announcement #{ $announcement }.
card-award-provisional = 🏆 { $award } (finalist, awaiting the public test)
