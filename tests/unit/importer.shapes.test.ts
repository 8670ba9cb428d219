/**
 * The shapes the genre takes (docs/importer.md): one invented text per shape and mixes of them
 * in tests/fixtures/interviews/shapes, each next to the draft expected of it, written by hand
 * (`NN-name.ja.json`): title, dates, lead, interviewees, the body block by block and the kinds of
 * warning. Every non-empty line must be accounted for once and found in the draft.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseInterview } from '../../src/importer/parse'
import type { ImportedInterviewee } from '../../src/importer/types'
import { missingLines, outline } from '../helpers/importer'

const dir = path.resolve(import.meta.dirname, '../fixtures/interviews/shapes')

type Expected = {
  title: string
  series?: string
  publishedAt?: string
  interviewDate?: string
  lead: string
  interviewees: ImportedInterviewee[]
  body: string[]
  warnings: string[]
}

const SHAPES = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()

describe.each(SHAPES)('%s', (name) => {
  const text = readFileSync(path.join(dir, name), 'utf8')
  const expected = JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as Expected
  const { interview, report } = parseInterview(text)

  it('reads the title, series, dates and the lead (and only the lead)', () => {
    expect({ title: interview.title, series: interview.series, publishedAt: interview.publishedAt, interviewDate: interview.interviewDate, lead: interview.lead }).toEqual({
      title: expected.title,
      series: expected.series,
      publishedAt: expected.publishedAt,
      interviewDate: expected.interviewDate,
      lead: expected.lead,
    })
  })

  it('finds every interviewee with name, organisation, role and alumni flag', () => {
    expect(interview.interviewees).toEqual(expected.interviewees)
  })

  it('reads every question, answer with its speaker, heading, note and link', () => {
    expect(outline(interview)).toEqual(expected.body)
  })

  it('warns about what the editor should check, and about nothing else', () => {
    expect([...new Set(report.warnings.map((w) => w.code))].sort()).toEqual([...expected.warnings].sort())
  })

  it('accounts for every non-empty line once, finds it in the draft, and refuses nothing', () => {
    const lines = text.split('\n').flatMap((line, i) => (line.trim() ? [i + 1] : []))
    expect(report.recognised.map((r) => r.line)).toEqual(lines)
    expect(missingLines(text, interview, report)).toEqual([])
    expect(report.errors).toEqual([])
  })
})
