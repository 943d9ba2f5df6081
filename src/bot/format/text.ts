/** Telegram's limit for one message, in UTF-16 code units (what JavaScript's length counts). */
export const MESSAGE_LIMIT = 4096

/** Shortens text to at most `max` characters, ending with "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = Array.from(text.slice(0, max - 1))
  if (cut.join('').length > max - 1) cut.pop()
  return `${cut.join('').trimEnd()}…`
}
