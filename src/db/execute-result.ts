/** The rows of a statement run through `execute`: an array on postgres.js, `{ rows }` on PGlite. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[]
}

/** Rows changed by an INSERT/UPDATE run through `execute`, on either driver. */
export function affectedRows(result: unknown): number {
  const shaped = result as { affectedRows?: number; count?: number; rowCount?: number }
  return Number(shaped.affectedRows ?? shaped.count ?? shaped.rowCount ?? 0)
}
