/** Theme buttons shown at once: two columns, six rows, so the keyboard fits a phone screen. */
export const THEMES_PER_PAGE = 12

/** One page of a long list of buttons; `page` is clamped to the pages there are. */
export interface Page<T> {
  items: readonly T[]
  page: number
  pages: number
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const current = Number.isInteger(page) ? Math.min(Math.max(0, page), pages - 1) : 0
  return { items: items.slice(current * size, (current + 1) * size), page: current, pages }
}

/** The page on which the item at `index` is shown (the first page when it is not in the list). */
export function pageOfIndex(index: number, size: number): number {
  return index < 0 ? 0 : Math.floor(index / size)
}
