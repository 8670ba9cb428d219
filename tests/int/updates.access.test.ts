/**
 * Member updates (docs/collaboration.md): approved alumni post (≤ 500 characters, an optional
 * http(s) link and image); members read and react (one reaction per member per update,
 * toggled); members report; staff read reports and hide posts, which then vanish for members
 * (and their image with them) but stay for staff; authors delete their own. Through the Local
 * API with `overrideAccess: false`, REST and GraphQL; visitors and pending alumni see nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, MemberUpdate, User } from '../../payload-types'
import type { Account, Viewer } from '../helpers/fixtures'

let payload: Payload
let fixtures: typeof import('../helpers/fixtures')
let actions: typeof import('../../src/collaboration/memberActions')
let images: typeof import('../helpers/profile')
let author: Account<Alumnus>
let reader: Account<Alumnus>
let pending: Account<Alumnus>
let editor: Account<User>
let visitor: Viewer

const post = (account: Viewer, data: Partial<MemberUpdate> = {}) =>
  payload.create({
    collection: 'member-updates',
    data: { body: `Started a new studio ${fixtures.uniqueId()}`, ...data } as MemberUpdate,
    overrideAccess: false,
    user: account.user,
    depth: 0,
  })

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

beforeAll(async () => {
  const { getTestPayload } = await import('../helpers/payload')
  payload = await getTestPayload()
  fixtures = await import('../helpers/fixtures')
  actions = await import('../../src/collaboration/memberActions')
  images = await import('../helpers/profile')
  ;[author, reader, pending, editor] = await Promise.all([
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload, { status: 'pending' }),
    fixtures.createStaff(payload, 'editor'),
  ])
  visitor = fixtures.visitor()
})

describe('posting', () => {
  it('an approved alumnus posts as themselves; hidden and author cannot be set by them', async () => {
    const doc = await post(author, { author: reader.doc.id, hidden: true })
    expect(doc.author).toBe(author.doc.id)
    expect(doc.hidden).toBe(false)
  })

  it('staff, pending alumni and visitors cannot post (Local API, REST, GraphQL)', async () => {
    for (const viewer of [editor, pending, visitor]) {
      expect((await viewer.api.post('/member-updates', { body: 'hello' })).status).toBe(403)
      const gql = await viewer.api.graphql(`mutation { createMemberUpdate(data: { body: "hello" }) { id } }`)
      expect(gql.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    await expect(post(pending)).rejects.toThrow()
  })

  it('more than 500 characters, a javascript: link or an empty text are a 400', async () => {
    expect((await author.api.post('/member-updates', { body: 'あ'.repeat(501) })).status).toBe(400)
    expect((await author.api.post('/member-updates', { body: 'ok', link: 'javascript:alert(1)' })).status).toBe(400)
    expect((await author.api.post('/member-updates', { body: '' })).status).toBe(400)
    expect((await author.api.post('/member-updates', { body: 'あ'.repeat(500), link: 'https://example.test/a' })).status).toBe(201)
  })

  it('the page’s form stores the text, link and a normalized image; a non-image is refused', async () => {
    const outcome = await actions.postUpdate(payload, author.user, form({ body: 'With a picture', link: 'https://example.test/x' }), {
      data: await images.pngImage(),
      name: 'me.png',
    })
    expect(outcome.ok).toBe(true)
    const doc = await payload.findByID({ collection: 'member-updates', id: (outcome as { id: number }).id, depth: 1 })
    expect(doc).toMatchObject({ body: 'With a picture', link: 'https://example.test/x' })
    expect(typeof doc.image === 'object' && doc.image?.owner).toBeTruthy()
    const refused = await actions.postUpdate(payload, author.user, form({ body: 'x' }), { data: images.textFile(), name: 'a.png' })
    expect(refused).toEqual({ ok: false, problem: 'imageInvalid' })
  })
})

describe('reading, reacting, reporting, hiding', () => {
  let update: MemberUpdate

  beforeAll(async () => {
    update = await post(author)
  })

  it('members read updates; visitors and pending alumni read nothing', async () => {
    expect((await reader.api.get(`/member-updates/${update.id}`)).status).toBe(200)
    for (const viewer of [visitor, pending]) {
      expect((await viewer.api.get('/member-updates')).status).toBe(403)
      expect((await viewer.api.get('/update-reactions')).status).toBe(403)
      const gql = await viewer.api.graphql(`{ MemberUpdates { docs { id body } } }`)
      expect(gql.data?.MemberUpdates ?? null).toBeNull()
      await expect(payload.find({ collection: 'member-updates', overrideAccess: false, user: viewer.user })).rejects.toThrow()
    }
  })

  it('one reaction per member: the same one again removes it, another changes it; counts follow', async () => {
    const count = async () =>
      (await reader.api.get('/update-reactions', { where: { update: { equals: update.id } } })).body.docs?.map((d) => d.kind)
    expect(await actions.toggleReaction(payload, reader.user, update.id, 'like')).toMatchObject({ ok: true })
    expect(await count()).toEqual(['like'])
    await actions.toggleReaction(payload, reader.user, update.id, 'congrats')
    expect(await count()).toEqual(['congrats'])
    await actions.toggleReaction(payload, reader.user, update.id, 'congrats')
    expect(await count()).toEqual([])
    await actions.toggleReaction(payload, reader.user, update.id, 'like')
    // A second row for the same member is refused by the unique index.
    expect((await reader.api.post('/update-reactions', { update: update.id, kind: 'insightful' })).status).toBe(400)
    expect(await actions.toggleReaction(payload, reader.user, update.id, 'shout')).toEqual({ ok: false, problem: 'invalid' })
    // Nobody reacts in someone else's name.
    const other = await author.api.post('/update-reactions', { update: update.id, kind: 'like', alumnus: reader.doc.id }, { depth: 0 })
    expect(other.status).toBe(201)
    expect(other.body.doc?.alumnus).toBe(author.doc.id)
    expect((await pending.api.post('/update-reactions', { update: update.id, kind: 'like' })).status).toBe(403)
  })

  it('reports are read by staff (and the reporter), once per member; staff hide the post', async () => {
    expect(await actions.reportUpdate(payload, reader.user, update.id, 'spam', 'Selling things')).toEqual({ ok: true, id: update.id })
    expect(await actions.reportUpdate(payload, reader.user, update.id, 'spam', '')).toMatchObject({ ok: false, problem: 'duplicate' })
    const where = { update: { equals: update.id } }
    expect((await editor.api.get('/update-reports', { where })).body.totalDocs).toBe(1)
    expect((await reader.api.get('/update-reports', { where })).body.totalDocs).toBe(1)
    expect((await author.api.get('/update-reports', { where })).body.totalDocs).toBe(0)
    expect((await visitor.api.get('/update-reports', { where })).status).toBe(403)
    // Staff see the reports on the update itself; members do not.
    const staffView = await editor.api.get(`/member-updates/${update.id}`)
    expect((staffView.body.reports as { docs: unknown[] }).docs).toHaveLength(1)
    expect((await reader.api.get(`/member-updates/${update.id}`)).body.reports).toBeUndefined()

    // Members cannot hide; staff can.
    expect((await author.api.patch(`/member-updates/${update.id}`, { hidden: true })).status).toBe(403)
    expect((await editor.api.patch(`/member-updates/${update.id}`, { hidden: true })).status).toBe(200)
    expect((await reader.api.get(`/member-updates/${update.id}`)).status).toBe(404)
    expect((await author.api.get('/member-updates', { where: { id: { equals: update.id } } })).body.totalDocs).toBe(0)
    const gql = await reader.api.graphql(`{ MemberUpdates(where: { id: { equals: ${update.id} } }) { totalDocs } }`)
    expect(gql.data?.MemberUpdates).toEqual({ totalDocs: 0 })
    expect((await editor.api.get(`/member-updates/${update.id}`)).status).toBe(200)
    // Its reactions are hidden with it, on every channel; staff still see them.
    const reactions = { where: { update: { equals: update.id } } }
    expect((await reader.api.get('/update-reactions', reactions)).body.totalDocs).toBe(0)
    const gqlReactions = await reader.api.graphql(`{ UpdateReactions(where: { update: { equals: ${update.id} } }) { totalDocs } }`)
    expect(gqlReactions.data?.UpdateReactions).toEqual({ totalDocs: 0 })
    const staffReactions = (await editor.api.get('/update-reactions', reactions)).body.totalDocs as number
    expect(staffReactions).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'update-reactions', where: reactions.where, overrideAccess: false, user: reader.user })).totalDocs).toBe(0)
    // No new reactions or reports on a hidden post.
    expect((await author.api.post('/update-reports', { update: update.id, reason: 'other' })).status).toBe(404)
  })

  it('a hidden post’s image is hidden with it', async () => {
    const outcome = await actions.postUpdate(payload, author.user, form({ body: 'Photo post' }), { data: await images.pngImage(), name: 'p.png' })
    const id = (outcome as { id: number }).id
    const doc = await payload.findByID({ collection: 'member-updates', id, depth: 0 })
    const image = doc.image as number
    expect((await reader.api.get(`/update-images/${image}`)).status).toBe(200)
    await payload.update({ collection: 'member-updates', id, data: { hidden: true }, overrideAccess: false, user: editor.user })
    expect((await reader.api.get(`/update-images/${image}`)).status).toBe(404)
    expect((await editor.api.get(`/update-images/${image}`)).status).toBe(200)
  })

  it('authors delete their own, not others’; staff delete any', async () => {
    const mine = await post(author)
    expect(await actions.deleteUpdate(payload, reader.user, mine.id)).toMatchObject({ ok: false })
    expect((await reader.api.delete(`/member-updates/${mine.id}`)).status).not.toBe(200)
    await actions.toggleReaction(payload, reader.user, mine.id, 'like')
    await actions.reportUpdate(payload, reader.user, mine.id, 'other', '')
    expect(await actions.deleteUpdate(payload, author.user, mine.id)).toEqual({ ok: true, id: mine.id })
    for (const collection of ['update-reactions', 'update-reports'] as const) {
      expect(await payload.count({ collection, where: { update: { equals: mine.id } } })).toEqual({ totalDocs: 0 })
    }
    const other = await post(reader)
    expect((await editor.api.delete(`/member-updates/${other.id}`)).status).toBe(200)
  })
})
