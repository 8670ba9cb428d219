/**
 * Who may keep a copy of an answer (src/cache/cacheControl.ts, docs/deploy.md#caching): Next's
 * own verdict, never a list of paths. What it rendered once for everyone carries `s-maxage`;
 * whatever read the session, a cookie, a header or the query is private. A member's session,
 * written every way a client could (tests/e2e/sessionShapes.ts), sent to every kind of route:
 * no personal answer is marked shareable, and nothing of the member reaches a visitor.
 */
import { expect, test } from '@playwright/test'

import { isShareable } from '../../src/cache/cacheControl'
import { SEED_SLUGS } from '../../src/seed'
import { type Answer, fetchAnswer, leaksOfMemberAnswer, leaksToVisitor, ROUTE_KINDS, sessionShapes, signInMember } from './sessionShapes'

/** Pages and feeds that read nothing of the request: rendered once, shared. */
const SHARED_PAGES = [
  '/',
  '/en',
  `/case-studies/${SEED_SLUGS.latestInterview}`,
  `/en/case-studies/${SEED_SLUGS.englishInterview}`,
  '/events',
  `/events/${SEED_SLUGS.publicEvent}`,
  `/news/${SEED_SLUGS.publicAnnouncement}`,
  '/privacy',
  '/feed.xml',
]

/** Never stored by a browser or a shared cache. */
const expectPrivate = ({ path, cacheControl }: Answer) => {
  expect(cacheControl, path).toContain('private')
  expect(cacheControl, path).toContain('no-store')
  expect(isShareable(cacheControl), path).toBe(false)
}

test.describe('Cache-Control', () => {
  test('pages and feeds rendered once for everyone are marked for shared caches, with no public stamp of the app', async ({ request }) => {
    for (const path of SHARED_PAGES) {
      const answer = await fetchAnswer(request, path)
      expect(answer.status, path).toBe(200)
      expect(isShareable(answer.cacheControl), `${path}: ${answer.cacheControl}`).toBe(true)
      expect(answer.cacheControl, path).toMatch(/^s-maxage=\d+(, stale-while-revalidate=\d+)?$/)
    }
  })

  test('whatever is rendered per request is private: list pages and search, sign-in pages, members, admin, API, calendars', async ({ request }) => {
    const paths = [
      '/case-studies',
      '/news?page=1',
      `/search?q=${encodeURIComponent('出戻り')}`,
      '/login',
      '/join',
      '/en/login',
      '/members',
      '/members/directory',
      '/admin',
      '/calendar/not-a-real-token.ics',
      `/events/${SEED_SLUGS.publicEvent}/calendar.ics`,
    ]
    // The API, which Payload sends without a header of its own, public data or not.
    paths.push('/api/interviews?depth=0&limit=1', '/api/alumni/me', '/api/graphql-playground')
    for (const path of paths) expectPrivate(await fetchAnswer(request, path))
  })

  test('public pages ask for no client hints, so a first visit is one request; the admin asks for its colour scheme', async ({ request }) => {
    for (const path of SHARED_PAGES) {
      const headers = (await request.get(path)).headers()
      // Critical-CH would make Chrome drop the answer and ask again with the hint.
      expect(headers['critical-ch'], path).toBeUndefined()
      expect(headers['accept-ch'], path).toBeUndefined()
      expect(headers.vary ?? '', path).not.toMatch(/sec-ch/i)
    }
    const admin = (await request.get('/admin/login')).headers()
    expect(admin['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test("a member's session, however written, never makes a personal answer shareable nor reaches a visitor", async ({ request }) => {
    test.setTimeout(600_000)
    const member = await signInMember(request)
    const shapes = sessionShapes(member.token)
    const problems: string[] = []
    let signedIn = 0
    let requests = 0
    for (const shape of shapes) {
      for (const path of ROUTE_KINDS) {
        const answer = await fetchAnswer(request, path, shape)
        requests++
        problems.push(...leaksOfMemberAnswer(answer, member, shape))
        if (path === '/api/alumni/me' && answer.body.includes(member.markers[0])) signedIn++
        // Right after, a visitor asks for the same URL: nothing the member was answered is served.
        problems.push(...leaksToVisitor(await fetchAnswer(request, path), member))
        requests++
      }
    }
    console.log(`[cache-headers] ${shapes.length} session shapes × ${ROUTE_KINDS.length} routes: ${requests} requests, signed in by ${signedIn} shapes, ${problems.length} leaks`)
    expect(problems).toEqual([])
    // The corpus does sign the member in, in most of its shapes (the finding's among them).
    expect(signedIn).toBeGreaterThanOrEqual(10)
    // The members-only event's calendar file with the finding's header: the member's, and private.
    const ics = await fetchAnswer(request, `/events/${SEED_SLUGS.membersEvent}/calendar.ics`, {
      cookie: `payload-token =; payload-token =${member.token}`,
      'sec-fetch-site': 'same-origin',
    })
    expect(ics.status).toBe(200)
    expect(ics.body).toContain('meet.example/enishi/homecoming-day')
    expectPrivate(ics)
    expect((await fetchAnswer(request, `/events/${SEED_SLUGS.membersEvent}/calendar.ics`)).status).toBe(404)
  })
})
