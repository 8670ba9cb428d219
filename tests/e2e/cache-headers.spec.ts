/**
 * Who may keep a copy of a page (src/security/cacheControl.ts, docs/deploy.md#caching): public
 * pages let a shared cache keep them briefly and serve them stale while refreshing; the members
 * area, sign-in pages, the admin, the API and anything asked for with a session are never stored.
 * The server itself answers public pages from memory under the same rules (src/server/pageMemory.ts).
 */
import { type APIRequestContext, expect, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'
import { PUBLIC_CACHE_CONTROL } from '../../src/security/cacheControl'
import { MEMORY_HEADER } from '../../src/server/pageMemory'

const PUBLIC_PAGES = [
  '/',
  '/en',
  `/case-studies/${SEED_SLUGS.latestInterview}`,
  `/en/case-studies/${SEED_SLUGS.englishInterview}`,
  '/case-studies',
  '/events',
  `/events/${SEED_SLUGS.publicEvent}`,
  `/news/${SEED_SLUGS.publicAnnouncement}`,
  '/feed.xml',
  '/sitemap.xml',
]

const cacheControl = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) => {
  const response = await request.get(path, { headers, maxRedirects: 0 })
  return {
    status: response.status(),
    value: response.headers()['cache-control'] ?? '',
    fromMemory: response.headers()[MEMORY_HEADER] === 'HIT',
    body: await response.text(),
  }
}

/** Never stored by a browser or a shared cache. */
const expectPrivate = (path: string, { value }: { value: string }) => {
  expect(value, path).toContain('private')
  expect(value, path).toContain('no-store')
  expect(value, path).not.toMatch(/public|s-maxage/)
}

test.describe('Cache-Control', () => {
  test('public pages may be kept briefly by a shared cache and served stale while it refreshes', async ({ request }) => {
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    for (const path of PUBLIC_PAGES) {
      const { status, value } = await cacheControl(request, path)
      expect(status, path).toBe(200)
      expect(value, path).toBe(PUBLIC_CACHE_CONTROL)
    }
  })

  test('the server answers a public page from memory once Next has it cached, the same page', async ({ request }) => {
    const path = `/case-studies/${SEED_SLUGS.latestInterview}`
    await expect(async () => {
      const first = await cacheControl(request, path)
      const again = await cacheControl(request, path)
      expect(again.fromMemory).toBe(true)
      expect(again.body).toBe(first.body)
      expect(again.value).toBe(PUBLIC_CACHE_CONTROL)
    }).toPass({ timeout: 15_000 })
    // The API is answered per request, read twice or not: REST by GET, GraphQL by POST.
    for (let i = 0; i < 2; i++) {
      expect((await cacheControl(request, '/api/interviews?depth=0&limit=1')).fromMemory).toBe(false)
      const graphql = await request.post('/api/graphql', { data: { query: '{ Interviews(limit: 1) { docs { title } } }' } })
      expect(graphql.status()).toBe(200)
      expect(graphql.headers()[MEMORY_HEADER]).toBeUndefined()
    }
  })

  test('public pages rendered per request are answered from memory too, each URL on its own', async ({ request }) => {
    const word = encodeURIComponent('出戻り')
    for (const path of ['/case-studies?page=1', `/search?q=${word}`, `/en/search?q=${word}`]) {
      await expect(async () => {
        const first = await cacheControl(request, path)
        const again = await cacheControl(request, path)
        expect(first.status, path).toBe(200)
        expect(again.fromMemory, path).toBe(true)
        expect(again.body, path).toBe(first.body)
      }).toPass({ timeout: 15_000 })
    }
    // Another query is another page: the search for a word no case study has finds nothing.
    const other = await cacheControl(request, `/search?q=${encodeURIComponent('該当なしの語')}`)
    expect(other.fromMemory).toBe(false)
    expect(other.body).not.toBe((await cacheControl(request, `/search?q=${word}`)).body)
  })

  test('public pages ask for no client hints, so a first visit is one request; the admin asks for its colour scheme', async ({ request }) => {
    for (const path of PUBLIC_PAGES) {
      const headers = (await request.get(path)).headers()
      // Critical-CH would make Chrome drop the answer and ask again with the hint.
      expect(headers['critical-ch'], path).toBeUndefined()
      expect(headers['accept-ch'], path).toBeUndefined()
      expect(headers.vary ?? '', path).not.toMatch(/sec-ch/i)
    }
    const admin = (await request.get('/admin/login')).headers()
    expect(admin['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test('sign-in pages, the members area, the admin and the API are never stored, signed out', async ({ request }) => {
    for (const path of ['/login', '/join', '/forgot-password', '/en/login', '/members', '/members/directory', '/admin', '/api/interviews?depth=0&limit=1', '/calendar/not-a-real-token.ics']) {
      expectPrivate(path, await cacheControl(request, path))
    }
  })

  test('signed in, nothing is stored: members pages, API answers and the public pages too', async ({ request }) => {
    // Read without a session first, so the server keeps them in memory.
    for (const path of [...PUBLIC_PAGES.slice(0, 3), ...PUBLIC_PAGES.slice(0, 3)]) await cacheControl(request, path)
    const login = await request.post('/api/alumni/login', { data: { email: DEMO_LOGINS.alumnus.email, password: DEMO_LOGINS.alumnus.password } })
    expect(login.status()).toBe(200)
    const { token } = (await login.json()) as { token: string }
    // What a member's browser sends: the session cookie on a same-site request.
    const session = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
    for (const path of ['/members', `/members/directory?q=${encodeURIComponent('佐藤')}`, '/members/news', '/en/members', '/api/alumni/me', ...PUBLIC_PAGES.slice(0, 3)]) {
      const answer = await cacheControl(request, path, session)
      // The member really is signed in: the members pages render instead of sending to /login.
      if (path.includes('/members')) expect(answer.status, path).toBe(200)
      expectPrivate(path, answer)
      // Public pages kept in the server's memory for readers without a session are not given to members.
      expect(answer.fromMemory, path).toBe(false)
    }
    // Signed in by header instead (API clients): still private, and nothing from memory is kept
    // from it — the search page is rendered per request, so a kept copy would come from here.
    const search = `/search?q=${encodeURIComponent('出戻り採用')}`
    for (let i = 0; i < 2; i++) {
      const byHeader = await cacheControl(request, search, { authorization: `JWT ${token}` })
      expect(byHeader.status).toBe(200)
      expectPrivate(search, byHeader)
      expect(byHeader.fromMemory).toBe(false)
    }
    expect((await cacheControl(request, search)).fromMemory).toBe(false)
  })
})
