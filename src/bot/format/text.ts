/** Telegram's limit for one message, in UTF-16 code units (what JavaScript's length counts). */
export const MESSAGE_LIMIT = 4096

const HIGH_SURROGATE = /[\ud800-\udbff]$/

/**
 * Shortens text to at most `max` characters, ending with "…" when cut. It never keeps half of a surrogate
 * pair (an emoji): Telegram refuses text that is not valid UTF-8, and Postgres refuses it in JSON.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const kept = text.slice(0, max - 1)
  return `${(HIGH_SURROGATE.test(kept) ? kept.slice(0, -1) : kept).trimEnd()}…`
}
