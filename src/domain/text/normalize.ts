const COMBINING_MARKS = /\p{M}/gu
const NON_ALPHANUMERIC = /[^a-z0-9]+/g
const LETTER_RUN = /([a-z])\1{2,}/g
const SPACES = / {2,}/g

/**
 * The one canonical form in which user text, names and aliases are compared: lowercase; NFKD with
 * combining marks stripped (é→e); every char outside [a-z0-9] becomes a space; runs of 3+ identical
 * letters collapse to one ("bumilll"→"bumil", a common emphasis in chat); spaces collapsed; trimmed.
 * Digit runs are kept ("2000"). Idempotent: `normalizeText(normalizeText(s)) === normalizeText(s)`.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_ALPHANUMERIC, ' ')
    .replace(LETTER_RUN, '$1')
    .replace(SPACES, ' ')
    .trim()
}

/** The words of `input` in normalised form (`normalizeText(input).split(' ')`), never an empty string. */
export function tokenize(input: string): string[] {
  const text = normalizeText(input)
  return text === '' ? [] : text.split(' ')
}
