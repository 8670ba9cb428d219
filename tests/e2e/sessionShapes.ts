/**
 * A member's session, sent every way a client could write it, to every kind of route: what
 * tests/e2e/cache-headers.spec.ts (the app alone) and tests/e2e/reverse-proxy.spec.ts (behind
 * deploy/nginx/enishi.conf) send to check that no personal answer is marked shareable, kept, or
 * served to a visitor (src/cache/cacheControl.ts, docs/deploy.md#caching).
 */
import type { APIRequestContext } from '@playwright/test'

import { isShareable } from '../../src/cache/cacheControl'
import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'

/**
 * Request headers carrying the session `token`: spaces around the name and the `=`, among other
 * cookies, repeated with empty or bad values before or after it, in other cases, and as an
 * `Authorization` header. Payload reads the cookie by trimming names and keeping the last value;
 * some shapes sign the member in and some do not, and none may leak either way.
 */
export const sessionShapes = (token: string): Record<string, string>[] => {
  const cookies = [
    `payload-token=${token}`,
    `payload-token =${token}`,
    ` payload-token=${token}`,
    `payload-token = ${token}`,
    `\tpayload-token=${token}`,
    `payload-token =; payload-token =${token}`,
    `payload-token=; payload-token=${token}`,
    `payload-token=${token}; payload-token=`,
    `payload-token=not-a-token; payload-token=${token}`,
    `payload-token=${token}; payload-token=${token}`,
    `theme=dark; payload-token=${token}; lang=ja`,
    `a=1;payload-token=${token};b=2`,
    `; payload-token=${token};`,
    `Payload-Token=${token}`,
    `PAYLOAD-TOKEN=${token}; payload-token=${token}`,
    `payload-token="${token}"`,
    `payload-token=${token}; __prerender_bypass=x`,
    `enishi_preview=x; payload-token=${token}`,
  ]
  return [
    ...cookies.map((cookie) => ({ cookie, 'sec-fetch-site': 'same-origin' })),
    { authorization: `JWT ${token}` },
    { authorization: `Bearer ${token}` },
    { authorization: `JWT ${token}`, cookie: 'payload-token=' },
  ]
}

/** One of each kind of route: members pages, public pages and feeds, a members-only event's calendar file, the API. */
export const ROUTE_KINDS = [
  '/members',
  `/members/directory?q=${encodeURIComponent('佐藤')}`,
  '/en/members/news',
  `/members/events/${SEED_SLUGS.membersEvent}`,
  '/',
  `/case-studies/${SEED_SLUGS.latestInterview}`,
  `/en/events/${SEED_SLUGS.publicEvent}`,
  `/news/${SEED_SLUGS.publicAnnouncement}`,
  `/search?q=${encodeURIComponent('出戻り')}`,
  `/events/${SEED_SLUGS.membersEvent}/calendar.ics`,
  `/events/${SEED_SLUGS.publicEvent}/calendar.ics`,
  '/api/alumni/me',
  `/api/events?where[slug][equals]=${SEED_SLUGS.membersEvent}`,
  '/feed.xml',
  '/sitemap.xml',
]

export type Member = { token: string; markers: string[] }

/**
 * Signs the demo alumnus in. Its markers are what only a member's answer shows: the account's
 * email and name, and the online link of the members-only event the member is confirmed for.
 */
export const signInMember = async (request: APIRequestContext): Promise<Member> => {
  const login = await request.post('/api/alumni/login', { data: { email: DEMO_LOGINS.alumnus.email, password: DEMO_LOGINS.alumnus.password } })
  if (login.status() !== 200) throw new Error(`sign-in answered ${login.status()}`)
  const { token, user } = (await login.json()) as { token: string; user: { email: string; name: string } }
  return { token, markers: [user.email, user.name, 'meet.example/enishi/homecoming-day'] }
}

export type Answer = { path: string; status: number; cacheControl: string; body: string; headers: Record<string, string> }

export const fetchAnswer = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await request.get(path, { headers, maxRedirects: 0 })
  return { path, status: response.status(), cacheControl: response.headers()['cache-control'] ?? '', body: await response.text(), headers: response.headers() }
}

export const personal = (body: string, member: Member) => member.markers.filter((marker) => body.includes(marker))

/**
 * What is wrong with a member's answer: anything personal in it must not be marked shareable.
 * Returns a description of each problem, empty when there is none.
 */
export const leaksOfMemberAnswer = (answer: Answer, member: Member, shape: Record<string, string>): string[] => {
  const found = personal(answer.body, member)
  if (found.length && isShareable(answer.cacheControl)) {
    return [`${answer.path} with ${JSON.stringify(shape)}: personal (${found.join(', ')}) but "${answer.cacheControl}"`]
  }
  return []
}

/** What is wrong with a visitor's answer: it must show nothing of the member. */
export const leaksToVisitor = (answer: Answer, member: Member): string[] => {
  const found = personal(answer.body, member)
  return found.length ? [`${answer.path} served a visitor ${found.join(', ')} (${answer.headers['x-cache-status'] ?? 'app'})`] : []
}
