/**
 * The member directory's Japanese search (docs/search.md): one- and two-character kanji, kana in
 * hiragana, katakana or half-width, romaji, organisation and skill substrings; filters, sorting
 * and paging; the index kept in step with every save; and the same people as an unindexed scan.
 *
 * Test files share one database: every search here is scoped to this file's people by a
 * department no one else uses, except the index-versus-scan comparison, which takes everyone.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus } from '../../payload-types'
import { directoryAllIds, directoryPageIds, searchDirectory } from '../../src/data/directory'
import { type DirectoryQuery, PAGE_SIZE, parseDirectoryQuery } from '../../src/search/directoryQuery'
import { directoryWhere } from '../../src/search/directorySql'
import { ngrams, normalizeSearchText } from '../../src/search/ngrams'
import { directoryEntry } from '../../src/search/profileIndex'
import { GRAMS_SQL } from '../../src/search/schema'
import { scanAllIdsStatement } from '../bench/scan'
import { type Account, createAlumnus, createStaff, uniqueId } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let viewer: Account<Alumnus>
const department = `ケンサクテスト部${uniqueId()}`
const pagingDepartment = `ページ送り部${uniqueId()}`

type Person = Partial<Alumnus> & { name: string; nameKana: string }
const PEOPLE = {
  hayashi: { name: '林 真由美', nameKana: 'はやし まゆみ', nameRomaji: 'Mayumi Hayashi', currentOrganization: '駿河フーズ株式会社', skills: ['商品企画'], industry: 'retail', location: '静岡県静岡市', joinedYear: 2010, openTo: ['business'] },
  kobayashi: { name: '小林 直樹', nameKana: 'こばやし なおき', nameRomaji: 'Naoki Kobayashi', currentOrganization: 'フリーランス', skills: ['Python', 'データ分析'], industry: 'it', location: '長野県松本市', joinedYear: 2015, openTo: ['rejoining'] },
  // The reading typed in katakana: found by hiragana queries all the same.
  hina: { name: '佐藤 陽菜', nameKana: 'サトウ ヒナ', nameRomaji: 'Hina Sato', currentOrganization: 'ハレノヒ・デザイン合同会社', skills: ['UXリサーチ'], industry: 'it', location: '東京都世田谷区', joinedYear: 2014, openTo: ['mentoring', 'business'] },
  ken: { name: '佐藤 健', nameKana: 'さとう けん', nameRomaji: 'Ken Sato', currentOrganization: '株式会社ソラノシステムズ', skills: ['クラウド設計'], industry: 'it', location: '大阪府大阪市', joinedYear: 2005, openTo: ['investment'] },
  yumi: { name: '加藤 由美', nameKana: 'かとう ゆみ', nameRomaji: 'Yumi Kato', currentOrganization: '株式会社コトノハ・エージェンシー', skills: ['データ分析'], industry: 'advertising', location: '東京都中央区', joinedYear: 2018, openTo: [] },
  // 𠮷 lies outside the BMP: two UTF-16 units, one character.
  yoshida: { name: '𠮷田 一郎', nameKana: 'よしだ いちろう', nameRomaji: 'Ichiro Yoshida', currentOrganization: '𠮷田製作所', skills: [], industry: 'manufacturing', location: '愛知県豊田市', joinedYear: 2000, openTo: [] },
} satisfies Record<string, Person>
type Name = keyof typeof PEOPLE

const listed = {} as Record<Name, Alumnus>

const search = (params: Record<string, string | string[]>, dept = department) =>
  searchDirectory(payload, viewer.user as never, parseDirectoryQuery({ department: dept, ...params }))
const found = async (params: Record<string, string | string[]>) =>
  (await search(params)).people.map((person) => nameOf(person.id)).sort()
const nameOf = (id: number) => (Object.keys(listed) as Name[]).find((name) => listed[name].id === id) ?? `other ${id}`
const names = (...list: Name[]) => [...list].sort()

beforeAll(async () => {
  payload = await getTestPayload()
  viewer = await createAlumnus(payload, { status: 'approved' })
  for (const [key, person] of Object.entries(PEOPLE) as [Name, Person][]) {
    listed[key] = (await createAlumnus(payload, { ...person, departments: [department] })).doc
  }
  // Also called 林, and in the same department, but never listed: searches below find only the above.
  for (const extra of [{ status: 'approved', hiddenFromDirectory: true }, { status: 'pending' }, { status: 'rejected' }, { status: 'suspended' }] as const) {
    await createAlumnus(payload, { ...extra, name: '林 秘子', nameKana: 'はやし ひこ', nameRomaji: 'Hiko Hayashi', departments: [department] })
  }
})

describe('text search', () => {
  it('finds a one-character kanji anywhere in a name (林 finds 林 and 小林)', async () => {
    expect(await found({ q: '林' })).toEqual(names('hayashi', 'kobayashi'))
  })

  it('finds a two-character family name (佐藤), and not 加藤', async () => {
    expect(await found({ q: '佐藤' })).toEqual(names('hina', 'ken'))
  })

  it('finds a kanji outside the BMP (𠮷田, 𠮷)', async () => {
    expect(await found({ q: '𠮷田' })).toEqual(names('yoshida'))
    expect(await found({ q: '𠮷' })).toEqual(names('yoshida'))
  })

  it('finds the reading in hiragana, katakana and half-width katakana alike', async () => {
    for (const q of ['さとう', 'サトウ', 'ｻﾄｳ', 'さと']) expect(await found({ q }), q).toEqual(names('hina', 'ken'))
    // こばやし has ばやし, not はやし: voiced kana are different characters.
    expect(await found({ q: 'はやし' })).toEqual(names('hayashi'))
    expect(await found({ q: 'やし' })).toEqual(names('hayashi', 'kobayashi'))
    expect(await found({ q: 'サトウヒナ' })).toEqual(names('hina'))
  })

  it('finds romaji in any case, and a full name typed without its space', async () => {
    expect(await found({ q: 'sato' })).toEqual(names('hina', 'ken'))
    expect(await found({ q: 'HAYASHI' })).toEqual(names('hayashi'))
    expect(await found({ q: 'Yashi' })).toEqual(names('hayashi', 'kobayashi'))
    expect(await found({ q: 'Ｋｅｎ' })).toEqual(names('ken'))
    expect(await found({ q: '佐藤陽菜' })).toEqual(names('hina'))
  })

  it('finds organisation and skill substrings', async () => {
    expect(await found({ q: 'システム' })).toEqual(names('ken'))
    expect(await found({ q: 'ハレノヒデザイン' })).toEqual(names('hina'))
    expect(await found({ q: 'データ分析' })).toEqual(names('kobayashi', 'yumi'))
    expect(await found({ q: 'uxリサーチ' })).toEqual(names('hina'))
    expect(await found({ q: 'python' })).toEqual(names('kobayashi'))
  })

  it('needs the whole query, not just its pieces (佐藤健 is not 佐藤 陽菜)', async () => {
    expect(await found({ q: '佐藤健' })).toEqual(names('ken'))
    expect(await found({ q: '藤佐' })).toEqual([])
    expect(await found({ q: 'システムズ株式会社' })).toEqual([])
  })

  it('treats LIKE wildcards as text', async () => {
    expect(await found({ q: '%' })).toEqual([])
    expect(await found({ q: '_a' })).toEqual([])
  })

  it('never matches private or unindexed fields (email, title, bio)', async () => {
    expect(await found({ q: listed.hina.email })).toEqual([])
    expect(await found({ q: 'alumni.test' })).toEqual([])
  })
})

describe('filters', () => {
  it('by industry, join years, open-to (any of) and location', async () => {
    expect(await found({ industry: 'it' })).toEqual(names('kobayashi', 'hina', 'ken'))
    expect(await found({ joinedFrom: '2010', joinedTo: '2015' })).toEqual(names('hayashi', 'kobayashi', 'hina'))
    expect(await found({ joinedTo: '2005' })).toEqual(names('ken', 'yoshida'))
    expect(await found({ openTo: ['business', 'investment'] })).toEqual(names('hayashi', 'hina', 'ken'))
    expect(await found({ location: '東京' })).toEqual(names('hina', 'yumi'))
    expect(await found({ location: '大阪府' })).toEqual(names('ken'))
    expect(await found({ location: '都' })).toEqual(names('hina', 'yumi'))
  })

  it('combined with text', async () => {
    expect(await found({ q: '佐藤', industry: 'it', joinedFrom: '2010' })).toEqual(names('hina'))
    expect(await found({ q: 'データ分析', openTo: 'rejoining' })).toEqual(names('kobayashi'))
  })

  it('by department, however its kana are written', async () => {
    const hiragana = department.replace('ケンサクテスト部', 'けんさくてすと部')
    expect((await search({ q: '佐藤' }, hiragana)).people.map((p) => nameOf(p.id)).sort()).toEqual(names('hina', 'ken'))
    expect((await search({ q: '佐藤' }, `${department}x`)).people).toEqual([])
  })
})

describe('order and pages', () => {
  it('ranks names that start with the query first (林 before 小林)', async () => {
    const { people } = await search({ q: '林' })
    expect(people.map((p) => nameOf(p.id))).toEqual(['hayashi', 'kobayashi'])
  })

  it('sorts by reading in 50-on order, katakana readings among hiragana ones', async () => {
    const { people } = await search({ sort: 'kana' })
    expect(people.map((p) => nameOf(p.id))).toEqual(['yumi', 'kobayashi', 'ken', 'hina', 'hayashi', 'yoshida'])
  })

  it('sorts newest members first', async () => {
    const { people } = await search({ sort: 'newest' })
    expect(people.map((p) => nameOf(p.id))).toEqual(['yoshida', 'yumi', 'ken', 'hina', 'kobayashi', 'hayashi'])
  })

  it('pages through 21 people, 20 at a time, without overlap', async () => {
    for (let i = 1; i <= 21; i++) {
      await payload.create({
        collection: 'alumni',
        disableVerificationEmail: true,
        data: {
          email: `paging-${uniqueId()}@alumni.test`,
          password: 'correct-horse-battery-staple',
          _verified: true,
          status: 'approved',
          name: `頁 ${i}`,
          nameKana: `ぺーじ ${String(i).padStart(2, '0')}`,
          departments: [pagingDepartment],
        },
      })
    }
    const first = await search({ sort: 'kana' }, pagingDepartment)
    const second = await search({ sort: 'kana', page: '2' }, pagingDepartment)
    const beyond = await search({ sort: 'kana', page: '3' }, pagingDepartment)
    expect([first.total, first.totalPages, first.people.length]).toEqual([21, 2, 20])
    expect([second.total, second.people.length]).toEqual([21, 1])
    expect(second.people[0].name).toBe('頁 21')
    expect(first.people.map((p) => p.name)).toEqual(Array.from({ length: 20 }, (_, i) => `頁 ${i + 1}`))
    expect([beyond.total, beyond.people.length]).toEqual([21, 0])
  })
})

describe('the index', () => {
  const db = () => (payload.db as unknown as PostgresAdapter).drizzle

  it('holds every unigram and bigram the n-gram function computes for each line', async () => {
    for (const person of Object.values(listed)) {
      const entry = directoryEntry({ ...person, id: person.id })
      const grams = entry.text.split('\n').flatMap(ngrams)
      const { rows } = await db().execute<{ ok: boolean }>(
        sql`SELECT ${GRAMS_SQL} @> ${sql.param(grams)}::text[] AS ok FROM alumni_directory WHERE id = ${person.id}`,
      )
      expect(rows[0]?.ok, person.name).toBe(true)
    }
  })

  it('finds exactly the people an unindexed ILIKE scan finds, across everyone in the database', async () => {
    const queries: Record<string, string | string[]>[] = [
      { q: '林' },
      { q: '佐藤' },
      { q: 'さとう' },
      { q: 'サト' },
      { q: 'sato' },
      { q: 'データ分析' },
      { q: 'システム' },
      { q: 'あるむない' },
      { q: 'org' },
      { industry: 'it', openTo: ['business', 'mentoring'] },
      { location: '東京都', joinedFrom: '2005' },
      { q: '佐藤', industry: 'it', joinedTo: '2015' },
      {},
    ]
    for (const params of queries) {
      const query: DirectoryQuery = parseDirectoryQuery(params)
      const scanned = (await db().execute<{ id: number }>(scanAllIdsStatement(query))).rows.map((row) => Number(row.id))
      expect(await directoryAllIds(payload, query), JSON.stringify(params)).toEqual(scanned)
    }
  })

  it('ranks by relevance page after page exactly as one sort of every match would', async () => {
    // 45 people with 𣘺 (outside the BMP; no other test uses it) in their name, 23 with a line (name
    // or organisation) starting with it: page 1 lies in the first tier, page 2 runs from it into the
    // rest, page 3 lies past it, page 4 is empty. Longer queries take the one-pass statement.
    const marker = `相関${uniqueId()}`
    for (let i = 0; i < 45; i++) {
      const starts = i % 3 === 0
      await createAlumnus(payload, {
        name: starts ? `𣘺本 ${i}` : `大𣘺 ${i}`,
        nameKana: `${starts ? 'はしもと' : 'おおはし'} ${String(45 - i).padStart(2, '0')}`,
        currentOrganization: i % 4 === 0 ? `𣘺梁工業 ${marker}` : `${marker} 工業`,
        departments: [department],
      })
    }
    for (const q of ['𣘺', '𣘺本', '𣘺梁工', marker.slice(0, 3)]) {
      const query = parseDirectoryQuery({ q, department })
      const text = normalizeSearchText(q)
      const lineStart = sql`(search_text LIKE ${`${text}%`} OR search_text LIKE ${`%\n${text}%`})`
      const { rows } = await db().execute<{ id: number }>(sql`SELECT id FROM alumni_directory WHERE ${directoryWhere(query)}
        ORDER BY NOT ${lineStart}, strpos(search_text, ${text}), kana, id`)
      const expected = rows.map((row) => Number(row.id))
      expect(expected.length, q).toBeGreaterThan(0)
      const pages: number[] = []
      for (let page = 1; page <= Math.ceil(expected.length / PAGE_SIZE) + 1; page++) {
        const { ids, total } = await directoryPageIds(payload, { ...query, page })
        expect(total, q).toBe(expected.length)
        pages.push(...ids)
      }
      expect(pages, q).toEqual(expected)
    }
  })

  it('follows every save: a new organisation, a hidden profile, a suspension, a deletion', async () => {
    const person = await createAlumnus(payload, { name: '森 一花', nameKana: 'もり いちか', currentOrganization: '旧所属株式会社', departments: [department] })
    expect(await found({ q: '旧所属' })).toEqual([`other ${person.doc.id}`])

    // A partial update returning a narrow selection: the hook reads the stored document back.
    await payload.update({ collection: 'alumni', id: person.doc.id, data: { currentOrganization: '新所属合同会社' }, select: { name: true } })
    expect(await found({ q: '旧所属' })).toEqual([])
    expect(await found({ q: '新所属' })).toEqual([`other ${person.doc.id}`])

    // The person's own change, through their access rights.
    await payload.update({ collection: 'alumni', id: person.doc.id, data: { hiddenFromDirectory: true }, overrideAccess: false, user: person.user })
    expect(await found({ q: '新所属' })).toEqual([])
    await payload.update({ collection: 'alumni', id: person.doc.id, data: { hiddenFromDirectory: false }, overrideAccess: false, user: person.user })
    expect(await found({ q: '新所属' })).toEqual([`other ${person.doc.id}`])

    const staff = await createStaff(payload, 'editor')
    await payload.update({ collection: 'alumni', id: person.doc.id, data: { status: 'suspended' }, overrideAccess: false, user: staff.user })
    expect(await found({ q: '新所属' })).toEqual([])

    await payload.delete({ collection: 'alumni', id: person.doc.id })
    const { rows } = await db().execute(sql`SELECT 1 FROM alumni_directory WHERE id = ${person.doc.id}`)
    expect(rows).toEqual([])
  })

  it('ignores an attempt to change what a profile is found by through anything but the profile', async () => {
    const before = await found({ q: '林' })
    // Fields that do not exist on the collection (the directory row is not one) are dropped.
    await payload.update({
      collection: 'alumni',
      id: listed.hayashi.id,
      data: { search_text: 'zzz', tags: 'i:finance' } as never,
      overrideAccess: false,
      user: (await createStaff(payload, 'editor')).user,
    })
    expect(await found({ q: '林' })).toEqual(before)
    expect(await found({ q: 'zzz' })).toEqual([])
  })
})
