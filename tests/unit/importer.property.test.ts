/**
 * Nothing is lost, ever: over generated texts — the genre's shapes shuffled, random Japanese and
 * English paragraphs, odd whitespace, full-width characters — the importer never throws, every
 * non-empty line is accounted for exactly once and found in the draft, the body keeps the order
 * of the text and holds no line twice, and every line it could not place is a paragraph with a
 * warning. Only an empty text is refused.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { plainText } from '../../src/lib/lexical'
import { parseInterview } from '../../src/importer/parse'
import type { ImportedInterview } from '../../src/importer/types'
import { missingLines } from '../helpers/importer'

const squeeze = (text: string) => text.replace(/[\s\u3000\ufeff]+/g, '')

const JA_WORDS = ['退職', 'アルムナイ', '会社', 'つながり', '人事', '営業', '戻る', '古巣', '仕組み', 'ネットワーク', '交流会', '若手', '経験', '相談', '制度', '一緒に', 'まなび', 'ＡＩ', '１２３', 'ｘｙｚ', '2024年', '3人']
const EN_WORDS = ['alumni', 'network', 'company', 'people', 'return', 'team', 'work', 'Hello', 'Q3', 'x', 'Ａｂｃ', 'results', 'a', 'the']
const FAMILY = ['山田', '佐藤', '木村', '長尾', '岡田', '松本', '荒木', '工藤']
const GIVEN = ['太郎', '花子', '沙織', '美月', '悠真', 'さくら', '誠', '和也']

const word = fc.oneof(fc.constantFrom(...JA_WORDS), fc.constantFrom(...EN_WORDS))
const ending = fc.constantFrom('。', '.', '！', '？', '', '、', '」', '…')
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' '), ending).map(([words, sep, end]) => `${words.join(sep)}${end}`)
/** Any text at all, symbols and stray marks included. */
const noise = fc.string({ unit: fc.constantFrom('あ', '漢', 'A', 'z', '1', '：', ':', '（', '）', '【', '】', '-', 'ー', '―', '>', '※', '▲', '・', '*', '#', '■', 'Q', '.', '？', 'さ', 'ん', '、', '/', ' ', '\u3000', '\t'), minLength: 1, maxLength: 30 })
const person = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...GIVEN), fc.constantFrom('', '人事部 ', '執行役員 ', '株式会社ハルカゼ 代表 ', '開発部 エンジニア '), fc.constantFrom('', '（アルムナイ）', '（元ハルカゼ 営業部）'))
const name = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...GIVEN))

/** One line (or a few) in one of the genre's shapes. */
const piece = fc.oneof(
  sentence,
  sentence,
  noise,
  fc.array(person, { minLength: 1, maxLength: 3 }).chain((people) =>
    fc.constantFrom('、', '／', '・', ' / ').map((sep) => people.map(([f, g, role, note]) => `${role}${f} ${g}さん${note}`).join(sep)),
  ),
  fc.tuple(fc.constantFrom('——', 'ー', '―', 'Q. ', 'Q：', 'Ｑ１．', '――Q ', '聞き手：', ''), sentence).map(([mark, text]) => `${mark}${text}？`),
  fc.tuple(sentence).map(([text]) => `【${text}】`),
  fc.tuple(fc.constantFrom('A：', 'A. ', 'Y.T.：', '人事部長：', '──', ''), name, sentence).map(([mark, [f, g], text]) =>
    mark === '──' ? `──${f}：${text}` : mark ? `${mark}${text}` : `${f} ${g}さん：${text}`,
  ),
  fc.tuple(name, sentence).map(([[f], text]) => `${f}：${text}`),
  sentence.map((text) => `※${text}`),
  fc.tuple(name, name).map(([[a], [b]]) => `（写真左から${a}さん、${b}さん）`),
  sentence.map((text) => `▲${text}`),
  fc.tuple(sentence, fc.constantFrom('', ' https://example.com/a', '\nhttps://example.com/b')).map(([text, url]) => `>>${text}${url}`),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `・${item}`).join('\n')),
  fc.constantFrom('■社員編', '## Next steps', 'アルムナイの声', '【プロフィール】', '株式会社ハルカゼ アルムナイ事務局'),
  fc.constantFrom('2024年5月8日', '取材日：2023年10月5日', '公開日：2020/1/20', '2023年2月30日', 'March 11, 2020'),
)

/** Odd whitespace around a line: full-width indents, tabs, trailing blanks. */
const padded = fc.tuple(fc.constantFrom('', ' ', '\u3000', '\t', '\u3000\u3000'), piece, fc.constantFrom('', ' ', '\u3000', '\t')).map(([a, text, b]) =>
  text
    .split('\n')
    .map((line) => `${a}${line}${b}`)
    .join('\n'),
)
const joiner = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n \n', '\n\u3000\n')
const document = fc
  .tuple(sentence, fc.array(fc.tuple(padded, joiner), { minLength: 0, maxLength: 25 }), fc.boolean())
  .map(([title, parts, bom]) => `${bom ? '\ufeff' : ''}${title}${parts.map(([text, join]) => `${join}${text}`).join('')}`)

/** The text of each block; with `speakers`, an answer starts with its speaker (a label line's content). */
const blockTexts = (interview: ImportedInterview, speakers = false): string[] =>
  interview.body.map((block) => {
    switch (block.blockType) {
      case 'answer':
        return `${speakers ? block.speaker : ''}${plainText(block.content)}`
      case 'paragraph':
        return plainText(block.content)
      case 'cta':
        return `${block.label}${block.url}`
      case 'image':
        return block.alt
      default:
        return block.text
    }
  })

const BODY = new Set(['question', 'answer', 'heading', 'cta', 'cta-url', 'note', 'paragraph'])

/** Where `line` stands in `body` at or after `from`: the whole line, or what follows its mark or label. */
const find = (body: string, line: string, from: number): { at: number; length: number } | null => {
  const mark = /^\s*(?:[—―ー－‐─]+|-{2,}|>>|[QＱAＡ][0-9０-９]*\s*(?:[.．:：、)）]|\s)|【|[■□◆◇●▼▶]|#+)/
  const candidates = [line, line.replace(/^[^:：]*[:：]/, ''), line.replace(/[:：].*$/, '').replace(/^(?:[—―ー－‐─]+|-{2,})/, '').replace(/\s*(?:さん|氏)$/, '')]
  for (let rest = line; mark.test(rest); ) candidates.push((rest = rest.replace(mark, '')), rest.replace(/】$/, ''))
  return candidates
    .map(squeeze)
    .filter(Boolean)
    .map((c) => ({ at: body.indexOf(c, from), length: c.length }))
    .filter((f) => f.at !== -1)
    .sort((a, b) => a.at - b.at || a.length - b.length)[0] ?? null
}

describe('any text', () => {
  it('is imported whole: every line once, in order, nothing twice, the unplaced warned about', () => {
    fc.assert(
      fc.property(document, (text) => {
        const { interview, report } = parseInterview(text)
        const lines = text.split(/\r\n|\r|\n/)
        const nonEmpty = lines.flatMap((line, i) => (squeeze(line) ? [i + 1] : []))

        expect(report.errors).toEqual([])
        expect(report.recognised.map((r) => r.line)).toEqual(nonEmpty)
        expect(missingLines(text, interview, report)).toEqual([])

        // The body in the order of the text.
        const body = squeeze(blockTexts(interview, true).join(''))
        let cursor = 0
        for (const r of report.recognised.filter((r) => BODY.has(r.kind))) {
          // A label alone (`山田：`) says who speaks: its answer's speaker.
          if (r.kind === 'answer' && r.speaker && !squeeze(r.text.replace(/^[^:：]*[:：]/, ''))) continue
          const at = find(body, r.text, cursor)
          expect(at, `line ${r.line} "${r.text}" after position ${cursor}`).not.toBeNull()
          cursor = at ? at.at + at.length : cursor
        }
        // No line twice: the draft's text is no longer than the text it came from.
        expect(squeeze([interview.title, interview.lead, ...blockTexts(interview)].join('')).length).toBeLessThanOrEqual(squeeze(text).length)

        const warned = new Set(report.warnings.map((w) => w.line))
        for (const line of report.fallbacks) expect(warned.has(line.line)).toBe(true)
      }),
      { numRuns: 400 },
    )
  }, 30_000)

  it('only an empty text is refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\r\n', '\u3000', '\t') }), (blank) => {
        expect(parseInterview(blank).report.errors).toEqual(['empty'])
      }),
    )
  })
})
