/**
 * For the interview importer tests: the transcript fixtures (tests/fixtures/interviews, invented
 * content in the genre's format) and an audit, independent of the parser's own bookkeeping,
 * that every line of a transcript is somewhere in what the parser made of it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { blockText } from '../../src/importer/report'
import type { ImportedInterview, ImportReport } from '../../src/importer/types'

const dir = path.resolve(import.meta.dirname, '../fixtures/interviews')

export const FIXTURES = [
  'full-width-colons.ja.txt',
  'half-width-colons.ja.txt',
  'single-interviewee.ja.txt',
  'headings.ja.txt',
  'unknown-lines.ja.txt',
  'english.en.txt',
] as const

export type Fixture = (typeof FIXTURES)[number]

export const fixture = (name: Fixture): string => readFileSync(path.join(dir, name), 'utf8')

/** Every string in a value, however deeply nested (Lexical text nodes included). */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '')

/**
 * The parts of a line that must appear in the output: the line without the markup the format
 * puts around its content — the profile marker, a question's dash, a `>>`, a speaker label, heading marks, the
 * 【series/company】 marker (whose parts must appear too), a name line's さん.
 */
const contentOf = (line: string): string[] => {
  // The profile marker only opens the block; its content is the interviewees.
  if (/^[【\[]?(?:プロフィール|profile)[】\]]?$/i.test(line)) return []
  const title = /^[【\[]([^】\]]+)[】\]]\s*(.+)$/.exec(line)
  if (title) return [...title[1].split(/[/／]/), title[2]]
  const name = /^(.+?)\s*さん\s*(?:[（(]([^）)]*)[）)])?$/.exec(line)
  if (name) return [name[1]]
  const stripped = line
    .replace(/^(?:[—―ー－‐─]+|-{2,})\s*/, '')
    .replace(/^[QＱAＡ][0-9０-９]{0,3}\s*(?:[.．:：、)）]|\s)\s*/, '')
    .replace(/^(?:>>|＞＞|≫)\s*/, '')
    .replace(/^(?:【|[■□◆◇●▼▶]|#{1,4}\s)\s*/, '')
    .replace(/】$/, '')
  return [stripped]
}

/** Whether `line` writes the Tokyo day of `iso`: its year, month (number or name) and day. */
const isDateOf = (line: string, iso: string) => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(iso)).split('-').map(Number)
  const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })
  const numbers = (line.match(/\d+/g) ?? []).map(Number)
  return numbers.includes(y) && numbers.includes(d) && (numbers.includes(m) || line.includes(month))
}

/**
 * The non-empty lines of `text` that cannot be found in the parsed interview — with the
 * speaker label of an answer line allowed to stand for its speaker, an English name line's
 * `(… alumnus)` note for the alumni flag, and a date line for the date it set.
 */
export const missingLines = (text: string, interview: ImportedInterview, report: ImportReport): string[] => {
  const haystack = squeeze([...strings(interview), report.companyHint ?? ''].join('\n'))
  const dates = [interview.publishedAt, interview.interviewDate].filter((date): date is string => Boolean(date))
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .filter((line) => {
      const found = (part: string) => haystack.includes(squeeze(part))
      if (contentOf(line).every(found)) return false
      const label = /^[^:：]{1,24}[:：]\s*(.*)$/.exec(line)
      if (label && found(label[1])) return false
      const noted = /^(.+?)\s*\([^)]*\)$/.exec(line)
      if (noted && found(noted[1])) return false
      if (dates.some((date) => isDateOf(line, date))) return false
      // A line that names people (`人事部 佐藤 花子さん（アルムナイ）`): each of its words is in the
      // draft, an alumni note as the alumni flag.
      const alumni = interview.interviewees.some((p) => p.isAlumni)
      const words = line.split(/[\s、，,／/・：:（）()｜|]+|さん|氏/).filter(Boolean)
      if (words.every((word) => found(word) || (alumni && /^(?:アルムナイ|alumn\w*)$/i.test(word)))) return false
      return true
    })
}

/** The body as `Q | text`, `A speaker | text` (paragraphs joined by \n), `P`, `H`, `L | label → url`, `I | alt`. */
export const outline = (interview: ImportedInterview): string[] =>
  interview.body.map((block) => {
    switch (block.blockType) {
      case 'question':
        return `Q | ${block.text}`
      case 'answer':
        return `A ${block.speaker} | ${blockText(block)}`
      case 'paragraph':
        return `P | ${blockText(block)}`
      case 'heading':
        return `H | ${block.text}`
      case 'cta':
        return `L | ${block.label} → ${block.url}`
      case 'image':
        return `I | ${block.alt}`
    }
  })
