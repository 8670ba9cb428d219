/**
 * The `/case-studies` list (src/data/interviews.ts, `listInterviews`): filtered by company, paged
 * nine to a page, newest first, and only what a visitor may read — drafts, future-dated case
 * studies and other companies' never appear on any page. Every call reaches the database (the
 * page cache is bypassed, as in queries.per-page.test.ts).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  unstable_cache: <F>(fn: F) => fn,
}))
vi.mock('@/data/payload', () => ({ payloadClient: () => import('../helpers/payload').then((m) => m.getTestPayload()) }))

let payload: Payload
let listInterviews: (typeof import('@/data/interviews'))['listInterviews']
let company: { id: number; slug: string }
/** The company's public case studies, newest first. */
let expected: number[]
let hidden: number[]

beforeAll(async () => {
  const { getTestPayload } = await import('../helpers/payload')
  const { createContent, uniqueSlug } = await import('../helpers/fixtures')
  ;({ listInterviews } = await import('@/data/interviews'))
  payload = await getTestPayload()
  const slug = uniqueSlug('company')
  company = {
    id: (await payload.create({ collection: 'companies', data: { name: `List test ${slug}`, slug } })).id,
    slug,
  }
  const other = await payload.create({
    collection: 'companies',
    data: { name: 'Another company', slug: uniqueSlug('company') },
  })

  const day = 24 * 60 * 60 * 1000
  const published = []
  for (let i = 0; i < 11; i++) {
    const publishedAt = new Date(Date.now() - (i + 1) * day).toISOString()
    published.push(await createContent(payload, 'interviews', 'public', { company: company.id, publishedAt }))
  }
  expected = published.map((doc) => doc.id)
  hidden = [
    (await createContent(payload, 'interviews', 'draft', { company: company.id })).id,
    (await createContent(payload, 'interviews', 'future', { company: company.id })).id,
    (await createContent(payload, 'interviews', 'public', { company: other.id })).id,
  ]
})

describe('the case-study list', () => {
  it("pages through one company's public case studies, nine to a page, newest first", async () => {
    const first = await listInterviews({ locale: 'ja', company: company.slug })
    const second = await listInterviews({ locale: 'ja', company: company.slug, page: 2 })
    expect(first).toMatchObject({ totalDocs: 11, totalPages: 2, page: 1, hasNextPage: true })
    expect(first.docs).toHaveLength(9)
    expect(second.docs).toHaveLength(2)
    expect([...first.docs, ...second.docs].map((doc) => doc.id)).toEqual(expected)
  })

  it('never lists drafts, future-dated case studies or other companies’ on any page', async () => {
    const ids = []
    for (let page = 1; page <= 3; page++) {
      ids.push(...(await listInterviews({ locale: 'ja', company: company.slug, page })).docs.map((doc) => doc.id))
    }
    for (const id of hidden) expect(ids).not.toContain(id)
  })

  it('lists every company’s case studies without a filter, still without drafts or future-dated ones', async () => {
    const all = await listInterviews({ locale: 'ja' })
    const pages = []
    for (let page = 1; page <= all.totalPages; page++)
      pages.push(...(await listInterviews({ locale: 'ja', page })).docs)
    const ids = pages.map((doc) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([...expected, hidden[2]]))
    expect(ids).not.toContain(hidden[0])
    expect(ids).not.toContain(hidden[1])
  })
})
