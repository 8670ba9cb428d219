/**
 * The directory's Japanese search: normalisation, n-grams and the directory row of one person
 * (docs/search.md). What is indexed and what is asked for go through the same functions.
 */
import { describe, expect, it } from 'vitest'

import { containsPattern, ngrams, normalizeSearchText, queryGrams } from '@/search/ngrams'
import { directoryEntry } from '@/search/profileIndex'

describe('normalizeSearchText', () => {
  it('folds katakana to hiragana, so カナ and かな match', () => {
    expect(normalizeSearchText('サトウ ヒナ')).toBe('さとうひな')
    expect(normalizeSearchText('ヴァイオリン')).toBe('ゔぁいおりん')
    expect(normalizeSearchText('ヶ')).toBe('ゖ')
    // Half-width katakana, with its separate voicing mark, becomes the same.
    expect(normalizeSearchText('ｻﾄｳ ｼﾞﾛｳ')).toBe('さとうじろう')
  })

  it('keeps the long vowel mark, kanji and hiragana as they are', () => {
    expect(normalizeSearchText('データ分析')).toBe('でーた分析')
    expect(normalizeSearchText('佐藤陽菜')).toBe('佐藤陽菜')
  })

  it('lowercases and turns full-width Latin letters and digits into ASCII', () => {
    expect(normalizeSearchText('Ｈｉｎａ　SATO')).toBe('hinasato')
    expect(normalizeSearchText('ＵＸリサーチ２０２６')).toBe('uxりさーち2026')
  })

  it('drops spaces of every kind, line breaks and middle dots', () => {
    expect(normalizeSearchText(' 佐藤\u3000陽菜\n')).toBe('佐藤陽菜')
    expect(normalizeSearchText('ハレノヒ・デザイン')).toBe('はれのひでざいん')
    expect(normalizeSearchText('ﾊﾚﾉﾋ･ﾃﾞｻﾞｲﾝ')).toBe('はれのひでざいん')
  })

  it('is idempotent', () => {
    for (const text of ['サトウ ヒナ', 'Ｈｉｎａ', 'ハレノヒ・デザイン', '𠮷田']) {
      expect(normalizeSearchText(normalizeSearchText(text))).toBe(normalizeSearchText(text))
    }
  })
})

describe('ngrams', () => {
  it('gives every character and every pair of neighbours, once', () => {
    expect(ngrams('佐藤陽菜').sort()).toEqual(['佐', '佐藤', '藤', '藤陽', '陽', '陽菜', '菜'].sort())
    expect(ngrams('ああ').sort()).toEqual(['あ', 'ああ'])
  })

  it('counts a character outside the BMP as one (𠮷田 is two characters)', () => {
    expect(ngrams('𠮷田').sort()).toEqual(['𠮷', '𠮷田', '田'].sort())
  })

  it('gives nothing for nothing', () => {
    expect(ngrams('')).toEqual([])
  })
})

describe('queryGrams', () => {
  it('looks up one or two characters as they are, with no recheck', () => {
    expect(queryGrams('林')).toEqual({ grams: ['林'], recheck: false })
    expect(queryGrams('佐藤')).toEqual({ grams: ['佐藤'], recheck: false })
    expect(queryGrams('𠮷田')).toEqual({ grams: ['𠮷田'], recheck: false })
  })

  it('needs every bigram of a longer query, then a recheck', () => {
    expect(queryGrams('さとう')).toEqual({ grams: ['さと', 'とう'], recheck: true })
    expect(queryGrams('ああああ')).toEqual({ grams: ['ああ'], recheck: true })
  })

  it('needs nothing for an empty query', () => {
    expect(queryGrams('')).toEqual({ grams: [], recheck: false })
  })
})

describe('containsPattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('佐藤')).toBe('%佐藤%')
    expect(containsPattern('100%_\\')).toBe('%100\\%\\_\\\\%')
  })
})

describe('directoryEntry', () => {
  const person = {
    id: 7,
    status: 'approved',
    hiddenFromDirectory: false,
    createdAt: '2026-01-02T03:04:05.000Z',
    joinedYear: 2014,
    name: '佐藤 陽菜',
    nameKana: 'サトウ ヒナ',
    nameRomaji: 'Hina Sato',
    currentOrganization: 'ハレノヒ・デザイン合同会社',
    skills: ['UXリサーチ', 'サービスデザイン'],
    location: '東京都世田谷区',
    industry: 'it',
    openTo: ['mentoring', 'business'],
    departments: ['デザイン本部'],
  }

  it('keeps the searchable fields normalised, names first, one per line', () => {
    expect(directoryEntry(person).text).toBe(
      ['佐藤陽菜', 'さとうひな', 'hinasato', 'はれのひでざいん合同会社', 'uxりさーち', 'さーびすでざいん'].join('\n'),
    )
  })

  it('sorts by the kana reading, or by the name when there is none', () => {
    expect(directoryEntry(person).kana).toBe('さとうひな')
    expect(directoryEntry({ ...person, nameKana: '' }).kana).toBe('佐藤陽菜')
  })

  it('turns filters into tags, location into tagged n-grams', () => {
    const tags = directoryEntry(person).tags.split(' ')
    expect(tags).toEqual(expect.arrayContaining(['i:it', 'o:mentoring', 'o:business', 'd:でざいん本部', 'l:東', 'l:東京', 'l:京都']))
    for (const tag of tags) expect(Array.from(tag).length, tag).toBeGreaterThanOrEqual(3)
    expect(tags).toEqual([...tags].sort())
    expect(directoryEntry(person).location).toBe('東京都世田谷区')
  })

  it('is listed only when approved and not hidden', () => {
    expect(directoryEntry(person).listed).toBe(true)
    expect(directoryEntry({ ...person, hiddenFromDirectory: true }).listed).toBe(false)
    for (const status of ['pending', 'rejected', 'suspended']) expect(directoryEntry({ ...person, status }).listed).toBe(false)
  })

  it('takes nothing from private fields, and copes with missing ones', () => {
    const withSecrets = { ...person, email: 'hina@example.com', contact: { phone: '090-0000-0000' }, verification: { employeeNumber: 'TW-1407' } }
    const entry = JSON.stringify(directoryEntry(withSecrets))
    for (const secret of ['hina@example.com', '090', 'tw-1407', 'TW-1407']) expect(entry).not.toContain(secret)
    expect(directoryEntry({ id: 1, createdAt: person.createdAt })).toMatchObject({ text: '', tags: '', kana: '', listed: false })
  })
})
