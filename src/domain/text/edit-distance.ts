/**
 * Edits (insert, delete, substitute, swap of neighbours) from `a` to `b`: the optimal string alignment
 * distance, so "makasar" is one edit from "makassar" and "taqiuas" one from "taquias". Counting stops at
 * `limit + 1`: callers only ask whether a word is within a few edits.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      row.push(value)
    }
    before = previous
    previous = row
  }
  return Math.min(previous[b.length] ?? 0, limit + 1)
}
