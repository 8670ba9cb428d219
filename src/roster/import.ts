import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/routing'
import { isValidationError } from '@/security/payloadErrors'

import { normalizeCell, ROSTER_COLUMNS, type RosterColumn, type RosterRow, rowError, validateRow } from './csv'

/** Employee numbers of `numbers` already in the roster. */
const existing = async (payload: Payload, numbers: string[]): Promise<Set<string>> => {
  const found = new Set<string>()
  for (let i = 0; i < numbers.length; i += 500) {
    const { docs } = await payload.find({
      collection: 'roster',
      where: { employeeNumber: { in: numbers.slice(i, i + 500) } },
      select: { employeeNumber: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) found.add(doc.employeeNumber)
  }
  return found
}

/** Adds "already in the roster" to the rows whose employee number is stored (the preview). */
export const markRosterDuplicates = async (payload: Payload, rows: RosterRow[], lang: Locale): Promise<RosterRow[]> => {
  const stored = await existing(payload, [...new Set(rows.map((r) => r.values.employeeNumber).filter(Boolean))])
  return rows.map((row) =>
    stored.has(row.values.employeeNumber)
      ? { line: row.line, values: row.values, errors: [...row.errors, rowError('employeeNumber', 'alreadyInRoster', lang)] }
      : row,
  )
}

export type ImportResult = { line: number; id?: number; errors: RosterRow['errors'] }

/**
 * Stores previewed rows (a batch of the file, so the admin can show progress): each is checked
 * again here — the request could come from anywhere — and created with the staff member's own
 * access rights. A row that fails is reported and skipped; the others are stored.
 */
export const importRosterRows = async (
  payload: Payload,
  user: TypedUser,
  input: { line: number; values: Partial<Record<RosterColumn, unknown>> }[],
  lang: Locale,
): Promise<ImportResult[]> => {
  const rows = input.map(({ line, values }) => {
    const clean = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, normalizeCell(c, values?.[c])])) as Record<RosterColumn, string>
    return { line, values: clean, ...validateRow(clean, lang) }
  })
  const checked = await markRosterDuplicates(payload, rows, lang)
  const seen = new Set<string>()
  const results: ImportResult[] = []
  for (const [i, row] of checked.entries()) {
    const data = rows[i].data
    if (row.errors.length || !data) {
      results.push({ line: row.line, errors: row.errors })
      continue
    }
    if (seen.has(data.employeeNumber)) {
      results.push({ line: row.line, errors: [rowError('employeeNumber', 'duplicateInFile', lang)] })
      continue
    }
    seen.add(data.employeeNumber)
    try {
      const doc = await payload.create({ collection: 'roster', data, depth: 0, overrideAccess: false, user })
      results.push({ line: row.line, id: doc.id, errors: [] })
    } catch (error) {
      // Two imports of one row at once: the second loses on the unique employee number.
      if (isValidationError(error)) {
        results.push({ line: row.line, errors: [rowError('employeeNumber', 'alreadyInRoster', lang)] })
      } else throw error
    }
  }
  return results
}
