/**
 * The longest search a person may type, in characters. Real queries are a few words; a pasted article is
 * not a query, and every query is stored (its result buttons refer to it), so the database has the same
 * limit (CHECK on search_queries.query). Telegram caps inline queries at 256 already.
 */
export const SEARCH_QUERY_LIMIT = 300

export type SearchQueryResult =
  | { ok: true; query: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'too-long'; limit: number }

/** Control characters (NUL above all: Postgres text cannot hold it) and runs of white space. */
const CONTROL_CHARACTERS = /\p{Cc}/gu
const SPACES = /\s+/gu

/**
 * A typed search, cleaned (control characters out, white space collapsed, trimmed) and held to
 * SEARCH_QUERY_LIMIT, so the interface can say what is wrong instead of failing later.
 */
export function parseSearchQuery(raw: string): SearchQueryResult {
  const query = raw.replace(CONTROL_CHARACTERS, ' ').replace(SPACES, ' ').trim()
  if (query === '') return { ok: false, problem: 'empty' }
  if (query.length > SEARCH_QUERY_LIMIT) return { ok: false, problem: 'too-long', limit: SEARCH_QUERY_LIMIT }
  return { ok: true, query }
}
