/** The interview importer's pieces: what a single line is, dates, titles, names, people, slugs. */
import { describe, expect, it } from 'vitest'

import { parseDateLine } from '../../src/importer/date'
import { bareUrl, ctaLine, isProfileMarker, markedHeading, mayBeHeading, questionText, speakerLabel, toGroups } from '../../src/importer/lines'
import { parsePerson } from '../../src/importer/profile'
import { isValidSlug, slugFromFileName, slugify, suggestSlug } from '../../src/importer/slug'
import { resolveSpeaker } from '../../src/importer/speakers'
import { bylineEntries } from '../../src/importer/byline'
import { parseTitleLine } from '../../src/importer/title'

const group = (...lines: string[]) => lines.map((text, i) => ({ no: i + 1, text }))

describe('questions', () => {
  it.each([
    ['——なぜですか？', 'なぜですか？'],
    ['――なぜですか？', 'なぜですか？'],
    ['―なぜですか？', 'なぜですか？'],
    ['―――なぜですか？', 'なぜですか？'],
    ['ーなぜですか？', 'なぜですか？'],
    ['－－なぜですか？', 'なぜですか？'],
    ['--Why?', 'Why?'],
    ['-- Why?', 'Why?'],
    ['— Why?', 'Why?'],
  ])('%s is a question', (line, text) => {
    expect(questionText(line)).toBe(text)
  })

  it.each(['- a list item', 'ーーー', '――――', 'なぜですか？', '酒井：——はい'])('%s is not', (line) => {
    expect(questionText(line)).toBeNull()
  })
})

describe('links', () => {
  it('takes the label and a URL on the same line', () => {
    expect(ctaLine('>>登録はこちら')).toEqual({ label: '登録はこちら', url: '' })
    expect(ctaLine('>> 登録はこちら https://a.example/join')).toEqual({ label: '登録はこちら', url: 'https://a.example/join' })
    expect(ctaLine('＞＞登録はこちら：https://a.example/join')).toEqual({ label: '登録はこちら', url: 'https://a.example/join' })
    expect(ctaLine('>>https://a.example/join')).toEqual({ label: 'https://a.example/join', url: 'https://a.example/join' })
    expect(ctaLine('> quoted')).toBeNull()
  })

  it('knows a bare URL line', () => {
    expect(bareUrl('https://a.example/x')).toBe('https://a.example/x')
    expect(bareUrl('see https://a.example/x')).toBeNull()
  })
})

describe('speaker labels', () => {
  it.each([
    ['酒井:はい', { label: '酒井', text: 'はい' }],
    ['酒井：はい', { label: '酒井', text: 'はい' }],
    ['酒井 章：はい', { label: '酒井 章', text: 'はい' }],
    ['Jane Doe: Yes.', { label: 'Jane Doe', text: 'Yes.' }],
    ['酒井：', { label: '酒井', text: '' }],
  ])('%s', (line, expected) => {
    expect(speakerLabel(line)).toEqual(expected)
  })

  it.each(['https://a.example', '10:30に始めました', 'これは、つまり：こういうことです', 'one two three four: no'])('%s is no label', (line) => {
    expect(speakerLabel(line)).toBeNull()
  })

  it('resolves family names, given names, honorifics and names written without a space', () => {
    const names = ['酒井 章', '大門 孝行', '森川ゆり', 'Laura Bennett']
    expect(resolveSpeaker('酒井', names)).toEqual({ name: '酒井 章' })
    expect(resolveSpeaker('酒井さん', names)).toEqual({ name: '酒井 章' })
    expect(resolveSpeaker('酒井章', names)).toEqual({ name: '酒井 章' })
    expect(resolveSpeaker('大門　孝行', names)).toEqual({ name: '大門 孝行' })
    expect(resolveSpeaker('森川', names)).toEqual({ name: '森川ゆり' })
    expect(resolveSpeaker('Bennett', names)).toEqual({ name: 'Laura Bennett' })
    expect(resolveSpeaker('laura', names)).toEqual({ name: 'Laura Bennett' })
    expect(resolveSpeaker('編集部', names)).toBeNull()
    expect(resolveSpeaker('山本', ['山本 一', '山本 二'])).toEqual({ ambiguous: ['山本 一', '山本 二'] })
  })
})

describe('headings', () => {
  it('by their markup', () => {
    expect(markedHeading('【制度のはじまり】')).toBe('制度のはじまり')
    expect(markedHeading('■ 最初の出資先')).toBe('最初の出資先')
    expect(markedHeading('## What comes next')).toBe('What comes next')
    expect(markedHeading('【アルムナイ企業事例/電通】タイトル')).toBeNull()
  })

  it('short unpunctuated lines may be headings; sentences and symbols are not', () => {
    expect(mayBeHeading('出資を受けてからの一年')).toBe(true)
    expect(mayBeHeading('ありがとうございました。')).toBe(false)
    expect(mayBeHeading('＊＊＊')).toBe(false)
    expect(mayBeHeading('これは、見出しではない文')).toBe(false)
  })

  it('knows the profile marker in its spellings', () => {
    for (const line of ['【プロフィール】', '■プロフィール', '[Profile]', 'Profile:', 'プロフィール']) expect(isProfileMarker(line)).toBe(true)
    expect(isProfileMarker('プロフィールを見る')).toBe(false)
  })
})

describe('dates', () => {
  it.each([
    ['2020年03月11日', '2020-03-11'],
    ['2020年3月1日', '2020-03-01'],
    ['2020/3/11', '2020-03-11'],
    ['2020.03.11', '2020-03-11'],
    ['2020-03-11', '2020-03-11'],
    ['2020-03-11T10:00:00+09:00', '2020-03-11'],
    ['2020年3月11日（水）', '2020-03-11'],
    ['公開日：2020/3/11', '2020-03-11'],
    ['March 11, 2020', '2020-03-11'],
    ['11 March 2020', '2020-03-11'],
    ['Published: Mar. 11, 2020 (Wed)', '2020-03-11'],
  ])('%s', (line, date) => {
    expect(parseDateLine(line)).toMatchObject({ kind: 'published', date })
  })

  it('an interview date by its label', () => {
    expect(parseDateLine('取材日：2020年2月1日')).toMatchObject({ kind: 'interview', date: '2020-02-01' })
    expect(parseDateLine('Interviewed on 1 February 2020')).toMatchObject({ kind: 'interview', date: '2020-02-01' })
  })

  it('a date-shaped line that is no day on the calendar, and lines that are no date at all', () => {
    expect(parseDateLine('2023年2月30日')).toMatchObject({ kind: 'published', date: null })
    expect(parseDateLine('2020/13/01')).toMatchObject({ kind: 'published', date: null })
    expect(parseDateLine('2020年に始めました')).toBeNull()
    expect(parseDateLine('Smarch 11, 2020')).toMatchObject({ kind: 'published', date: null })
  })
})

describe('titles', () => {
  it('splits the marker into series and company', () => {
    expect(parseTitleLine('【アルムナイ企業事例/電通】卒業生の声')).toEqual({ title: '卒業生の声', series: 'アルムナイ企業事例', companyHint: '電通' })
    expect(parseTitleLine('【連載／ひびき銀行】題')).toEqual({ title: '題', series: '連載', companyHint: 'ひびき銀行' })
    expect(parseTitleLine('[Case Studies / Acme] Title')).toEqual({ title: 'Title', series: 'Case Studies', companyHint: 'Acme' })
    expect(parseTitleLine('【連載】題')).toEqual({ title: '題', series: '連載', companyHint: undefined })
    expect(parseTitleLine('ただのタイトル')).toEqual({ title: 'ただのタイトル' })
    expect(parseTitleLine('【マーカーだけ】')).toEqual({ title: 'マーカーだけ' })
  })
})

describe('people of the profile block', () => {
  it('organisation first, role after, name with さん and an alumni note', () => {
    expect(parsePerson(group('株式会社A 人事部', '部長', '山田 花子 さん(Aアルムナイ)'))?.interviewee).toEqual({
      name: '山田 花子',
      organization: '株式会社A 人事部',
      role: '部長',
      isAlumni: true,
    })
  })

  it('a note that is not about being an alumnus stays with the role', () => {
    expect(parsePerson(group('株式会社A', '部長', '山田 花子 さん（取材当時）'))?.interviewee).toEqual({
      name: '山田 花子',
      organization: '株式会社A',
      role: '部長 (取材当時)',
      isAlumni: false,
    })
  })

  it('English: the last line of a short group is the name', () => {
    expect(parsePerson(group('Acme Inc.', 'Engineer', 'Jane Doe (Acme alumna)'))?.interviewee).toEqual({
      name: 'Jane Doe',
      organization: 'Acme Inc.',
      role: 'Engineer',
      isAlumni: true,
    })
  })

  it('running text is not a person', () => {
    expect(parsePerson(group('In this series we talk to companies and the people who left them, and what they build together.'))).toBeNull()
    expect(parsePerson(group('今回は、株式会社Aにご登場いただきました。'))).toBeNull()
  })

  it('splits groups at blank lines, with line numbers', () => {
    expect(toGroups('a\r\nb\n\n\u3000\nc')).toEqual([group('a', 'b'), [{ no: 5, text: 'c' }]])
  })
})

describe('slugs', () => {
  it('from a file name, ASCII only', () => {
    expect(slugFromFileName('tests/fixtures/interviews/Full_Width Colons.ja.txt')).toBe('full-width-colons-ja')
    expect(slugFromFileName('/tmp/電通.txt')).toBe('')
    expect(slugify('Café Crème, 2024!')).toBe('cafe-creme-2024')
  })

  it('suggested from an English title, else the company and the date', () => {
    expect(suggestSlug({ title: 'Why a trading company rehires its alumni' })).toBe('why-a-trading-company-rehires-its-alumni')
    expect(suggestSlug({ title: '卒業生の声', companySlug: 'acme', date: '2020-03-11' })).toBe('acme-2020-03-11')
    expect(suggestSlug({ title: '卒業生の声', date: '2020-03-11' })).toBe('interview-2020-03-11')
  })

  it('validates like the slug field', () => {
    expect(isValidSlug('acme-2020-03-11')).toBe(true)
    for (const slug of ['Acme', 'a--b', '-a', 'a b', '']) expect(isValidSlug(slug)).toBe(false)
  })
})

describe('people lines', () => {
  it('one entry per さん: organisation, role, name and note', () => {
    expect(bylineEntries('株式会社ABC 人事部 部長 山田 太郎さん（アルムナイ）')).toEqual([
      { name: '山田 太郎', organization: '株式会社ABC 人事部', role: '部長', isAlumni: true, ownOrganization: true, department: false },
    ])
    expect(bylineEntries('執行役員 山田 太郎さんと人事部 佐藤さん')?.map((e) => [e.name, e.role])).toEqual([
      ['山田 太郎', '執行役員'],
      ['佐藤', '人事部'],
    ])
    expect(bylineEntries('営業 佐藤花子さん・広報 Y.T.さん（元社員）')?.map((e) => [e.name, e.role, e.isAlumni])).toEqual([
      ['佐藤花子', '営業', false],
      ['Y.T.', '広報（元社員）', true],
    ])
  })

  it('running text that ends in さん is not a people line', () => {
    expect(bylineEntries('今回お話を伺ったのは、人事部の佐藤 花子さん')).toBeNull()
    expect(bylineEntries('ありがとうございました、山田さん')).toBeNull()
    expect(bylineEntries('山田さんにお話を伺いました。')).toBeNull()
    expect(bylineEntries('山田：佐藤さん')).toBeNull()
  })
})
