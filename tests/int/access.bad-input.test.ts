/**
 * Bad input (docs/testing.md, "Bad input, property-based"): it gets a clear 4xx with a message, never a 500,
 * and never loses or corrupts stored data. Checked through REST (status and message), GraphQL
 * (an error, nothing stored) and the Local API (a ValidationError), as an editor who may write.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Interview, User } from '../../payload-types'
import {
  type Account,
  contentData,
  createAlumnus,
  createContent,
  createStaff,
  INTERVIEWEE,
  uniqueSlug,
  visitor,
} from '../helpers/fixtures'
import { rest } from '../helpers/api'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
})

const countBySlug = async (collection: 'interviews' | 'events', slug: string) =>
  (await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs
const countByTitle = async (collection: 'interviews' | 'events', title: string) =>
  (await payload.count({ collection, where: { title: { equals: title } } })).totalDocs

/** The messages of a REST validation error, field by field. */
const fieldErrors = (body: { errors?: { data?: { errors?: { message: string; path: string }[] } }[] }) =>
  body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

const interview = (slug: string, overrides: Partial<Interview> = {}) => ({
  ...contentData('interviews', slug),
  _status: 'published',
  ...overrides,
})

describe('creating an interview', () => {
  it('with a slug that is not lowercase-words-and-hyphens: 400 naming the slug, nothing stored', async () => {
    const title = `Bad slug ${uniqueSlug('t')}`
    for (const slug of ['Has Spaces', 'UPPER', 'trailing-', 'double--hyphen', 'ünïcode', '']) {
      const res = await editor.api.post('/interviews', interview(slug, { title }))
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)).toContainEqual(
        expect.objectContaining({ path: 'slug', message: expect.stringMatching(/lowercase|required/i) }),
      )
    }
    expect(await countByTitle('interviews', title)).toBe(0)

    const gql = await editor.api.graphql(
      `mutation ($data: mutationInterviewInput!) { createInterview(data: $data) { id } }`,
      { data: interview('Not A Slug', { title }) },
    )
    expect(gql.errors?.[0]?.message).toBeTruthy()
    expect(gql.errors?.[0]?.extensions?.statusCode).toBe(400)

    await expect(
      payload.create({
        collection: 'interviews',
        data: interview('Not A Slug', { title }) as never,
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    expect(await countByTitle('interviews', title)).toBe(0)
  })

  it('with a slug another interview already has: 400 with a message, the first one untouched', async () => {
    const first = await createContent(payload, 'interviews', 'public')
    const res = await editor.api.post('/interviews', interview(first.slug, { title: 'Second with same slug' }))
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(expect.objectContaining({ path: 'slug' }))
    expect(await countBySlug('interviews', first.slug)).toBe(1)
    expect((await payload.findByID({ collection: 'interviews', id: first.id })).title).toBe(first.title)
  })

  it('with an answer whose speaker is not one of the interviewees: 400 naming the speaker, nothing stored', async () => {
    const slug = uniqueSlug('bad-speaker')
    const body = [
      { blockType: 'question', text: 'Who are you?' },
      { blockType: 'answer', speaker: 'Somebody Else', content: contentData('announcements', slug).body },
    ]
    const res = await editor.api.post('/interviews', interview(slug, { body: body as Interview['body'] }))
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(
      expect.objectContaining({
        path: expect.stringMatching(/^body\.1\.speaker$/),
        message: expect.stringContaining('"Somebody Else" is not one of the interviewees'),
      }),
    )
    expect(await countBySlug('interviews', slug)).toBe(0)

    await expect(
      payload.create({
        collection: 'interviews',
        data: interview(slug, { body: body as Interview['body'] }) as never,
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await countBySlug('interviews', slug)).toBe(0)
  })

  it('an answer by a named interviewee is accepted (the rule is not over-strict)', async () => {
    const slug = uniqueSlug('good-speaker')
    const res = await editor.api.post('/interviews', interview(slug))
    expect(res.status).toBe(201)
    expect(res.body.doc!.body).toContainEqual(expect.objectContaining({ blockType: 'answer', speaker: INTERVIEWEE }))
  })
})

describe('updating an interview with bad input', () => {
  it('PATCH with a bad slug or speaker is a 400 and the stored interview is unchanged', async () => {
    const existing = await createContent(payload, 'interviews', 'public')
    const patches: [Partial<Interview>, RegExp][] = [
      [{ slug: 'Bad Slug' }, /^slug$/],
      // The stored answer's speaker would no longer be one of the interviewees.
      [{ interviewees: [{ name: 'Someone New' }] }, /^body\.\d+\.speaker$/],
    ]
    for (const [patch, path] of patches) {
      const res = await editor.api.patch(`/interviews/${existing.id}`, { ...patch, title: 'Changed title' })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)).toContainEqual(expect.objectContaining({ path: expect.stringMatching(path) }))
    }
    const stored = await payload.findByID({ collection: 'interviews', id: existing.id })
    expect({ slug: stored.slug, title: stored.title, interviewees: stored.interviewees.map((p) => p.name) }).toEqual({
      slug: existing.slug,
      title: existing.title,
      interviewees: [INTERVIEWEE],
    })
  })
})

describe('creating an event', () => {
  const event = (slug: string, startsAt: string, endsAt: string) => ({
    ...contentData('events', slug),
    startsAt,
    endsAt,
    _status: 'published',
  })

  it('that ends before it starts: 400 saying so, nothing stored (REST, GraphQL, Local API)', async () => {
    const slug = uniqueSlug('backwards')
    const data = event(slug, '2030-05-01T10:00:00.000Z', '2030-05-01T09:00:00.000Z')
    const res = await editor.api.post('/events', data)
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(
      expect.objectContaining({ path: 'endsAt', message: 'The end must be after the start' }),
    )

    // GraphQL takes the time zones as enum names (Asia/Tokyo → Asia_Tokyo) and requires them.
    const gql = await editor.api.graphql(
      `mutation ($data: mutationEventInput!) { createEvent(data: $data) { id } }`,
      { data: { ...data, startsAt_tz: 'Asia_Tokyo', endsAt_tz: 'Asia_Tokyo' } },
    )
    expect(gql.errors?.[0]?.extensions?.statusCode).toBe(400)

    await expect(
      payload.create({ collection: 'events', data: data as never, overrideAccess: false, user: editor.user }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    expect(await countBySlug('events', slug)).toBe(0)
  })

  it('that ends when it starts is also refused; one that ends later is accepted', async () => {
    const same = await editor.api.post(
      '/events',
      event(uniqueSlug('zero-length'), '2030-05-01T10:00:00.000Z', '2030-05-01T10:00:00.000Z'),
    )
    expect(same.status).toBe(400)
    const ok = await editor.api.post(
      '/events',
      event(uniqueSlug('forwards'), '2030-05-01T10:00:00.000Z', '2030-05-01T12:00:00.000Z'),
    )
    expect(ok.status).toBe(201)
  })
})

describe('malformed requests', () => {
  it('an id that is not a number is a 404, not a 500', async () => {
    const res = await editor.api.get('/interviews/not-a-number')
    expect(res.status).toBe(404)
    const visitorRes = await visitor().api.get('/events/not-a-number')
    expect(visitorRes.status).toBe(404)
  })

  it('a filter on a field that does not exist is a 400 with a message, not a 500', async () => {
    const res = await editor.api.get('/interviews', { where: { noSuchField: { equals: 'x' } } })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/noSuchField/)
  })

  it('a required field missing on create is a 400 naming the field', async () => {
    const { title: _title, ...withoutTitle } = interview(uniqueSlug('no-title'))
    const res = await editor.api.post('/interviews', withoutTitle)
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(expect.objectContaining({ path: 'title' }))
  })
})

/** A GET with a raw query string, as a hostile client writes it. */
const rawGet = async (url: string, token?: string) => {
  const [path, query] = url.split('?')
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost:3000/api${path}${query ? `?${query}` : ''}`, { headers })
  const response = await rest.GET(request as never, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as { errors?: { message: string }[] } }
}

describe('malformed queries of the review: a 4xx with a message, never a 500 (docs/security.md, "Malformed queries")', () => {
  const asVisitor = [
    '/interviews?where[_status][like]=a',
    '/interviews?where[_status][contains]=a',
    '/interviews?where[_status][in]=a',
    '/interviews?where[_status][all]=a',
    '/interviews?where[_status][near]=a',
    '/interviews/count?where[_status][like]=a',
    '/interviews?where[publishedAt][like]=a',
    '/interviews?where[publishedAt][equals]=not-a-date',
    '/events?where[audience][like]=a',
    '/interviews?where[id][in]=1,abc',
    '/interviews?where[company][equals]=abc',
    '/interviews?where[interviewees.alumnus][equals]=abc',
    '/interviews?where[slug][near]=1',
    '/interviews?where[slug][within]=1',
    '/interviews?where[slug][intersects]=1',
    '/interviews?where[body][exists]=true',
    '/interviews?where=abc',
    '/interviews?page=-1',
    '/interviews?limit=-5',
    '/interviews?limit=abc',
    '/interviews?sort=nonexistent',
    '/interviews?depth=abc',
    '/interviews?locale=xx',
    '/interviews?draft=abc',
    '/interviews?select=abc',
  ]
  it.each(asVisitor)('%s as a visitor: 400', async (url) => {
    const res = await rawGet(url)
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toBeTruthy()
  })

  it('signed in: a member filtering alumni by `like` on their status, an editor reading the versions of a global without versions', async () => {
    const member = await createAlumnus(payload, { status: 'approved' })
    const token = (await payload.login({ collection: 'alumni', data: { email: member.email, password: member.password } })).token
    expect((await rawGet('/alumni?where[status][like]=a', token)).status).toBe(400)
    const editorToken = (await payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).token
    expect((await rawGet('/globals/membership/versions', editorToken)).status).toBe(404)
  })

  it("Payload's migrations have no REST endpoints: 404, not 501", async () => {
    expect((await rawGet('/payload-migrations')).status).toBe(404)
  })

  it('GraphQL: page -1 and a relationship compared with text are errors with status 400', async () => {
    for (const query of ['{ Interviews(page: -1) { docs { id } } }', '{ Interviews(where: { company: { equals: "abc" } }) { docs { id } } }']) {
      const res = await visitor().api.graphql(query)
      expect(res.errors?.[0]?.extensions?.statusCode, query).toBe(400)
    }
    // GraphQL's own date type refuses this one before any resolver runs.
    const date = await visitor().api.graphql('{ Interviews(where: { publishedAt: { equals: "not-a-date" } }) { docs { id } } }')
    expect(date.errors?.[0]?.message).toBeTruthy()
    expect(date.errors?.[0]?.extensions?.statusCode ?? 400).toBe(400)
  })

  it('valid queries still answer: a select, a date range, a relationship by id, a path through it, a sort', async () => {
    for (const url of [
      '/interviews?where[_status][equals]=published',
      '/interviews?where[publishedAt][less_than]=2030-01-01',
      '/interviews?where[company][equals]=1',
      '/interviews?where[company.slug][equals]=x',
      '/interviews?where[id][in]=1,2',
      '/interviews?where[title.en][like]=a',
      '/interviews?sort=-publishedAt&limit=5&page=2&depth=1&locale=en&draft=false',
      '/events?where[audience][in]=public,members',
    ]) {
      expect((await rawGet(url)).status, url).toBe(200)
    }
  })
})
