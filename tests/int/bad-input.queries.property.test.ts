/**
 * Malformed queries, generated from the schema (docs/security.md, "Malformed queries"): for
 * every collection (ours and Payload's) and every field path in its config, every `where`
 * operator with a generated value of the wrong type or shape, through REST (lists, counts,
 * versions, and bulk writes as a visitor) and GraphQL; then malformed ids, paging, sort,
 * depth, locale, draft, select, populate and joins values for every collection; as a visitor,
 * a signed-in member and staff. Every answer must be a 4xx, or a 200 where the query is valid;
 * never a 5xx; and no stored row changes (a checksum of every table, before and after).
 * Prints the number of hostile requests and of 5xx answers.
 */
import { configToSchema } from '@payloadcms/graphql'
import fc from 'fast-check'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { validOperators } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Account } from '../helpers/fixtures'

type Api = typeof import('../helpers/api')

let payload: Payload
let api: Api
const tokens: Record<'visitor' | 'member' | 'editor', string | undefined> = {
  visitor: undefined,
  member: undefined,
  editor: undefined,
}
type Who = keyof typeof tokens
const WHO: Who[] = ['visitor', 'member', 'editor']

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261208)
const ORIGIN = 'http://localhost:3000'
/** Every operator Payload knows, on every field: the rule must refuse the ones a field cannot take. */
const OPERATORS = validOperators

/** Counts per class, and the first few 5xx answers to show. */
const counts: Record<string, number> = {}
const serverErrors: Record<string, number> = {}
const examples: string[] = []
const record = (kind: string, status: number, what: string) => {
  counts[kind] = (counts[kind] ?? 0) + 1
  if (status >= 500) {
    serverErrors[kind] = (serverErrors[kind] ?? 0) + 1
    if (examples.length < 40) examples.push(`${status} ${what}`)
  }
}

/** A value as a query string carries it under `key`: text, a list, or an object. */
type QueryValue = { text: string } | { list: string[] } | { entries: [string, string][] }
const fragment = (key: string, value: QueryValue) => {
  if ('text' in value) return `${key}=${encodeURIComponent(value.text)}`
  if ('list' in value) return value.list.map((item, i) => `${key}[${i}]=${encodeURIComponent(item)}`).join('&')
  return value.entries.map(([k, v]) => `${key}[${encodeURIComponent(k)}]=${encodeURIComponent(v)}`).join('&')
}

/** Text of every wrong type: not numbers, not ids, not dates, not options, out of range, empty, NUL. */
const wrongText = fc.oneof(
  fc.constantFrom(
    'abc',
    '1,abc',
    '-1',
    '0',
    '1.5',
    '1e400',
    '99999999999999999999',
    '2147483648',
    'true',
    'null',
    '',
    ' ',
    '2026-13-45T99:00',
    '0000-00-00',
    '+275760-09-13',
    'draft',
    'published',
    'approved',
    '\u0000',
    'x'.repeat(3000),
    '[object Object]',
    '{"a":1}',
    '[1,2]',
    '%',
    '__proto__',
    '1;select 1',
    "'",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
)
const queryValue: fc.Arbitrary<QueryValue> = fc.oneof(
  { weight: 5, arbitrary: wrongText.map((text) => ({ text })) },
  { weight: 2, arbitrary: fc.array(wrongText, { minLength: 1, maxLength: 3 }).map((list) => ({ list })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom('a', 'relationTo', 'value', 'equals', '0', 'and'), wrongText), {
        minLength: 1,
        maxLength: 2,
      })
      .map((entries) => ({ entries })),
  },
)

/** GraphQL literals of every shape: GraphQL refuses those that do not fit the argument's type, the rest reach the resolver. */
const graphqlLiteral = fc.oneof(
  fc.constantFrom(
    '"abc"',
    '"1,abc"',
    '-1',
    '0',
    '1.5',
    '2147483648',
    'true',
    'null',
    '""',
    '"2026-13-45"',
    '"+275760-09-13"',
    '["1", "abc"]',
    '[1, -1]',
    '{ a: 1 }',
    '"draft"',
    'draft',
    '"x"',
  ),
  fc.string({ maxLength: 8 }).map((text) => JSON.stringify(text)),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map(String),
)

/** Every field path of a collection: nested groups, arrays and blocks, and one hop through each relationship. */
const fieldPaths = (collection: SanitizedCollectionConfig): string[] => {
  const paths: string[] = ['id']
  const walk = (fields: FlattenedField[], prefix: string, hop: boolean) => {
    for (const field of fields) {
      if (!('name' in field)) continue
      const path = `${prefix}${field.name}`
      paths.push(path)
      if ('flattenedFields' in field && field.flattenedFields) walk(field.flattenedFields, `${path}.`, hop)
      if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.flattenedFields, `${path}.`, hop)
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && !hop) {
        const related = payload.collections[field.relationTo]?.config
        for (const name of ['id', 'status', 'title', 'name', 'email', 'hiddenFromDirectory']) {
          if (
            name === 'id' ||
            related?.flattenedFields.some((candidate) => 'name' in candidate && candidate.name === name)
          )
            paths.push(`${path}.${name}`)
        }
      }
    }
  }
  walk(collection.flattenedFields, '', false)
  // A collection with versions is also queried by its versions' fields (`/versions`).
  if (collection.versions) {
    paths.push('parent', 'latest', 'autosave', 'snapshot', 'publishedLocale')
    for (const field of collection.flattenedFields) if ('name' in field) paths.push(`version.${field.name}`)
  }
  return [...new Set(paths)]
}

/** A REST request through Payload's route handlers, in process. */
const rest = async (method: 'GET' | 'PATCH' | 'DELETE', path: string, query: string, who: Who, body?: unknown) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (tokens[who]) headers.set('Authorization', `JWT ${tokens[who]}`)
  const request = new Request(`${ORIGIN}/api${path}${query ? `?${query}` : ''}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await api.rest[method](request as never, {
    params: Promise.resolve({ slug: path.slice(1).split('/') }),
  })
  await response.body?.cancel()
  return response.status
}

/** A GraphQL request; a 5xx is its status or any error's `statusCode`. */
const graphql = async (query: string, who: Who) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (tokens[who]) headers.set('Authorization', `JWT ${tokens[who]}`)
  const response = await api.graphqlPost(
    new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  const text = await response.text()
  let worst = response.status
  try {
    for (const error of (JSON.parse(text) as { errors?: { extensions?: { statusCode?: number } }[] }).errors ?? []) {
      worst = Math.max(worst, error.extensions?.statusCode ?? 400)
    }
  } catch {
    // not JSON: the status says enough
  }
  return worst
}

/** What to ask of a GraphQL query: counts answer `totalDocs` only. */
const selection = (list: string) => (list.startsWith('count') ? 'totalDocs' : 'totalDocs docs { id }')

/** Runs the jobs a few at a time (the handlers wait on the database). */
const inBatches = async <T>(items: T[], run: (item: T, index: number) => Promise<void>, size = 6) => {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)))
}

/** A checksum of every table's rows. */
const checksum = async () => {
  const pool = (
    payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Record<string, string>[] }> } }
  ).pool
  const { rows } = await pool.query(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )
  const sums: Record<string, string> = {}
  for (const { table_name: table } of rows) {
    const {
      rows: [row],
    } = await pool.query(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from "${table}" t`)
    sums[table] = row.sum
  }
  return sums
}

let before: Record<string, string>
const started = Date.now()

beforeAll(async () => {
  const { startMembershipPayload } = await import('../helpers/membership')
  ;({ payload } = await startMembershipPayload())
  const f = await import('../helpers/fixtures')
  api = await import('../helpers/api')
  const signIn = async (account: Account<{ email: string }>, collection: 'users' | 'alumni') =>
    (await payload.login({ collection, data: { email: account.email, password: account.password } })).token
  tokens.editor = await signIn(await f.createStaff(payload, 'editor'), 'users')
  tokens.member = await signIn(await f.createAlumnus(payload, { status: 'approved' }), 'alumni')
  await f.createAlumnus(payload, { status: 'pending' })
  await f.createContent(payload, 'interviews', 'public')
  await f.createContent(payload, 'events', 'public')
  before = await checksum()
}, 120_000)

afterAll(() => {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  const perClass = Object.entries(counts)
    .map(([kind, n]) => `${kind} ${n} (${serverErrors[kind] ?? 0} 5xx)`)
    .join(', ')
  const failed = Object.values(serverErrors).reduce((sum, n) => sum + n, 0)
  console.log(
    `malformed queries: ${total} hostile requests (${perClass}), ${failed} answered 5xx, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  if (examples.length) console.log(`5xx answers:\n${examples.join('\n')}`)
})

const collections = () => payload.config.collections

describe('malformed queries, generated from the schema', () => {
  it('REST: every collection, every field path, every operator, values of the wrong type and shape', async () => {
    const jobs = collections().flatMap((collection) =>
      fieldPaths(collection).flatMap((path) => OPERATORS.map((operator) => ({ collection, path, operator }))),
    )
    const values = fc.sample(queryValue, { numRuns: jobs.length, seed })
    const places = fc.sample(fc.constantFrom('', '', '', '/count', '/versions', 'PATCH', 'DELETE'), {
      numRuns: jobs.length,
      seed: seed + 1,
    })
    await inBatches(jobs, async ({ collection, path, operator }, i) => {
      const query = fragment(`where[${path}][${operator}]`, values[i])
      const who = WHO[i % WHO.length]
      const place = places[i]
      // Bulk writes go as a visitor, who may change nothing: a valid query must still change nothing.
      const [method, suffix, as] =
        place === 'PATCH' || place === 'DELETE' ? [place, '', 'visitor' as const] : ['GET' as const, place, who]
      const status = await rest(
        method,
        `/${collection.slug}${suffix}`,
        query,
        as,
        method === 'PATCH' ? { title: 'changed' } : undefined,
      )
      record('REST where', status, `${method} /${collection.slug}${suffix}?${query.slice(0, 160)} as ${as}`)
    })
    expect(await checksum()).toEqual(before)
  }, 300_000)

  it('GraphQL: every collection list, every where field, every operator, literals of every shape', async () => {
    const { schema } = configToSchema(payload.config)
    const queryFields = schema.getQueryType()!.getFields()
    // Every list and versions query, every field its where type offers, every operator GraphQL
    // lets through for that field (it refuses the others itself, before any resolver runs).
    type InputType = { getFields?: () => Record<string, { type: unknown }> }
    const jobs: { list: string; path: string; operator: string }[] = []
    const lists: string[] = []
    for (const [list, query] of Object.entries(queryFields)) {
      const where = query.args.find((arg) => arg.name === 'where')?.type as InputType | undefined
      if (!where?.getFields) continue
      lists.push(list)
      if (list.startsWith('count')) continue
      for (const [path, field] of Object.entries(where.getFields())) {
        if (path === 'AND' || path === 'OR') continue
        const operators = Object.keys((field.type as InputType).getFields?.() ?? {})
        for (const operator of operators) jobs.push({ list, path, operator })
      }
    }
    const literals = fc.sample(graphqlLiteral, { numRuns: jobs.length, seed: seed + 2 })
    await inBatches(jobs, async ({ list, path, operator }, i) => {
      const query = `{ ${list}(where: { ${path}: { ${operator}: ${literals[i]} } }) { ${selection(list)} } }`
      const who = WHO[i % WHO.length]
      record('GraphQL where', await graphql(query, who), `${query.slice(0, 200)} as ${who}`)
    })
    const paging = [
      'page: -1',
      'page: 0',
      'page: 2147483647',
      'limit: -5',
      'limit: 2147483647',
      'sort: "nonexistent"',
      'sort: "-"',
      'sort: "password"',
      'locale: all',
      'draft: true',
      'where: { AND: [{ id: { equals: "abc" } }] }',
      'where: { OR: [] }',
    ]
    const pagingJobs = lists.flatMap((list, i) => paging.map((args, j) => ({ list, args, who: WHO[(i + j) % WHO.length] })))
    await inBatches(pagingJobs, async ({ list, args, who }) => {
      const query = `{ ${list}(${args}) { ${selection(list)} } }`
      record('GraphQL paging and sort', await graphql(query, who), `${query} as ${who}`)
    })
    // Found by the generator once: a row id inside a list, text in a document but a number in its versions.
    for (const query of [
      '{ versionsInterviews(where: { version__interviewees__id: { in: "e%q4" } }) { totalDocs } }',
      '{ versionsInterviews(where: { version__interviewees__id: { not_equals: "1,abc" } }) { totalDocs } }',
    ]) {
      record('GraphQL where', await graphql(query, 'editor'), `${query} as editor`)
    }
    expect(await checksum()).toEqual(before)
  }, 300_000)

  it('REST: malformed ids, paging, sort, depth, locale, draft, select, populate and joins on every collection', async () => {
    const ids = [
      'abc',
      '-1',
      '0',
      '1.5',
      '1e3',
      '99999999999999999999',
      '2147483648',
      '%00',
      '1,2',
      '%20',
      '0x10',
      'null',
    ]
    const options = [
      'page=-1',
      'page=0',
      'page=abc',
      'page=1.5',
      'page=99999999999',
      'limit=-5',
      'limit=abc',
      'limit=1e9',
      'limit=100000',
      'limit=1.5',
      'depth=-1',
      'depth=abc',
      'depth=99',
      'depth=1.5',
      'sort=nonexistent',
      'sort=-',
      'sort=--id',
      'sort=id,,',
      'sort=password',
      'sort=hash',
      'sort=id.x',
      'sort=__proto__',
      'sort[0]=a&sort[1][b]=c',
      'locale=xx',
      'locale=',
      'locale=ja,en',
      'fallback-locale=xx',
      'draft=abc',
      'draft=1',
      'trash=abc',
      'pagination=maybe',
      'select=abc',
      'select[x][y][z]=1',
      'select[id]=maybe',
      'populate=abc',
      'populate[companies]=abc',
      'populate[x][y]=true',
      'joins=abc',
      'joins[x][limit]=abc',
      'where=abc',
      'where=[]',
      'where=1',
      'where[and]=abc',
      'where[or][0]=x',
      'where[id]=abc',
      'where[and][0][or][0][and][0][or][0][and][0][or][0][and][0][id][equals]=1',
      'where[id][foo]=1',
      'where[%00][equals]=1',
    ]
    const jobs = collections().flatMap((collection) => [
      ...ids.flatMap((id) =>
        (['GET', 'PATCH', 'DELETE'] as const).map((method) => ({
          collection,
          method,
          path: `/${collection.slug}/${id}`,
          query: '',
        })),
      ),
      ...ids.map((id) => ({
        collection,
        method: 'GET' as const,
        path: `/${collection.slug}/versions/${id}`,
        query: '',
      })),
      ...options.flatMap((query) =>
        ['', '/count', '/versions'].map((suffix) => ({
          collection,
          method: 'GET' as const,
          path: `/${collection.slug}${suffix}`,
          query,
        })),
      ),
      ...fieldPaths(collection).flatMap((path) =>
        [`sort=${path}`, `sort=-${path}`, `select[${path.split('.')[0]}]=true`].map((query) => ({
          collection,
          method: 'GET' as const,
          path: `/${collection.slug}`,
          query,
        })),
      ),
    ])
    await inBatches(jobs, async ({ method, path, query }, i) => {
      const who = method === 'GET' ? WHO[i % WHO.length] : 'visitor'
      const status = await rest(method, path, query, who, method === 'PATCH' ? { title: 'changed' } : undefined)
      record('REST ids, paging and options', status, `${method} ${path}?${query} as ${who}`)
    })
    // Found by the generator once each: a relationship to several collections compared with a bare id.
    for (const [path, query] of [
      ['/payload-locked-documents', 'where[document][equals]=-6'],
      ['/payload-preferences', 'where[user][not_in]=-2099364051'],
    ]) {
      record('REST ids, paging and options', await rest('GET', path, query, 'editor'), `GET ${path}?${query} as editor`)
    }
    for (const query of ['', 'where=abc', 'depth=abc', 'locale=xx', 'draft=abc']) {
      for (const path of [
        '/globals/membership',
        '/globals/membership/versions',
        '/globals/membership/versions/abc',
        '/payload-migrations',
        '/payload-migrations/1',
      ]) {
        for (const who of WHO)
          record(
            'REST globals and Payload collections',
            await rest('GET', path, query, who),
            `GET ${path}?${query} as ${who}`,
          )
      }
    }
    expect(await checksum()).toEqual(before)
  }, 300_000)

  it('no request answered 5xx', () => {
    expect(examples).toEqual([])
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(10_000)
  })
})
