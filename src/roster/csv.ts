/**
 * Reading a roster CSV (no I/O): header names in English or Japanese, values normalised like the
 * registration form (NFKC, trimmed; employee numbers upper case, so `ｔｗ-１` matches `TW-1`),
 * and every row checked, with its errors by field. Duplicates against the database are added
 * by src/roster/import.ts.
 */
import { parse } from 'csv-parse/sync'

import { emailError, MIN_YEAR, normalize } from '@/membership/registrationForm'

export const ROSTER_COLUMNS = ['name', 'email', 'employeeNumber', 'joinedYear', 'leftYear', 'department'] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

export type RosterInput = { name: string; email?: string; employeeNumber: string; joinedYear: number; leftYear?: number; department?: string }

export type RowErrorCode = 'required' | 'tooLong' | 'email' | 'year' | 'leftBeforeJoined' | 'duplicateInFile' | 'alreadyInRoster'
export type RowError = { field: RosterColumn; code: RowErrorCode; message: string }

/** One data line of the file: its line number (the header is line 1), what it says, what is wrong. */
export type RosterRow = { line: number; values: Record<RosterColumn, string>; data?: RosterInput; errors: RowError[] }

export const MAX_ROWS = 5000
export const MAX_CSV_LENGTH = 2_000_000

/** Header spellings accepted for each column (compared lower case, without spaces, `_` or `-`). */
const HEADERS: Record<RosterColumn, string[]> = {
  name: ['name', 'fullname', '氏名', '名前'],
  email: ['email', 'emailaddress', 'mail', 'メール', 'メールアドレス'],
  employeeNumber: ['employeenumber', 'employeeno', 'employeeid', '社員番号', '従業員番号'],
  joinedYear: ['joinedyear', 'joined', 'joinyear', '入社年'],
  leftYear: ['leftyear', 'left', 'leaveyear', '退職年'],
  department: ['department', 'lastdepartment', '部署', '所属部署', '最終所属部署'],
}

const headerKey = (value: string) => normalize(value).toLowerCase().replace(/[\s_\-・]/g, '')

export class RosterCsvError extends Error {}

type Lang = 'ja' | 'en'
const MESSAGES: Record<RowErrorCode, Record<Lang, string>> = {
  required: { ja: '入力してください', en: 'Required' },
  tooLong: { ja: '長すぎます', en: 'Too long' },
  email: { ja: 'メールアドレスの形式が正しくありません', en: 'Not an email address' },
  year: { ja: `${MIN_YEAR}年から今年までの西暦4桁で入力してください`, en: `A four-digit year from ${MIN_YEAR} to this year` },
  leftBeforeJoined: { ja: '退職年が入社年より前です', en: 'Left before joining' },
  duplicateInFile: { ja: 'ファイル内で重複しています', en: 'Appears twice in the file' },
  alreadyInRoster: { ja: '名簿に登録済みです', en: 'Already in the roster' },
}

export const rowError = (field: RosterColumn, code: RowErrorCode, lang: Lang, detail?: string): RowError => ({
  field,
  code,
  message: detail ? `${MESSAGES[code][lang]}（${detail}）` : MESSAGES[code][lang],
})

const LIMITS: Partial<Record<RosterColumn, number>> = { name: 100, employeeNumber: 32, department: 100 }

/** Checks one row's values; `data` is set only when the row has no errors. */
export const validateRow = (values: Record<RosterColumn, string>, lang: Lang, now = new Date()): { data?: RosterInput; errors: RowError[] } => {
  const errors: RowError[] = []
  const thisYear = now.getFullYear()
  for (const field of ['name', 'employeeNumber', 'joinedYear'] as const) {
    if (!values[field]) errors.push(rowError(field, 'required', lang))
  }
  for (const [field, max] of Object.entries(LIMITS) as [RosterColumn, number][]) {
    if ([...values[field]].length > max) errors.push(rowError(field, 'tooLong', lang))
  }
  if (values.email && emailError(values.email)) errors.push(rowError('email', 'email', lang))
  const year = (field: 'joinedYear' | 'leftYear') => {
    const value = values[field]
    if (!value) return undefined
    const n = Number(value)
    if (!/^\d{4}$/.test(value) || n < MIN_YEAR || n > thisYear) {
      errors.push(rowError(field, 'year', lang))
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
  const text = normalize(value)
  if (column === 'employeeNumber') return text.toUpperCase()
  if (column === 'email') return text.toLowerCase()
  return text
}

/**
 * Parses and checks a whole file. Throws RosterCsvError (a 400) for a file that is not a roster
 * at all: not CSV, no recognisable header, no `name`/`employeeNumber`/`joinedYear` column, too long.
 */
export const parseRosterCsv = (text: string, lang: Lang, now = new Date()): RosterRow[] => {
  const t = (ja: string, en: string) => (lang === 'ja' ? ja : en)
  if (text.length > MAX_CSV_LENGTH) throw new RosterCsvError(t('ファイルが大きすぎます（2MBまで）', 'The file is too large (2 MB at most)'))
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true })
  } catch (error) {
    throw new RosterCsvError(t(`CSVとして読めません: ${(error as Error).message}`, `Not readable as CSV: ${(error as Error).message}`))
  }
  const [header, ...body] = records
  if (!header) throw new RosterCsvError(t('CSVが空です', 'The CSV is empty'))
  const index = {} as Record<RosterColumn, number>
  header.forEach((cell, i) => {
    const key = headerKey(cell)
    const column = ROSTER_COLUMNS.find((c) => HEADERS[c].includes(key))
    if (column && index[column] === undefined) index[column] = i
  })
  const missing = (['name', 'employeeNumber', 'joinedYear'] as const).filter((c) => index[c] === undefined)
  if (missing.length) {
    throw new RosterCsvError(
      t(`見出し行に必要な列がありません: ${missing.join(', ')}`, `The header row lacks required columns: ${missing.join(', ')}`),
    )
  }
  if (body.length > MAX_ROWS) throw new RosterCsvError(t(`一度に${MAX_ROWS}行までです`, `At most ${MAX_ROWS} rows at a time`))

  const firstLine = new Map<string, number>()
  const firstEmail = new Map<string, number>()
  return body.map((cells, i) => {
    const line = i + 2
    const values = Object.fromEntries(
      ROSTER_COLUMNS.map((column) => [column, index[column] === undefined ? '' : normalizeCell(column, cells[index[column]])]),
    ) as Record<RosterColumn, string>
    const { data, errors } = validateRow(values, lang, now)
    const seen = values.employeeNumber && firstLine.get(values.employeeNumber)
    if (seen) errors.push(rowError('employeeNumber', 'duplicateInFile', lang, t(`${seen}行目`, `line ${seen}`)))
    else if (values.employeeNumber) firstLine.set(values.employeeNumber, line)
    const seenEmail = values.email && firstEmail.get(values.email)
    if (seenEmail) errors.push(rowError('email', 'duplicateInFile', lang, t(`${seenEmail}行目`, `line ${seenEmail}`)))
    else if (values.email) firstEmail.set(values.email, line)
    return { line, values, errors, ...(errors.length ? {} : { data }) }
  })
}
