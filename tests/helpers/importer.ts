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

/** A text of tests/fixtures/interviews/shapes (one per shape of the genre, with its expected draft beside it). */
export const shapeFixture = (name: string): string => readFileSync(path.join(dir, 'shapes', name), 'utf8')

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
  const name = /^(\p{L}.*?)\s*さん\s*(?:[（(]([^）)]*)[）)])?$/u.exec(line)
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
      // A question or heading whose text looks like a name line (`ーさん`).
      const unmarked = line.replace(/^(?:[—―ー－‐─]+|-{2,}|[■□◆◇●▼▶])\s*/, '')
      if (unmarked !== line && found(unmarked)) return false
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

/** A paragraph of a Word fixture: text (bold throughout with `bold`), a Word heading, a list item or an image. */
export type WordParagraph = string | { bold: string } | { heading: string } | { bullet: string } | { image: Uint8Array; type: 'png' | 'gif'; alt?: string }

/**
 * A Word file written with the `docx` package, as an editor would receive one: made in the test
 * rather than committed as a binary, so the fixture reads as text (docs/importer.md).
 */
export const wordFile = async (paragraphs: WordParagraph[]): Promise<Uint8Array> => {
  const { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = await import('docx')
  const children = paragraphs.map((p) => {
    if (typeof p === 'string') return new Paragraph({ children: [new TextRun(p)] })
    if ('bold' in p) return new Paragraph({ children: [new TextRun({ text: p.bold, bold: true })] })
    if ('heading' in p) return new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_2 })
    if ('bullet' in p) return new Paragraph({ text: p.bullet, bullet: { level: 0 } })
    return new Paragraph({
      children: [
        new ImageRun({
          type: p.type,
          data: p.image,
          transformation: { width: 40, height: 30 },
          ...(p.alt ? { altText: { name: 'photo', description: p.alt, title: p.alt } } : {}),
        }),
      ],
    })
  })
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

/** A small real PNG (the media library checks the bytes). */
export const pngImage = async (): Promise<Uint8Array> => {
  const { default: sharp } = await import('sharp')
  return new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } }).png().toBuffer())
}

/** The Word transcript of the file tests: every shape a Word file adds — bold questions, a heading style, a list, images. */
export const wordTranscript = async (title = '【アルムナイの声/フジナミ製作所】Wordで届いた原稿'): Promise<Uint8Array> =>
  wordFile([
    title,
    '2024年3月8日',
    '株式会社フジナミ製作所 人事部 上野 結衣さん',
    'フジナミ製作所の人事部に、Wordで届いた原稿の取り込みを試してもらいました。',
    { heading: '制度のはじまり' },
    { bold: '制度を始めたきっかけは何ですか？' },
    '退職者から「また手伝いたい」という声が届いたことです。',
    { image: await pngImage(), type: 'png', alt: '交流会で話す上野さん' },
    '写真：2023年の交流会',
    { bold: 'どんな人が登録していますか？' },
    '主に三つのグループです。',
    { bullet: '工場勤務の経験者' },
    { bullet: '研究職の経験者' },
    { image: await pngImage(), type: 'png' },
    { image: new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b]), type: 'gif' },
    '>>フジナミ製作所アルムナイへの登録 https://fujinami.example/alumni',
  ])
