/**
 * Cached and instantly fresh (docs/publishing.md#cached-and-instantly-fresh): public pages are served from Next's cache, and
 * publishing, updating, unpublishing or deleting a document through Payload's REST API (as the
 * demo editor) refreshes every page that shows it within a second of the write returning.
 * Each page is read before the write (so a cached copy exists, and it must show the state
 * before the write) and polled after it. List pages
 * with a query (/case-studies, /news) and search render per request from cached data.
 */
import { expect, test } from '@playwright/test'

import { SEED_SLUGS } from '../../src/seed'
import { type Collection, documentData, expectFresh, PAGES, read, type Shown, signIn, warm } from './fresh'

test.describe('cached and instantly fresh', () => {
  test('public pages are served from the cache', async ({ request }) => {
    const pages = ['/', '/en', '/events', '/feed.xml', '/sitemap.xml', `/case-studies/${SEED_SLUGS.latestInterview}`]
    pages.push(`/en/case-studies/${SEED_SLUGS.englishInterview}`, `/news/${SEED_SLUGS.publicAnnouncement}`, `/events/${SEED_SLUGS.publicEvent}`)
    for (const path of pages) {
      await read(request, path)
      // Read once already, so Next answers from its page cache (src/cache/handler.mjs).
      const head = await request.head(path, { maxRedirects: 0 })
      expect(head.status(), path).toBe(200)
      // STALE is served from the cache too, while a render older than the 60 s backstop is redone.
      expect(head.headers()['x-nextjs-cache'], `${path} x-nextjs-cache`).toMatch(/^(HIT|STALE)$/)
    }
  })

  for (const collection of Object.keys(PAGES) as Collection[]) {
    test(`${collection}: publish, update, unpublish and delete show everywhere within a second`, async ({ request }) => {
      const token = await signIn(request)
      const headers = { Authorization: `JWT ${token}` }
      const pages = PAGES[collection]
      const stamp = `${Date.now().toString(36)}${collection.slice(0, 3)}`
      const word = `鮮度${stamp}`
      const doc: Shown = { slug: `fresh-${stamp}`, title: `鮮度テスト ${word}` }
      const timings: Record<string, Record<string, number>> = {}

      // Each step starts from what the one before left: shown after publish, update and
      // republish; hidden after creating the draft and after unpublish.
      let shown = false
      const write = async (step: string, send: () => Promise<{ status: () => number }>, next: Shown, visible: boolean) => {
        await warm(request, pages, doc, word, shown)
        const response = await send()
        const since = Date.now()
        expect(response.status(), step).toBeLessThan(300)
        timings[step] = await expectFresh(request, pages, next, word, visible, since)
        Object.assign(doc, next)
        shown = visible
      }

      const created = await request.post(`/api/${collection}?draft=true`, {
        headers,
        data: { ...documentData[collection](doc.slug, doc.title), _status: 'draft' },
      })
      expect(created.status()).toBe(201)
      const id = ((await created.json()) as { doc: { id: number } }).doc.id
      const patch = (data: Record<string, unknown>) => () => request.patch(`/api/${collection}/${id}`, { headers, data })

      await write('publish', patch({ _status: 'published' }), doc, true)
      await write('update', patch({ title: `${doc.title} 改` }), { ...doc, title: `${doc.title} 改` }, true)
      await write('unpublish', patch({ _status: 'draft' }), doc, false)
      await write('republish', patch({ _status: 'published' }), doc, true)
      await write('delete', () => request.delete(`/api/${collection}/${id}`, { headers }), doc, false)

      console.log(`[freshness] ${collection} (ms after the write returned):\n${JSON.stringify(timings)}`)
    })
  }
})
