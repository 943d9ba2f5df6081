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
    🔎 Search innovations: type keywords, a region, a year or an award (e.g. "stunting jateng 2021"), or /cari keywords.
    📝 /ajukan: submit your innovation; an admin reviews it.
    🔔 /langganan: get innovation award news for the regions or themes you choose; /berhenti to stop.
    💬 In any chat: type @{ $bot } and keywords to share an innovation.
    Region data: idn-area-data (ODbL).

## Errors
error-generic = Sorry, something went wrong while handling your message. Please try again shortly.
unhandled-message = Sorry, I did not understand that. Type keywords to search innovations, or /help.

## Local chat (terminal)
local-chat-banner =
    Local chat mode: there is no BOT_TOKEN, so the bot runs in this terminal without Telegram.
    Type messages as in Telegram (for example /start). Buttons are shown numbered [1], [2], …: type the number to press one.
    Inline mode: start with @bot, for example "@bot jekmil". Type /keluar or press Ctrl+D to quit.
local-chat-you = You
local-chat-bot = Bot
local-chat-edited = (message updated)
local-chat-notice = (notice) { $text }
local-chat-no-button = There is no button number { $number } on the last message.
local-chat-open-link = (link) { $url }
local-chat-inline-results = Inline results for "{ $query }":
local-chat-inline-empty = (no inline results)
local-chat-goodbye = Goodbye!
polling-started = The bot is running on Telegram as @{ $bot } (long polling). Press Ctrl+C to stop.

## Database
database-busy = The data folder { $dir } is in use by another process (PID { $pid }), probably a running bot. Stop that process first, or use DATABASE_URL for a Postgres server that can be shared.

## CLI
cli-usage =
    Usage: npm run -s cli -- <command> [options]
    Commands:
      import FILE [--skip-invalid]   import innovations from JSON Lines (.jsonl) or CSV
      search [--json] [--limit N] "query"  search innovations; --stdin: one query per line, one JSON line per query
cli-search-query-required = Give the query, for example: npm run -s cli -- search "ojek bumil magetan"
cli-search-bad-limit = --limit must be a whole number between 1 and { $max }.
cli-unknown-command = Unknown command: { $command }
cli-file-missing = File not found: { $file }
cli-file-required = Name the file to import, for example: npm run -s cli -- import data.jsonl
import-invalid-header = Line { $line } is invalid:
import-problem = { $field }: { $problem ->
    [required] is required
    [too-long] is too long (at most { $limit } characters)
    [too-short] is too short (at least { $limit } characters)
    [not-a-year] is not a valid year (between { $min } and { $max })
    [not-text] must be text
    [unknown-region] region "{ $value }" is unknown
    [ambiguous-region] region "{ $value }" is ambiguous: { $candidates }
    [region-mismatch] regency/city "{ $value }" is not in province { $province }
    [unknown-theme] theme "{ $value }" is unknown (choices: { $themes })
    [invalid-json] is not valid JSON
    [not-an-object] must be a JSON object
    [unknown-field] is not a known column
   *[other] is invalid
  }
import-aborted = { $count ->
    [one] 1 line is invalid, so nothing was imported. Fix it, or run again with --skip-invalid to skip it.
   *[other] { $count } lines are invalid, so nothing was imported. Fix them, or run again with --skip-invalid to skip them.
  }
import-done = Import finished: { $total } lines read, { $inserted } new innovations, { $updated } updated, { $skipped } skipped.
import-empty = The file { $file } has no data lines.

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
search-no-terms = Those words are too common to search for. Add the innovation's name, a theme or a region, e.g. "stunting jateng".
search-button-previous = ‹ Previous
search-button-next = Next ›
search-expired = This search is no longer available. Please search again.
search-similar-title = Innovations similar to { $name }:
search-similar-none = No other innovation is similar to { $name } yet.

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
card-button-similar = 🔗 Similar
card-button-share = 📤 Share
card-button-open = Open in the bot
card-not-found = That innovation was not found (it may have been removed).

## Inline
inline-description = { $agency } · { $region }
