/**
 * exceljs, loaded when a sheet is first read or written: it takes longer to load than the rest of the
 * command line together, and most runs (JSON Lines, CSV, search) never use it.
 */
export async function loadExcel() {
  const { default: ExcelJS } = await import('exceljs')
  return ExcelJS
}
