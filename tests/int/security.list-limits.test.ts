/**
 * List sizes (docs/security.md, "List sizes"): every list a document can hold has a most.
 * The config is walked — our collections and globals as written (each list sets its own
 * `maxRows`), then the running config with Payload's own collections and plugins — and any
 * array, blocks or many-valued field without one fails the test. Then the finding itself: a
 * pending member storing 10,000 skills (or departments, or links) is refused with a 400
 * through REST and GraphQL, and their profile is unchanged.
 */
import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { BODY_LIMITS } from '../../src/security/bodyLimits'
import type { Alumnus } from '../../payload-types'
import { type Account, createAlumnus } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/** Lists only Payload writes, straight to the database, never from a request (src/security/listLimits.ts). */
const WRITTEN_BY_PAYLOAD = ['alumni.sessions', 'users.sessions', 'payload-jobs.log']

/** Every list field without a `maxRows`, by path. A select of many values is bounded by its options (a value may not repeat). */
const unbounded = (fields: Field[], prefix: string): string[] =>
  fields.flatMap((field): string[] => {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const nested = [
      ...('fields' in field && Array.isArray(field.fields)
        ? unbounded(field.fields, 'name' in field && field.name ? `${path}.` : prefix)
        : []),
      ...(field.type === 'tabs'
        ? field.tabs.flatMap((tab) =>
            unbounded(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
          )
        : []),
      ...(field.type === 'blocks'
        ? field.blocks.flatMap((block) => unbounded(block.fields, `${path}.${block.slug}.`))
        : []),
    ]
    const list =
      field.type === 'array' ||
      field.type === 'blocks' ||
      ((field.type === 'text' || field.type === 'number' || field.type === 'relationship' || field.type === 'upload') &&
        field.hasMany)
    const bounded = 'maxRows' in field && typeof field.maxRows === 'number' && field.maxRows > 0
    return list && !bounded && !WRITTEN_BY_PAYLOAD.includes(path) ? [path, ...nested] : nested
  })

let payload: Payload
let pending: Account<Alumnus>

beforeAll(async () => {
  payload = await getTestPayload()
  pending = await createAlumnus(payload, { status: 'pending', skills: ['TypeScript'] })
})

describe('every list has a most', () => {
  it('in our collections and globals, as written', async () => {
    const { collections } = await import('../../collections')
    const { Membership } = await import('../../globals/Membership')
    const missing = [...collections, Membership].flatMap((entity) => unbounded(entity.fields, `${entity.slug}.`))
    expect(missing).toEqual([])
  })

  it("in the running config, Payload's own collections and plugins included", () => {
    const missing = [...payload.config.collections, ...payload.config.globals].flatMap((entity) =>
      unbounded(entity.fields, `${entity.slug}.`),
    )
    expect(missing).toEqual([])
  })
})

describe('a pending member storing 10,000 values', () => {
  const stored = () => payload.findByID({ collection: 'alumni', id: pending.doc.id, depth: 0 })

  it.each([
    ['skills', Array.from({ length: 10_000 }, (_, i) => `skill ${i}`)],
    ['departments', Array.from({ length: 10_000 }, (_, i) => `department ${i}`)],
    ['links', Array.from({ length: 10_000 }, (_, i) => ({ label: `link ${i}`, url: `https://example.test/${i}` }))],
  ])('%s: refused through REST and GraphQL, nothing stored', async (field, values) => {
    const before = await stored()
    const started = performance.now()
    const res = await pending.api.patch(`/alumni/${pending.doc.id}`, { [field]: values })
    // A body over the JSON limit is refused before it is read (413, src/security/bodyLimits.ts);
    // a smaller one by the list rule (400).
    const bytes = Buffer.byteLength(JSON.stringify({ [field]: values }))
    expect(res.status).toBe(bytes > BODY_LIMITS.jsonBytes ? 413 : 400)
    // Refused before any row is walked (src/security/badInput/bodyCheck.ts), not after seconds of hooks.
    expect(performance.now() - started).toBeLessThan(5000)

    const gql = await pending.api.graphql(
      'mutation ($id: Int!, $data: mutationAlumnusUpdateInput!) { updateAlumnus(id: $id, data: $data) { id } }',
      {
        id: pending.doc.id,
        data: { [field]: values },
      },
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    for (const error of gql.errors ?? []) expect(error.extensions?.statusCode ?? 400).toBeLessThan(500)

    const after = await stored()
    expect(after[field as 'skills']).toEqual(before[field as 'skills'])
  })

  it('the profile form’s own limit is the field’s: 20 skills are stored, 21 refused', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `skill ${i}`)
    expect((await pending.api.patch(`/alumni/${pending.doc.id}`, { skills: twenty })).status).toBe(200)
    expect((await pending.api.patch(`/alumni/${pending.doc.id}`, { skills: [...twenty, 'one more'] })).status).toBe(400)
    expect((await stored()).skills).toEqual(twenty)
  })
})
