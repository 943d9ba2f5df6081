import { stemmer } from '@orama/stemmers/indonesian'
import { INDONESIAN_WORD_LINES } from './indonesian-words.data.ts'

/**
 * The stems of Debian's hunspell-id dictionary (see INDONESIAN-WORDS.md): ordinary Indonesian words,
 * normalised, 3 letters or more. Built once at first use.
 */
let words: ReadonlySet<string> | undefined

function wordList(): ReadonlySet<string> {
  words ??= new Set(INDONESIAN_WORD_LINES.flatMap((line) => line.split(' ')))
  return words
}

/** Whether a normalised word is itself an ordinary Indonesian word ("buruk", "kabar", "sumur", "malang"). */
export function isIndonesianWord(word: string): boolean {
  return wordList().has(word)
}

/**
 * `isIndonesianWord`, or an affixed form of one: its Snowball stem is listed ("pekarangan" → "karang").
 * Wider, so it also takes in some place names ("pemalang", "kediri"): for deciding whether an unknown
 * word may be a misspelt place, not whether a typed place name is an ordinary word.
 */
export function isIndonesianWordForm(word: string): boolean {
  if (wordList().has(word)) return true
  const stem = /^[a-z]+$/.test(word) ? stemmer(word) : ''
  return stem !== '' && stem !== word && wordList().has(stem)
}
