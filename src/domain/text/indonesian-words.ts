import { INDONESIAN_WORD_LINES } from './indonesian-words.data.ts'

/**
 * The stems of Debian's hunspell-id dictionary (see INDONESIAN-WORDS.md): ordinary Indonesian words,
 * normalised, 3 letters or more. Built once at first use.
 */
let words: ReadonlySet<string> | undefined

/** Whether a normalised word is an ordinary Indonesian word ("buruk", "kabar", "sumur", "malang"). */
export function isIndonesianWord(word: string): boolean {
  words ??= new Set(INDONESIAN_WORD_LINES.flatMap((line) => line.split(' ')))
  return words.has(word)
}
