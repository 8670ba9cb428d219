/** Site search text handling: folding, highlighting, excerpts, ranking (src/lib). */
import { describe, expect, it } from 'vitest'

import { fold, foldWithSource, queryTerms } from '@/search/fold'
import { excerpt, highlight } from '@/search/highlight'
import { lexicalText } from '@/lib/lexicalText'
import { FIELDS, rank, type SearchDocument } from '@/search/rank'

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')

describe('fold', () => {
  it('reads katakana as hiragana, full-width as half-width, upper as lower case', () => {
    expect(fold('アルムナイ')).toBe('あるむない')
    expect(fold('ｱﾙﾑﾅｲ')).toBe('あるむない')
    expect(fold('ＥＮＩＳＨＩ　２０２６')).toBe('enishi 2026')
    expect(fold('ガイド')).toBe(fold('ｶﾞｲﾄﾞ'))
  })

  it('maps each folded character back to the original characters', () => {
    const folded = foldWithSource('ｶﾞｲﾄﾞ本')
    expect(folded.text).toBe('がいど本')
    expect(folded.source.map(({ start, end }) => 'ｶﾞｲﾄﾞ本'.slice(start, end))).toEqual(['ｶﾞ', 'ｲ', 'ﾄﾞ', '本'])
  })

  it('splits a query into distinct folded words, on any kind of space', () => {
    expect(queryTerms('  アルムナイ　協業 あるむない ')).toEqual(['あるむない', '協業'])
    expect(queryTerms('')).toEqual([])
  })
})

describe('highlight', () => {
  it('marks every match of every word, in the original spelling', () => {
    expect(marked(highlight('アルムナイと企業、あるむない', ['あるむない']))).toBe('[アルムナイ]と企業、[あるむない]')
    expect(marked(highlight('ｶﾞｲﾄﾞブック', ['がいど']))).toBe('[ｶﾞｲﾄﾞ]ブック')
    expect(marked(highlight('Boomerang hiring', ['boom', 'hiring']))).toBe('[Boom]erang [hiring]')
  })

  it('marks one- and two-character words', () => {
    expect(marked(highlight('縁の力', ['縁']))).toBe('[縁]の力')
    expect(marked(highlight('人事部の人', ['人事']))).toBe('[人事]部の人')
  })

  it('merges overlapping matches', () => {
    expect(marked(highlight('アルムナイ', ['あるむ', 'むない']))).toBe('[アルムナイ]')
  })

  it('cuts an excerpt around the first match, with ellipses', () => {
    const text = `${'前'.repeat(200)}目印${'後'.repeat(200)}`
    const result = marked(excerpt(text, ['目印'], 60))
    expect(result).toMatch(/^….*\[目印\].*…$/)
    expect(result.length).toBeLessThan(70)
    expect(marked(excerpt('短い文', ['文']))).toBe('短い[文]')
  })
})

describe('lexicalText', () => {
  it('joins text nodes, with paragraphs on their own lines and links inline', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Read ' }, { type: 'link', children: [{ type: 'text', text: 'this' }] }, { type: 'text', text: '.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Next' }] },
        ],
      },
    }
    expect(lexicalText(value)).toBe('Read this.\nNext')
    expect(lexicalText(null)).toBe('')
  })
})

describe('rank', () => {
  const doc = (path: string, title: string, body: string, date: string): SearchDocument => {
    const text = { title, about: '', summary: '', body }
    return { kind: 'news', path, date, company: null, text, folded: { title: fold(title), about: '', summary: '', body: fold(body) } }
  }
  const docs = [
    doc('/a', '協業の話', '本文にアルムナイ', '2026-01-01'),
    doc('/b', 'アルムナイの話', '協業について', '2025-01-01'),
    doc('/c', '別の話', 'なにもない', '2026-06-01'),
  ]

  it('needs every word, ranks title hits first, then the newest', () => {
    expect(rank(docs, ['あるむない']).map((hit) => hit.doc.path)).toEqual(['/b', '/a'])
    expect(rank(docs, ['あるむない', '協業']).map((hit) => hit.doc.path)).toEqual(['/a', '/b'])
    expect(rank(docs, ['話']).map((hit) => hit.doc.path)).toEqual(['/c', '/a', '/b'])
    expect(rank(docs, ['ない', '存在しない'])).toEqual([])
    expect(rank(docs, [])).toEqual([])
    expect(rank(docs, ['あるむない'])[0].score).toBe(FIELDS.title)
  })
})
