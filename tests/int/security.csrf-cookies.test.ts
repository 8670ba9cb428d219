/**
 * Cookie sessions against cross-site request forgery (src/security/crossSite.ts,
 * src/security/cookies.ts), through the REST and GraphQL route handlers as the app mounts them:
 * - signing in sets `payload-token` HttpOnly, SameSite=Lax, Path=/ (and Secure on an HTTPS site);
 * - a write carrying a valid session cookie but sent from another site (its Origin, or
 *   `Sec-Fetch-Site: cross-site`) is refused with a 403 and changes nothing — an RSVP, a profile
 *   edit, a GraphQL mutation; the same request from the site itself works.
 */
import { GRAPHQL_POST, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sessionCookies } from '../../src/security/cookies'
import { refuseCrossSite, trustedOrigins } from '../../src/security/crossSite'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

const SITE = 'http://localhost:3000'
const EVIL = 'https://evil.example'

let payload: Payload
let mailbox: Mailbox
let f: typeof import('../helpers/fixtures')
type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let handlers: { POST: Handler; PATCH: Handler; GRAPHQL: (request: Request) => Promise<Response> }

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  f = await import('../helpers/fixtures')
  const { testConfig } = await import('../helpers/payload')
  // Wrapped exactly as src/app/(payload)/api/[...slug]/route.ts and graphql/route.ts do.
  handlers = {
    POST: refuseCrossSite(REST_POST(testConfig)),
    PATCH: refuseCrossSite(REST_PATCH(testConfig)),
    GRAPHQL: refuseCrossSite(GRAPHQL_POST(testConfig) as (request: Request) => Promise<Response>),
  }
})

afterAll(async () => {
  await mailbox.close()
})

const request = async (
  method: 'POST' | 'PATCH',
  path: string,
  { body, cookie, headers = {} }: { body?: unknown; cookie?: string; headers?: Record<string, string> },
) => {
  const all = new Headers({ 'Content-Type': 'application/json', ...headers })
  if (cookie) all.set('Cookie', cookie)
  const req = new Request(`${SITE}/api${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) })
  const response = await handlers[method](req, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

/** Signs in through REST from the site itself; the cookie as a browser would send it back. */
const signInCookie = async (collection: 'alumni' | 'users', email: string, password: string) => {
  const response = await request('POST', `/${collection}/login`, { body: { email, password }, headers: { Origin: SITE } })
  expect(response.status).toBe(200)
  const setCookie = response.headers.get('set-cookie') ?? ''
  return { setCookie, cookie: setCookie.split(';')[0] as string }
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax and site-wide for members and staff', async () => {
    const member = await f.createAlumnus(payload)
    const staff = await f.createStaff(payload, 'editor')
    for (const { setCookie } of [
      await signInCookie('alumni', member.email, member.password),
      await signInCookie('users', staff.email, staff.password),
    ]) {
      expect(setCookie).toMatch(/^payload-token=[^;]+;/)
      expect(setCookie).toMatch(/;\s*HttpOnly/i)
      expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
      expect(setCookie).toMatch(/;\s*Path=\//i)
      // This test site is plain http://localhost.
      expect(setCookie).not.toMatch(/;\s*Secure/i)
    }
  })

  it('is Secure on an HTTPS site, and that site is the origin Payload trusts', () => {
    const before = process.env.NEXT_PUBLIC_SERVER_URL
    try {
      process.env.NEXT_PUBLIC_SERVER_URL = 'https://alumni.example.co.jp'
      expect(sessionCookies()).toEqual({ sameSite: 'Lax', secure: true })
      expect(trustedOrigins()).toEqual(['https://alumni.example.co.jp'])
    } finally {
      if (before === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
      else process.env.NEXT_PUBLIC_SERVER_URL = before
    }
  })
})

describe('a forged cross-site request with a valid session cookie', () => {
  it('cannot register a member for an event; the same request from the site can', async () => {
    const member = await f.createAlumnus(payload)
    const event = await f.createContent(payload, 'events', 'public', { capacity: 10 })
    const { cookie } = await signInCookie('alumni', member.email, member.password)
    const rows = async () =>
      (await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, depth: 0 })).docs

    const forged = await request('POST', `/events/${event.id}/rsvp`, { body: {}, cookie, headers: { Origin: EVIL } })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toBe('Cross-site request refused.')
    // A browser that sends no Origin still says where the request came from.
    const noOrigin = await request('POST', `/events/${event.id}/rsvp`, { body: {}, cookie, headers: { 'Sec-Fetch-Site': 'cross-site' } })
    expect(noOrigin.status).toBe(403)
    expect(await rows()).toHaveLength(0)

    const own = await request('POST', `/events/${event.id}/rsvp`, { body: {}, cookie, headers: { Origin: SITE, 'Sec-Fetch-Site': 'same-origin' } })
    expect(own.status).toBe(200)
    expect((await rows()).map((row) => [row.alumnus, row.status])).toEqual([[member.doc.id, 'confirmed']])
  })

  it('cannot change a profile or run a GraphQL mutation', async () => {
    const member = await f.createAlumnus(payload)
    const { cookie } = await signInCookie('alumni', member.email, member.password)

    const patch = await request('PATCH', `/alumni/${member.doc.id}`, { body: { name: 'Forged Name' }, cookie, headers: { Origin: EVIL } })
    expect(patch.status).toBe(403)

    const graphql = await handlers.GRAPHQL(
      new Request(`${SITE}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: EVIL },
        body: JSON.stringify({ query: `mutation { updateAlumnus(id: ${member.doc.id}, data: { name: "Forged Name" }) { id } }` }),
      }),
    )
    expect(graphql.status).toBe(403)
    expect((await payload.findByID({ collection: 'alumni', id: member.doc.id, depth: 0 })).name).toBe(member.doc.name)

    // From the site itself the same edit goes through.
    const own = await request('PATCH', `/alumni/${member.doc.id}`, { body: { name: 'Own Name' }, cookie, headers: { Origin: SITE } })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'alumni', id: member.doc.id, depth: 0 })).name).toBe('Own Name')
  })
})
