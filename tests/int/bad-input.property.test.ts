/**
 * Bad input, property-based (docs/testing.md): bad input gets a clear 4xx with a message, never a
 * 500, and never loses or corrupts stored data. fast-check throws malformed, oversized,
 * wrongly typed and hostile values — script tags, SQL fragments, NUL bytes, lone surrogates,
 * deeply nested JSON, 1 MB strings, invalid UTF-8, wrong content types, garbage query strings —
 * at every REST collection endpoint, GraphQL, our own route handlers and the form parsers.
 * Each property asserts: no 5xx, the process answers the next request, and what was stored
 * before is unchanged (or, for an accepted write, holds exactly the text sent — plain text).
 */
import fc from 'fast-check'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event, Interview, User } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { joinAnswers, startMembershipPayload } from '../helpers/membership'

type Fixtures = typeof import('../helpers/fixtures')
type Api = typeof import('../helpers/api')

let payload: Payload
let mailbox: Mailbox
let f: Fixtures
let api: Api
let editor: Account<User>
let member: Account<Alumnus>
let interview: Interview
let event: Event

/** Every collection with a REST endpoint of its own. */
const COLLECTIONS = [
  'interviews',
  'companies',
  'events',
  'announcements',
  'announcement-mailings',
  'media',
  'alumni',
  'alumni-photos',
  'registrations',
  'roster',
  'account-deletions',
  'users',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
] as const

const RUNS = { numRuns: 60 }

// One seed by default, so a run is repeatable and CI judges the code, not the dice; FC_SEED=random
// (or any number) explores other inputs. Each counterexample found so far is kept as an example.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261124)
fc.configureGlobal({ seed })
const BIG = 'あ'.repeat(400_000) // 1.2 MB as UTF-8

const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE alumni; --",
    "' OR '1'='1",
    '1; SELECT pg_sleep(5)',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\uDFFF\uD800',
    '%00',
    '%E0%A4%A',
    '${7*7}{{7*7}}',
    '__proto__',
    'constructor',
    '../../../../etc/passwd',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    ' ',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 30 }),
)
const hugeText = fc.constantFrom(BIG, 'x'.repeat(1_100_000))

/** Nested arrays and objects `depth` deep: `{"a":{"a":…}}`. */
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}

/** A value of any type, hostile where it is text. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 63), Number.NaN)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 2, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
  { weight: 2, arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map(nested) },
  { weight: 1, arbitrary: hugeText },
)

/** Field names: the collections' real ones, operators and nonsense. */
const fieldName = fc.oneof(
  fc.constantFrom(
    'title',
    'slug',
    'name',
    'email',
    'status',
    'audience',
    'startsAt',
    'verification',
    'contact',
    'body',
    'password',
    'id',
    '_status',
    'user',
    'owner',
    'event',
    'alumnus',
    'role',
    'key',
    'value',
    'publishedAt',
  ),
  hostileText,
)
const bodyObject = fc.dictionary(fieldName, anyValue, { maxKeys: 6 })

const operator = fc.oneof(
  fc.constantFrom('equals', 'not_equals', 'in', 'not_in', 'like', 'contains', 'exists', 'near', 'within', 'intersects', 'all', 'greater_than', 'less_than_equal'),
  hostileText,
)
/** A query string as a hostile client would write it, raw. */
const queryString = fc
  .array(
    fc.oneof(
      fc.tuple(fc.array(fc.oneof(fieldName, operator, fc.constantFrom('and', 'or', '0')), { minLength: 1, maxLength: 5 }), anyValue).map(
        ([path, value]) => `where${path.map((part) => `[${enc(part)}]`).join('')}=${enc(asText(value))}`,
      ),
      fc.tuple(fc.constantFrom('depth', 'limit', 'page', 'sort', 'locale', 'draft', 'select[title]', 'populate[x]', 'joins'), anyValue).map(
        ([key, value]) => `${key}=${enc(asText(value))}`,
      ),
      fc.constantFrom('depth=999', 'limit=-1', 'limit=1e9', 'page=-5', 'page=0', 'sort=-', 'where=', 'where[', '%', '%E0%A4%A', '%FF%FE', 'where[title][equals]=%00', 'locale=%C0%AF', 'sort=password'),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join('&'))

/** Any generated value as text, as a query string would carry it. */
const asText = (value: unknown): string => (value !== null && typeof value === 'object' ? safeStringify(value) : String(value))

const safeStringify = (value: unknown) => {
  try {
    return JSON.stringify(value)
  } catch {
    return '{}'
  }
}

/** A raw body: bytes that are not UTF-8, JSON that does not parse, the wrong kind of data. */
const rawBody = fc.oneof(
  fc.constant(new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d])),
  fc.uint8Array({ maxLength: 200 }),
  fc.constantFrom('{', '{"title":', 'null', '[]', '"text"', '12', 'true', '{"__proto__":{"admin":true}}', '{"title":"\\ud800"}', ''),
  fc.string({ maxLength: 200 }),
  bodyObject.map(safeStringify),
)
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/xml',
  'image/png',
)

const ORIGIN = 'http://localhost:3000'

/** Percent-encoding as a browser does it (a lone surrogate becomes U+FFFD first). */
const enc = (value: string) => encodeURIComponent(value.toWellFormed())

/** Sends a raw request through Payload's REST handlers (no JSON encoding by the client). */
const rawRest = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init: { query?: string; body?: BodyInit; type?: string; token?: string }) => {
  const handler = api.rest[method]
  const headers = new Headers()
  if (init.type) headers.set('Content-Type', init.type)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const request = new Request(`${ORIGIN}/api${path}${init.query ? `?${init.query}` : ''}`, { method, headers, body: init.body })
  return handler(request as never, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
}

/** What must not change: every collection's count and the fixtures as stored. */
const snapshot = async () => {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) counts[collection] = (await payload.count({ collection })).totalDocs
  const docs = await Promise.all([
    payload.findByID({ collection: 'interviews', id: interview.id, depth: 0, draft: true }),
    payload.findByID({ collection: 'events', id: event.id, depth: 0, draft: true }),
    payload.findByID({ collection: 'alumni', id: member.doc.id, depth: 0 }),
    payload.findByID({ collection: 'users', id: editor.doc.id, depth: 0 }),
  ])
  // Timestamps and login bookkeeping move on their own.
  const stable = JSON.stringify(docs, (key, value) => (['updatedAt', 'sessions', 'loginAttempts'].includes(key) ? undefined : value))
  return { counts, stable }
}

let before: Awaited<ReturnType<typeof snapshot>>
let requests = 0
const properties: string[] = []

/** A 5xx is never acceptable; every answer is counted. */
const expectClientError = (status: number, what: string) => {
  requests += 1
  expect(status, what).toBeLessThan(500)
}

/** The process still answers: a plain read after the property. */
const stillUp = async () => {
  const res = await api.anonymous().get('/interviews', { limit: 1 })
  expect(res.status).toBe(200)
}

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  f = await import('../helpers/fixtures')
  api = await import('../helpers/api')
  editor = await f.createStaff(payload, 'editor')
  member = await f.createAlumnus(payload, { status: 'approved' })
  interview = await f.createContent(payload, 'interviews', 'public')
  event = await f.createContent(payload, 'events', 'public')
  before = await snapshot()
}, 120_000)

afterAll(async () => {
  await mailbox?.close()
  console.log(`bad input: ${properties.length} properties, ${requests} hostile requests and calls, no 5xx`)
})

/** Each property ends with the process answering and the snapshot unchanged. */
const property = (name: string, run: () => Promise<void>) =>
  it(name, async () => {
    await run()
    await stillUp()
    expect(await snapshot()).toEqual(before)
    properties.push(name)
  })

describe('REST', () => {
  property('creates with hostile bodies, as staff, a member and a visitor: 4xx, or a document that holds exactly the text sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COLLECTIONS), fc.constantFrom('editor', 'member', 'visitor'), bodyObject, async (collection, who, body) => {
        const client = who === 'editor' ? editor.api : who === 'member' ? member.api : api.anonymous()
        const res = await client.fetch('POST', `/${collection}`, undefined, body)
        expectClientError(res.status, `POST /${collection} as ${who}`)
        if (res.status < 300) {
          // Accepted: whatever text was sent is stored as that text; then it goes again.
          const { doc } = (await res.json()) as { doc: { id: number } & Record<string, unknown> }
          for (const field of ['title', 'lead', 'key']) {
            const value = body[field]
            if (typeof value === 'string' && typeof doc[field] === 'string') expect(doc[field]).toBe(value)
          }
          await payload.delete({ collection, id: doc.id })
        }
      }),
      RUNS,
    )
  })

  property('updates of stored documents with wrongly typed and hostile values: 4xx and unchanged, or stored as sent', async () => {
    const targets = [
      { who: () => editor.api, path: () => `/interviews/${interview.id}`, collection: 'interviews' as const, id: () => interview.id },
      { who: () => editor.api, path: () => `/events/${event.id}`, collection: 'events' as const, id: () => event.id },
      { who: () => member.api, path: () => `/alumni/${member.doc.id}`, collection: 'alumni' as const, id: () => member.doc.id },
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), bodyObject, async (target, body) => {
        // A password that happens to be strong enough would be a legitimate change.
        delete body.password
        const stored = JSON.stringify(await payload.findByID({ collection: target.collection, id: target.id(), depth: 0, draft: true }))
        const res = await target.who().fetch('PATCH', target.path() as `/${string}`, undefined, body)
        expectClientError(res.status, `PATCH ${target.path()}`)
        if (res.status >= 400) {
          const after = JSON.stringify(await payload.findByID({ collection: target.collection, id: target.id(), depth: 0, draft: true }))
          expect(after).toBe(stored)
        }
      }),
      // Found by this property once each: a number for a select, a list for an email.
      { ...RUNS, examples: [[targets[1], { audience: 0 }], [targets[2], { email: [] }]] },
    )
    // Put the fixtures back as they were for the snapshot (accepted edits changed titles and the like).
    const { id: _i, updatedAt: _u, createdAt: _c, ...interviewData } = interview as unknown as Record<string, unknown>
    await payload.update({ collection: 'interviews', id: interview.id, data: interviewData as never })
    const { id: _ei, updatedAt: _eu, createdAt: _ec, ...eventData } = event as unknown as Record<string, unknown>
    await payload.update({ collection: 'events', id: event.id, data: eventData as never })
    const { id: _ai, updatedAt: _au, createdAt: _ac, sessions: _s, ...memberData } = member.doc as unknown as Record<string, unknown>
    await payload.update({ collection: 'alumni', id: member.doc.id, data: memberData as never })
    before = await snapshot()
  })

  property('lists, counts and reads by id with garbage query strings (where[...], depth=999, limit=-1, bad encodings): never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COLLECTIONS),
        fc.constantFrom('', '/count', '/versions', `/1`, '/abc', '/-1', '/99999999999999999999', '/%00', '/1.5'),
        fc.constantFrom('editor', 'member', 'visitor'),
        queryString,
        async (collection, suffix, who, query) => {
          const token = who === 'editor' ? await tokenOf(editor) : who === 'member' ? await tokenOf(member) : undefined
          const res = await rawRest('GET', `/${collection}${suffix}`, { query, token })
          expectClientError(res.status, `GET /${collection}${suffix}?${query} as ${who}`)
          if (who === 'visitor' && collection === 'alumni') expect(res.status).toBeGreaterThanOrEqual(400)
        },
      ),
      {
        numRuns: 100,
        // Found by this property once: a typed "\u0000" next to a real NUL in a where key.
        examples: [['interviews', '', 'editor', 'where[]=%7B%22a%5Cu0000b%22%3A%22%22%7D&where[%00][]=-1']],
      },
    )
  })

  property('bodies that are not JSON, not UTF-8 or of the wrong content type: 4xx, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COLLECTIONS),
        fc.constantFrom('POST', 'PATCH') as fc.Arbitrary<'POST' | 'PATCH'>,
        rawBody,
        contentType,
        async (collection, method, body, type) => {
          // PATCH the fixture interview, or an id nobody has (other files' documents stay untouched).
          const path = method === 'POST' ? `/${collection}` : `/${collection}/${collection === 'interviews' ? interview.id : 2_000_000_000}`
          const res = await rawRest(method, path, { body: body as BodyInit, type, token: await tokenOf(editor) })
          expectClientError(res.status, `${method} ${path} (${type})`)
          if (res.status < 300 && method === 'POST') {
            const { doc } = (await res.json()) as { doc: { id: number } }
            await payload.delete({ collection, id: doc.id })
          }
        },
      ),
      RUNS,
    )
  })

  property('a 1 MB body or a 1 MB value: refused or stored as sent, never a 5xx', async () => {
    for (const [collection, body] of [
      ['interviews', { ...f.contentData('interviews', f.uniqueSlug('huge')), title: BIG }],
      ['companies', { name: 'x'.repeat(1_100_000), slug: f.uniqueSlug('huge') }],
      ['alumni', { location: BIG }],
      ['interviews', nested(2000)],
    ] as const) {
      const res = await editor.api.fetch('POST', `/${collection}`, undefined, body)
      expectClientError(res.status, `POST /${collection} with 1 MB`)
      if (res.status < 300) {
        const { doc } = (await res.json()) as { doc: { id: number } }
        await payload.delete({ collection, id: doc.id })
      }
    }
    const patch = await member.api.fetch('PATCH', `/alumni/${member.doc.id}`, undefined, { bio: BIG })
    expectClientError(patch.status, 'PATCH a 1 MB bio')
    // Over the JSON body limit (src/security/bodyLimits.ts): refused before it is read.
    expect(patch.status).toBe(413)
  })

  property('RSVP and attendee endpoints with hostile event ids and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(String(event.id), 'abc', '-1', '0', '1e3', '99999999999999999999', '%00', '..'), hostileText.map(enc)),
        fc.constantFrom('rsvp', 'attendees.csv'),
        fc.constantFrom('GET', 'POST', 'DELETE') as fc.Arbitrary<'GET' | 'POST' | 'DELETE'>,
        fc.constantFrom('editor', 'visitor'),
        rawBody,
        async (id, endpoint, method, who, body) => {
          const token = who === 'editor' ? await tokenOf(editor) : undefined
          const res = await rawRest(method, `/events/${id}/${endpoint}`, {
            token,
            type: 'application/json',
            body: method === 'GET' ? undefined : (body as BodyInit),
          })
          expectClientError(res.status, `${method} /events/${id}/${endpoint}`)
        },
      ),
      RUNS,
    )
  })
})

const tokens = new Map<string, string>()
/** A fresh sign-in token (the fixtures' tokens carry no session after a password-less update). */
const tokenOf = async (account: Account<User | Alumnus>) => {
  const known = tokens.get(account.email)
  if (known) return known
  const collection = account.doc.email.endsWith('@staff.test') ? 'users' : 'alumni'
  const { token } = await payload.login({ collection, data: { email: account.email, password: account.password } })
  tokens.set(account.email, token!)
  return token!
}

describe('GraphQL', () => {
  const graphqlRaw = async (body: BodyInit, type = 'application/json', token?: string) => {
    const headers = new Headers({ 'Content-Type': type })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const response = await api.graphqlPost(new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers, body }))
    const text = await response.text()
    let errors: { extensions?: { statusCode?: number } }[] = []
    try {
      errors = (JSON.parse(text) as { errors?: typeof errors }).errors ?? []
    } catch {
      // not JSON: the status says enough
    }
    return { status: response.status, errors }
  }
  const expectNoServerError = (answer: { status: number; errors: { extensions?: { statusCode?: number } }[] }, what: string) => {
    expectClientError(answer.status, what)
    for (const error of answer.errors) expect(error.extensions?.statusCode ?? 400, what).toBeLessThan(500)
  }

  const fragment = fc.oneof(
    fc.constantFrom('{', '}', '(', ')', 'query', 'mutation', 'Interviews', 'docs', 'id', 'title', 'where:', '$x', '...', '@skip(if: true)', '__schema', '"', '#'),
    hostileText,
  )

  property('malformed queries, wrong variable types and garbage bodies: errors, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fragment, { maxLength: 20 }).map((parts) => JSON.stringify({ query: parts.join(' ') })),
          fc.tuple(anyValue, anyValue).map(([title, slug]) =>
            safeStringify({
              query: 'mutation ($data: mutationInterviewInput!) { createInterview(data: $data) { id } }',
              variables: { data: { title, slug, lead: title } },
            }),
          ),
          anyValue.map((where) => safeStringify({ query: 'query ($w: Interview_where) { Interviews(where: $w) { docs { id } } }', variables: { w: where } })),
          anyValue.map((id) => safeStringify({ query: 'query ($id: Int!) { Interview(id: $id) { id } }', variables: { id } })),
          rawBody.map((body) => (typeof body === 'string' ? body : new TextDecoder().decode(body))),
        ),
        fc.constantFrom('editor', 'visitor'),
        async (body, who) => {
          const answer = await graphqlRaw(body, 'application/json', who === 'editor' ? await tokenOf(editor) : undefined)
          expectNoServerError(answer, `GraphQL ${body.slice(0, 200)}`)
        },
      ),
      RUNS,
    )
  })

  property('huge queries: deep nesting, thousands of aliases, a 1 MB query', async () => {
    const deep = `{ Interviews { docs { ${'company { logo { '.repeat(200)}id${' } }'.repeat(200)} } } }`
    const aliases = `{ ${Array.from({ length: 1500 }, (_, i) => `a${i}: Interviews(limit: 1) { totalDocs }`).join(' ')} }`
    const megabyte = `{ Interviews(where: { title: { equals: "${'x'.repeat(1_100_000)}" } }) { totalDocs } }`
    const nestedVariables = safeStringify({ query: 'query ($w: Interview_where) { Interviews(where: $w) { totalDocs } }', variables: { w: nested(3000) } })
    for (const body of [JSON.stringify({ query: deep }), JSON.stringify({ query: aliases }), JSON.stringify({ query: megabyte }), nestedVariables]) {
      expectNoServerError(await graphqlRaw(body), `GraphQL ${body.slice(0, 80)}`)
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      expectNoServerError(await graphqlRaw('{ Interviews { totalDocs } }', type), `GraphQL as ${type}`)
    }
  })
})

describe('our route handlers', () => {
  const params = <T>(value: T) => ({ params: Promise.resolve(value) })

  // Case-study images and the search page run inside Next's cache: tests/e2e/access-pages.spec.ts covers them.
  property('unsubscribe, calendar feeds, the event calendar and preview with hostile tokens and slugs', async () => {
    const unsubscribe = await import('../../src/app/(frontend)/[locale]/unsubscribe/route')
    const feed = await import('../../src/app/calendar/[token]/route')
    const eventIcs = await import('../../src/app/(frontend)/[locale]/events/[slug]/calendar.ics/route')
    const preview = await import('../../src/app/(frontend)/api/preview/route')
    const text = fc.oneof(hostileText, fc.constantFrom('a'.repeat(10_000), 'x.ics', '.ics', '%00.ics'))
    const locale = fc.constantFrom('ja', 'en', 'xx', '', '%00', '../')
    await fc.assert(
      fc.asyncProperty(text, locale, rawBody, contentType, async (value, lang, body, type) => {
        const q = enc(value)
        const answers: [string, Response][] = [
          ['GET /unsubscribe', await unsubscribe.GET(new Request(`${ORIGIN}/unsubscribe?token=${q}`), params({ locale: lang }))],
          [
            'POST /unsubscribe',
            await unsubscribe.POST(
              new Request(`${ORIGIN}/unsubscribe?token=${q}`, { method: 'POST', headers: { 'Content-Type': type }, body: body as BodyInit }),
              params({ locale: lang }),
            ),
          ],
          ['GET /calendar/<token>', await feed.GET(new Request(`${ORIGIN}/calendar/${q}`), params({ token: value }))],
          [
            'GET /events/<slug>/calendar.ics',
            await eventIcs.GET(new Request(`${ORIGIN}/events/${q}/calendar.ics`, { headers: { Authorization: `JWT ${enc(value)}` } }), params({ locale: lang, slug: value })),
          ],
          ['GET /api/preview', await preview.GET(new Request(`${ORIGIN}/api/preview?token=${q}&locale=${enc(lang)}`))],
        ]
        for (const [what, response] of answers) {
          expectClientError(response.status, `${what} with ${value.slice(0, 80)}`)
          // Whatever came in is never echoed as markup.
          if ((response.headers.get('Content-Type') ?? '').includes('html')) expect(await response.text()).not.toContain('<script>alert(1)')
        }
      }),
      { numRuns: 50 },
    )
  })
})

describe('form parsing', () => {
  property('registration answers of any shape: field errors, never a throw; only a valid form parses', async () => {
    const { parseRegistration } = await import('../../src/join/form')
    await fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(joinAnswers())), anyValue, { maxKeys: 14 }), (changes) => {
        requests += 1
        const result = parseRegistration({ ...joinAnswers(), ...changes } as never)
        if (result.ok) {
          for (const value of Object.values(result.data)) {
            if (typeof value === 'string') expect(value).not.toMatch(/\u0000/)
          }
        } else {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 200 },
    )
  })

  property('sign-in, password reset and verification with hostile emails, passwords and tokens: refused, never a throw', async () => {
    const { signIn } = await import('../../src/auth/signIn')
    const { findResetRecipient } = await import('../../src/auth/resetPassword')
    const { verifyRegistration } = await import('../../src/join/verify')
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, hugeText), fc.oneof(hostileText, hugeText), async (email, password) => {
        requests += 3
        const result = await signIn((collection) => payload.login({ collection, data: { email, password } }))
        expect(result.ok).toBe(false)
        expect(await findResetRecipient(payload, password)).toBeNull()
        expect(await verifyRegistration(payload, password)).toBe('invalid')
      }),
      { numRuns: 50 },
    )
  })

  property('the profile form with hostile values: saved as plain text or refused field by field, never a throw', async () => {
    const { saveProfile } = await import('../../src/account/profile')
    const user = { ...member.doc, collection: 'alumni' } as unknown as TypedUser
    const fields = ['name', 'nameKana', 'bio', 'careerSinceLeaving', 'location', 'skills', 'links.0.label', 'links.0.url', 'joinedYear', 'contactEmail', 'contactPhone', 'openTo', 'industry']
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...fields), fc.oneof(hostileText, hugeText), { minKeys: 1, maxKeys: 5 }), async (values) => {
        requests += 1
        const form = new FormData()
        form.set('name', member.doc.name)
        form.set('nameKana', member.doc.nameKana)
        for (const [field, value] of Object.entries(values)) form.set(field, value)
        const stored = JSON.stringify(await payload.findByID({ collection: 'alumni', id: member.doc.id, depth: 0 }))
        const state = await saveProfile(payload, user, form)
        expect(['saved', 'invalid']).toContain(state.status)
        const after = await payload.findByID({ collection: 'alumni', id: member.doc.id, depth: 0 })
        if (state.status === 'invalid') expect(JSON.stringify(after)).toBe(stored)
        else expect(after.bio ?? '').not.toMatch(/<script>/)
      }),
      { numRuns: 50 },
    )
    const { id: _i, updatedAt: _u, createdAt: _c, sessions: _s, ...memberData } = member.doc as unknown as Record<string, unknown>
    await payload.update({ collection: 'alumni', id: member.doc.id, data: memberData as never })
    before = await snapshot()
  })

  property('directory search with hostile parameters (SQL fragments, NUL bytes, huge text)', async () => {
    const { parseDirectoryQuery } = await import('../../src/search/directoryQuery')
    const { searchDirectory } = await import('../../src/data/directory')
    const viewer = { ...member.doc, collection: 'alumni' } as never
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('q', 'industry', 'openTo', 'joinedFrom', 'joinedTo', 'sort', 'page', 'department'), fc.oneof(hostileText, hugeText, fc.array(hostileText)), { maxKeys: 6 }),
        async (params) => {
          requests += 1
          const page = await searchDirectory(payload, viewer, parseDirectoryQuery(params as never))
          expect(page.people.every((person) => typeof person.id === 'number')).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })
})
