/**
 * Reading a roster CSV (no I/O): header names in English or Japanese (the column names of the
 * staff CSVs, `csvColumns`, and a few more spellings), values normalised by the site's text
 * rules (NFKC, trimmed; employee numbers upper case, so `ｔｗ-１` matches `TW-1`), and every row
 * checked with those rules, with its errors by field in the staff member's language.
 * Duplicates against the database are added by src/roster/import.ts.
 */
import { parse } from 'csv-parse/sync'

import type { Locale } from '@/i18n/routing'
import { translator } from '@/i18n/translator'
import { emailError, type ErrorKey, FIRST_YEAR, normalizeLine, yearIn } from '@/text/rules'

export const ROSTER_COLUMNS = ['name', 'email', 'employeeNumber', 'joinedYear', 'leftYear', 'department'] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

export type RosterInput = { name: string; email?: string; employeeNumber: string; joinedYear: number; leftYear?: number; department?: string }

export type RowErrorCode = Extract<ErrorKey, 'required' | 'tooLong' | 'email' | 'year' | 'leftBeforeJoined' | 'duplicateInFile' | 'alreadyInRoster'>
export type RowError = { field: RosterColumn; code: RowErrorCode; message: string }

/** One data line of the file: its line number (the header is line 1), what it says, what is wrong. */
export type RosterRow = { line: number; values: Record<RosterColumn, string>; data?: RosterInput; errors: RowError[] }

export const MAX_ROWS = 5000
export const MAX_CSV_LENGTH = 2_000_000

const headerKey = (value: string) => normalizeLine(value).toLowerCase().replace(/[\s_\-・]/g, '')

/**
 * Header spellings accepted for each column (compared lower case, without spaces, `_` or `-`):
 * the column's key, its label in each language and both together as the staff CSVs write them
 * (`氏名 / Name`), and a few more spellings people use.
 */
const HEADERS: Record<RosterColumn, string[]> = Object.fromEntries(
  Object.entries({
    name: ['fullname', '名前'],
    email: ['emailaddress', 'mail', 'メールアドレス'],
    employeeNumber: ['employeeno', 'employeeid', '従業員番号'],
    joinedYear: ['joinyear'],
    leftYear: ['leaveyear'],
    department: ['lastdepartment', '所属部署', '最終所属部署'],
  }).map(([column, more]) => {
    const labels = (['ja', 'en'] as const).map((locale) => translator(locale, 'csvColumns')(column))
    return [column, [column, ...labels, labels.join(' / '), ...more].map(headerKey)]
  }),
) as Record<RosterColumn, string[]>

export class RosterCsvError extends Error {}

type Values = Record<string, number | string>

/** One error of a row, in the words the forms use (the `errors` messages). */
export const rowError = (field: RosterColumn, code: RowErrorCode, lang: Locale, values?: Values, detail?: string): RowError => {
  const message = translator(lang, 'errors')(code, values)
  return { field, code, message: detail ? translator(lang, 'rosterCsv')('withDetail', { message, detail }) : message }
}

const LIMITS: Partial<Record<RosterColumn, number>> = { name: 100, employeeNumber: 32, department: 100 }

/** Checks one row's values; `data` is set only when the row has no errors. */
export const validateRow = (values: Record<RosterColumn, string>, lang: Locale, now = new Date()): { data?: RosterInput; errors: RowError[] } => {
  const errors: RowError[] = []
  const thisYear = now.getFullYear()
  for (const field of ['name', 'employeeNumber', 'joinedYear'] as const) {
    if (!values[field]) errors.push(rowError(field, 'required', lang))
  }
  for (const [field, max] of Object.entries(LIMITS) as [RosterColumn, number][]) {
    if ([...values[field]].length > max) errors.push(rowError(field, 'tooLong', lang, { max }))
  }
  if (values.email && emailError(values.email)) errors.push(rowError('email', 'email', lang))
  const year = (field: 'joinedYear' | 'leftYear') => {
    const value = values[field]
    if (!value) return undefined
    const n = yearIn(value, FIRST_YEAR, thisYear)
    if (n === null) {
      errors.push(rowError(field, 'year', lang, { min: FIRST_YEAR, max: thisYear }))
      return undefined
    }
    return n
  }
  const joinedYear = year('joinedYear')
  const leftYear = year('leftYear')
  if (joinedYear && leftYear && leftYear < joinedYear) errors.push(rowError('leftYear', 'leftBeforeJoined', lang))
  if (errors.length || !joinedYear) return { errors }
  return {
    errors,
    data: {
      name: values.name,
      employeeNumber: values.employeeNumber,
      joinedYear,
      ...(values.email ? { email: values.email } : {}),
      ...(leftYear ? { leftYear } : {}),
      ...(values.department ? { department: values.department } : {}),
    },
  }
}

/** Normalises one cell of a column the way it is stored and matched. */
export const normalizeCell = (column: RosterColumn, value: unknown): string => {
  const text = normalizeLine(value)
  if (column === 'employeeNumber') return text.toUpperCase()
  if (column === 'email') return text.toLowerCase()
  return text
}

/**
 * Parses and checks a whole file. Throws RosterCsvError (a 400) for a file that is not a roster
 * at all: not CSV, no recognisable header, no `name`/`employeeNumber`/`joinedYear` column, too long.
 */
export const parseRosterCsv = (text: string, lang: Locale, now = new Date()): RosterRow[] => {
  const t = translator(lang, 'rosterCsv')
  if (text.length > MAX_CSV_LENGTH) throw new RosterCsvError(t('tooLarge'))
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    throw new RosterCsvError(t('unreadable', { reason: (error as Error).message }))
  }
  const [header, ...body] = records
  if (!header) throw new RosterCsvError(t('empty'))
  const index = {} as Record<RosterColumn, number>
  header.forEach((cell, i) => {
    const key = headerKey(cell)
    const column = ROSTER_COLUMNS.find((c) => HEADERS[c].includes(key))
    if (column && index[column] === undefined) index[column] = i
  })
  const missing = (['name', 'employeeNumber', 'joinedYear'] as const).filter((c) => index[c] === undefined)
  if (missing.length) {
    throw new RosterCsvError(t('missingColumns', { columns: missing.join(', ') }))
  }
  if (body.length > MAX_ROWS) throw new RosterCsvError(t('tooManyRows', { max: MAX_ROWS }))

  const firstLine = new Map<string, number>()
  const firstEmail = new Map<string, number>()
  return body.map((cells, i) => {
    const line = i + 2
    const values = Object.fromEntries(
      ROSTER_COLUMNS.map((column) => [column, index[column] === undefined ? '' : normalizeCell(column, cells[index[column]])]),
    ) as Record<RosterColumn, string>
    const { data, errors } = validateRow(values, lang, now)
    const seen = values.employeeNumber && firstLine.get(values.employeeNumber)
    if (seen) errors.push(rowError('employeeNumber', 'duplicateInFile', lang, undefined, t('lineRef', { line: seen })))
    else if (values.employeeNumber) firstLine.set(values.employeeNumber, line)
    const seenEmail = values.email && firstEmail.get(values.email)
    if (seenEmail) errors.push(rowError('email', 'duplicateInFile', lang, undefined, t('lineRef', { line: seenEmail })))
    else if (values.email) firstEmail.set(values.email, line)
    return { line, values, errors, ...(errors.length ? {} : { data }) }
  })
}
