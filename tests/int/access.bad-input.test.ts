/**
 * Bad input (DESIGN.md, "Who may see what"): it gets a clear 4xx with a message, never a 500,
 * and never loses or corrupts stored data. Checked through REST (status and message), GraphQL
 * (an error, nothing stored) and the Local API (a ValidationError), as an editor who may write.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Interview, User } from '../../payload-types'
import {
  type Account,
  contentData,
  createContent,
  createStaff,
  INTERVIEWEE,
  uniqueSlug,
  visitor,
} from '../helpers/fixtures'
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
