/**
 * One GraphQL request cannot ask for hundreds of list queries at once (src/security/graphqlLimits.ts):
 * a request with more top-level fields than the limit is refused with a 400 before any of them
 * runs, whoever asks; ordinary requests, with fragments and several collections, still answer.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_ROOT_FIELDS } from '../../src/security/graphqlLimits'
import { anonymous } from '../helpers/api'
import { createContent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await createContent(payload, 'interviews', 'public')
})

const aliases = (count: number) =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: Interviews(limit: 100) { docs { id title } }`).join(' ')} }`

describe('GraphQL requests', () => {
  it('with fifty aliased list queries are refused with a 400 that says why, before any runs, for visitors and staff alike', async () => {
    const staff = await createStaff(payload, 'admin')
    for (const client of [anonymous(), staff.api]) {
      const started = performance.now()
      const res = await client.graphql(aliases(50))
      expect(res.status).toBe(400)
      expect(res.errors?.[0]?.message).toBe(`A request may ask for at most ${MAX_ROOT_FIELDS} top-level fields; this one asks for 50.`)
      expect(res.data ?? null).toBeNull()
      // Refused by validation, before any database work.
      expect(performance.now() - started).toBeLessThan(2000)
    }
  })

  it('count fields reached through fragments, so spreading cannot get round the limit', async () => {
    const fields = Array.from({ length: MAX_ROOT_FIELDS + 1 }, (_, i) => `f${i}: Interviews { totalDocs }`).join(' ')
    const res = await anonymous().graphql(`query { ...many } fragment many on Query { ${fields} }`)
    expect(res.status).toBe(400)
    expect(res.errors?.[0]?.message).toContain(`this one asks for ${MAX_ROOT_FIELDS + 1}`)
  })

  it('up to the limit, with fragments and several collections, answer as before', async () => {
    const res = await anonymous().graphql(
      `query { ${Array.from({ length: MAX_ROOT_FIELDS - 2 }, (_, i) => `a${i}: Interviews { totalDocs }`).join(' ')} ...more }
       fragment more on Query { Events { totalDocs } Announcements { totalDocs } }`,
    )
    expect(res.errors).toBeUndefined()
    expect(res.status).toBe(200)
    expect((res.data as Record<string, { totalDocs: number }>).a0.totalDocs).toBeGreaterThanOrEqual(1)
  })
})

describe('GraphQL errors', () => {
  it('never suggest type, field, argument or value names ("Did you mean …?"), in validation or execution', async () => {
    const queries = [
      '{ Interviews { docs { titl } } }', // a field
      '{ Interview { id } }', // a top-level field
      '{ Interviews(limt: 1) { totalDocs } }', // an argument
      '{ Interviews(where: { titel: { equals: "x" } }) { totalDocs } }', // an input field
      'query ($w: Interview_wher) { Interviews(where: $w) { totalDocs } }', // a type
      '{ Interviews { docs { ... on Intervie { id } } } }', // a type condition
    ]
    for (const query of queries) {
      const res = await anonymous().graphql(query)
      expect(res.status).toBeLessThan(500)
      expect(res.errors?.length).toBeGreaterThan(0)
      for (const error of res.errors ?? []) expect(error.message).not.toMatch(/did you mean/i)
    }
    // Variables are coerced at execution, a different path from validation.
    const res = await anonymous().graphql('query ($w: Interview_where) { Interviews(where: $w) { totalDocs } }', {
      w: { titel: { equals: 'x' } },
    })
    expect(res.errors?.length).toBeGreaterThan(0)
    for (const error of res.errors ?? []) expect(error.message).not.toMatch(/did you mean/i)
  })
})
