import { describe, expect, it } from 'vitest'

import { parseRosterCsv, RosterCsvError } from '../../src/roster/csv'

const now = new Date('2026-11-24T00:00:00Z')

describe('reading a roster CSV', () => {
  it('takes English or Japanese headers in any order, a byte-order mark, quoted cells and full-width input', () => {
    const rows = parseRosterCsv('\uFEFF入社年,氏名,社員番号,メールアドレス\r\n２００１,"山田, 花子",ｔｗ－０１,Hanako@Example.TEST\r\n', 'ja', now)
    expect(rows).toEqual([
      {
        line: 2,
        values: { name: '山田, 花子', email: 'hanako@example.test', employeeNumber: 'TW-01', joinedYear: '2001', leftYear: '', department: '' },
        errors: [],
        data: { name: '山田, 花子', email: 'hanako@example.test', employeeNumber: 'TW-01', joinedYear: 2001 },
      },
    ])
  })

  it('reports each problem by field, in the reader’s language', () => {
    const [row] = parseRosterCsv('name,employeeNumber,joinedYear,leftYear\n,E1,2027,2020', 'en', now)
    expect(row.errors).toEqual([
      { field: 'name', code: 'required', message: 'Please fill this in.' },
      { field: 'joinedYear', code: 'year', message: 'Please enter a four-digit year between 1950 and 2026.' },
    ])
    expect(row.data).toBeUndefined()
  })

  it('refuses a file without the required columns, and an empty one', () => {
    expect(() => parseRosterCsv('name,email\nA,a@example.test', 'en', now)).toThrow(RosterCsvError)
    expect(() => parseRosterCsv('', 'en', now)).toThrow(/empty/)
  })
})
