/**
 * Site search (issue 5, item 6) over what the index reads from the database: published public
 * case studies, news and events — never drafts, future-dated or members-only documents; every
 * part of a case study (title, lead, company, interviewees, tags, questions and answers);
 * Japanese-aware matching with one- and two-character queries; highlighting; paging.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readSearchDocuments } from '@/data/searchDocuments'
import { type SearchDocument } from '@/search/rank'
import { SEARCH_PAGE_SIZE, searchIn } from '@/search/results'

import { createContent, createContentSet, type PublishableSlug, richText, uniqueId } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const hidden: { collection: PublishableSlug; visibility: string; word: string }[] = []
const shown: { collection: PublishableSlug; word: string }[] = []
let interview: { path: string }
const pagingWord = `頁送${uniqueId()}`

const paths = (docs: SearchDocument[], query: string, page = 1) => searchIn(docs, query, page).results.map((r) => r.path)
const marked = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')

beforeAll(async () => {
  payload = await getTestPayload()
  for (const collection of ['interviews', 'events', 'announcements'] as const) {
    const set = await createContentSet(payload, collection)
    for (const [visibility, doc] of Object.entries(set)) {
      // The slug's random part is in the title, and in no other document.
      const word = doc!.slug.split('-').pop()!
      if (visibility === 'public') shown.push({ collection, word })
      else hidden.push({ collection, visibility, word })
    }
  }

  const id = uniqueId()
  const company = await payload.create({ collection: 'companies', data: { name: `株式会社ミナモ精密${id}`, slug: `minamo-${id}` } })
  const doc = await createContent(payload, 'interviews', 'public', {
    title: `アルムナイと越境する理由 ${id}`,
    lead: '出戻り社員が増えた背景を聞きました。',
    company: company.id,
    tags: ['越境学習'],
    interviewees: [{ name: '汐見 凪', organization: '株式会社ミナモ精密', role: '人事部長' }],
    body: [
      { blockType: 'question', text: 'なぜブーメラン採用を始めたのですか？' },
      { blockType: 'answer', speaker: '汐見 凪', content: richText('辞めた仲間の知見を、もう一度チームに迎えたかったからです。') },
    ],
  })
  await payload.update({
    collection: 'interviews',
    id: doc.id,
    locale: 'en',
    data: {
      title: `Why alumni come back ${id}`,
      lead: 'Why former employees return.',
      interviewees: doc.interviewees.map((person) => ({ ...person, name: 'Nagi Shiomi' })),
      body: [
        { blockType: 'question', text: 'Why boomerang hiring?' },
        { blockType: 'answer', speaker: 'Nagi Shiomi', content: richText('To welcome back what they learned.') },
      ],
    },
  })
  interview = { path: `/case-studies/${doc.slug}` }

  for (let i = 0; i < SEARCH_PAGE_SIZE + 2; i++) {
    await createContent(payload, 'announcements', 'public', { title: `${pagingWord} お知らせ ${i}` })
  }
})

describe('site search', () => {
  it('never finds drafts, future-dated or members-only documents; finds the public ones', async () => {
    const docs = await readSearchDocuments(payload, 'ja')
    expect(hidden.length).toBe(8)
    for (const { collection, visibility, word } of hidden) {
      expect(searchIn(docs, word).total, `${visibility} ${collection}`).toBe(0)
    }
    for (const { collection, word } of shown) expect(searchIn(docs, word).total, `public ${collection}`).toBe(1)
  })

  it('finds a case study by its title, lead, company, interviewees, tags, questions and answers', async () => {
    const docs = await readSearchDocuments(payload, 'ja')
    for (const query of ['越境する理由', '出戻り社員', 'ミナモ精密', '汐見 凪', '人事部長', '越境学習', 'ブーメラン採用', '知見を、もう一度']) {
      expect(paths(docs, query), query).toContain(interview.path)
    }
  })

  it('matches Japanese however it is typed, with one- and two-character queries', async () => {
    const docs = await readSearchDocuments(payload, 'ja')
    for (const query of ['あるむない', 'ｱﾙﾑﾅｲ', 'ぶーめらん', '凪', '汐見', '越境　理由', 'みなも']) {
      expect(paths(docs, query), query).toContain(interview.path)
    }
    expect(paths(docs, '越境 存在しない語')).not.toContain(interview.path)
  })

  it('marks the matches in the title and in an excerpt of where else it matched', async () => {
    const docs = await readSearchDocuments(payload, 'ja')
    const result = searchIn(docs, 'あるむない 知見').results.find((r) => r.path === interview.path)!
    expect(marked(result.title)).toMatch(/^\[アルムナイ\]と越境する理由/)
    expect(marked(result.excerpt)).toContain('[知見]')
    expect(result.company).toMatch(/^株式会社ミナモ精密/)
  })

  it('searches the English text, with the Japanese where there is no translation', async () => {
    const docs = await readSearchDocuments(payload, 'en')
    for (const query of ['alumni come back', 'BOOMERANG', 'nagi', 'learned']) expect(paths(docs, query), query).toContain(interview.path)
    // The company has no English name: its Japanese one is searched.
    expect(paths(docs, 'ミナモ')).toContain(interview.path)
  })

  it('pages through many results', async () => {
    const docs = await readSearchDocuments(payload, 'ja')
    const first = searchIn(docs, pagingWord, 1)
    const second = searchIn(docs, pagingWord, 2)
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 2)
    expect(first.totalPages).toBe(2)
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE)
    expect(second.results).toHaveLength(2)
    expect(new Set([...first.results, ...second.results].map((r) => r.path)).size).toBe(SEARCH_PAGE_SIZE + 2)
    expect(searchIn(docs, pagingWord, 99).page).toBe(2)
    expect(searchIn(docs, '   ').total).toBe(0)
  })
})
