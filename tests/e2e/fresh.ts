/**
 * Helpers of the freshness tests: the pages that show a document of each collection, valid
 * documents to write through REST, and polling a set of pages until they show the new state.
 */
import { type APIRequestContext, expect } from '@playwright/test'

import { lexicalDocument, plainParagraph } from '../../src/lib/lexical'
import { DEMO_LOGINS } from '../../src/seed'

const rich = (text: string) => lexicalDocument([plainParagraph(text)])

/** The longest a page may show the old state after the write returned. */
export const FRESH_WITHIN_MS = 1000

export type Collection = 'interviews' | 'announcements' | 'events'
export type Page = { name: string; path: (slug: string, word: string) => string; shows: (body: string, doc: Shown) => boolean }
export type Shown = { slug: string; title: string }

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

/** A valid document of each collection; the title carries a word only this test uses. */
export const documentData: Record<Collection, (slug: string, title: string) => Record<string, unknown>> = {
  interviews: (slug, title) => ({
    title,
    slug,
    lead: 'キャッシュの鮮度を確かめるための記事です。',
    interviewees: [{ name: '鮮度 太郎', organization: '試験株式会社' }],
    body: [
      { blockType: 'question', text: 'すぐに反映されますか?' },
      { blockType: 'answer', speaker: '鮮度 太郎', content: rich('一秒以内に反映されます。') },
    ],
  }),
  announcements: (slug, title) => ({ title, slug, audience: 'public', summary: '鮮度の確認。', body: rich('本文。') }),
  events: (slug, title) => ({
    title,
    slug,
    audience: 'public',
    summary: '鮮度の確認。',
    startsAt: inHours(2),
    startsAt_tz: 'Asia/Tokyo',
    endsAt: inHours(3),
    endsAt_tz: 'Asia/Tokyo',
  }),
}

const titled = (body: string, doc: Shown) => body.includes(doc.title)
const listed = (body: string, doc: Shown) => body.includes(`/${doc.slug}<`) || body.includes(`/${doc.slug}"`)

// Search marks the matched word inside the title: recognised by its link and its text without the marks.
const searchPage: Page = {
  name: 'search',
  path: (_, word) => `/search?q=${encodeURIComponent(word)}`,
  shows: (body, doc) => listed(body, doc) && body.replace(/<[^>]*>/g, '').includes(doc.title),
}
const homePage: Page = { name: 'home', path: () => '/', shows: titled }
const sitemap: Page = { name: 'sitemap', path: () => '/sitemap.xml', shows: listed }

/** Every page that shows a document of the collection. */
export const PAGES: Record<Collection, Page[]> = {
  interviews: [
    { name: 'detail', path: (slug) => `/case-studies/${slug}`, shows: titled },
    { name: 'detail (en)', path: (slug) => `/en/case-studies/${slug}`, shows: titled },
    { name: 'list', path: () => '/case-studies', shows: titled },
    homePage,
    { name: 'feed', path: () => '/feed.xml', shows: titled },
    sitemap,
    searchPage,
  ],
  announcements: [
    { name: 'detail', path: (slug) => `/news/${slug}`, shows: titled },
    { name: 'list', path: () => '/news', shows: titled },
    homePage,
    sitemap,
    searchPage,
  ],
  events: [
    { name: 'detail', path: (slug) => `/events/${slug}`, shows: titled },
    { name: 'list', path: () => '/events', shows: titled },
    homePage,
    sitemap,
    searchPage,
  ],
}

export const signIn = async (request: APIRequestContext): Promise<string> => {
  const response = await request.post('/api/users/login', {
    data: { email: DEMO_LOGINS.editor.email, password: DEMO_LOGINS.editor.password },
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

export const read = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), body: await response.text() }
}

/**
 * Poll every page until it shows what it should. A page passes when a read started within
 * FRESH_WITHIN_MS of the write returning shows the new state; the time recorded is when that
 * answer arrived (the render of the fresh page included). Fails naming the pages still stale.
 */
export const expectFresh = async (
  request: APIRequestContext,
  pages: Page[],
  doc: Shown,
  word: string,
  visible: boolean,
  since: number,
): Promise<Record<string, number>> => {
  const took: Record<string, number> = {}
  const stale: string[] = []
  await Promise.all(
    pages.map(async (page) => {
      const path = page.path(doc.slug, word)
      while (Date.now() - since <= FRESH_WITHIN_MS) {
        const { status, body } = await read(request, path)
        expect(status, path).toBeLessThan(500)
        if ((status === 200 && page.shows(body, doc)) === visible) {
          took[page.name] = Date.now() - since
          return
        }
      }
      stale.push(`${page.name} (${path})`)
    }),
  )
  expect(stale, `pages still ${visible ? 'without' : 'with'} "${doc.title}" ${FRESH_WITHIN_MS} ms after the write`).toEqual([])
  return took
}

/**
 * Read every page twice, so each has a cached copy from before the write, and check that the
 * copy shows the state before the write: with the document (`visible`) or without it.
 */
export const warm = async (request: APIRequestContext, pages: Page[], doc: Shown, word: string, visible: boolean) => {
  const wrong: string[] = []
  for (const page of pages) {
    const path = page.path(doc.slug, word)
    await read(request, path)
    const { status, body } = await read(request, path)
    expect(status, path).toBeLessThan(500)
    if ((status === 200 && page.shows(body, doc)) !== visible) wrong.push(`${page.name} (${path})`)
  }
  expect(wrong, `pages ${visible ? 'without' : 'with'} "${doc.title}" before the write`).toEqual([])
}

