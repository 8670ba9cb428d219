/**
 * Who may change what — staff (docs/access.md):
 * editors manage content and approve alumni; only admins manage staff accounts, and an editor
 * cannot make themselves an admin. Alumni and visitors neither read staff accounts nor write
 * content. Each rule is checked through the Local API (overrideAccess: false), REST and GraphQL.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import {
  type Account,
  contentData,
  createAlumnus,
  createStaff,
  richText,
  uniqueId,
  uniqueSlug,
  visitor,
} from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let admin: Account<User>
let editor: Account<User>
let otherEditor: Account<User>
let alumnus: Account<Alumnus>

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  otherEditor = await createStaff(payload, 'editor')
  alumnus = await createAlumnus(payload, { status: 'approved' })
})

const storedUser = (account: Account<User>) => payload.findByID({ collection: 'users', id: account.doc.id })
const userCount = async (email: string) =>
  (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

describe('an editor managing content', () => {
  it('creates and publishes an interview through REST; visitors then see it', async () => {
    const slug = uniqueSlug('editor-rest')
    const res = await editor.api.post('/interviews', { ...contentData('interviews', slug), _status: 'published' })
    expect(res.status).toBe(201)
    const seen = await visitor().api.get('/interviews', { where: { slug: { equals: slug } } })
    expect(seen.body.docs!.map((doc) => doc.slug)).toEqual([slug])
  })

  it('creates and publishes an announcement through GraphQL', async () => {
    const slug = uniqueSlug('editor-gql')
    const res = await editor.api.graphql(
      `mutation ($body: JSON!) { createAnnouncement(data: { title: "News", slug: ${JSON.stringify(slug)}, audience: public, body: $body, _status: published }) { slug _status } }`,
      { body: richText('Hello') },
    )
    expect(res.errors).toBeUndefined()
    expect(res.data!.createAnnouncement).toEqual({ slug, _status: 'published' })
  })

  it('creates, updates and deletes an event through the Local API with access control on', async () => {
    const local = { overrideAccess: false as const, user: editor.user }
    const event = await payload.create({
      collection: 'events',
      data: { ...contentData('events', uniqueSlug('editor-local')), _status: 'published' },
      ...local,
    })
    await payload.update({ collection: 'events', id: event.id, data: { capacity: 10 }, ...local })
    expect((await payload.findByID({ collection: 'events', id: event.id })).capacity).toBe(10)
    await payload.delete({ collection: 'events', id: event.id, ...local })
    expect((await payload.count({ collection: 'events', where: { id: { equals: event.id } } })).totalDocs).toBe(0)
  })
})

describe('an editor approving alumni', () => {
  it('approves a pending alumnus (REST), suspends one (GraphQL) and rejects one (Local API)', async () => {
    const applicant = await createAlumnus(payload, { status: 'pending' })
    const rest = await editor.api.patch(`/alumni/${applicant.doc.id}`, { status: 'approved' })
    expect(rest.status).toBe(200)
    expect((await payload.findByID({ collection: 'alumni', id: applicant.doc.id })).status).toBe('approved')

    const gql = await editor.api.graphql(
      `mutation { updateAlumnus(id: ${applicant.doc.id}, data: { status: suspended }) { status } }`,
    )
    expect(gql.errors).toBeUndefined()
    expect((await payload.findByID({ collection: 'alumni', id: applicant.doc.id })).status).toBe('suspended')

    const other = await createAlumnus(payload, { status: 'pending' })
    await payload.update({
      collection: 'alumni',
      id: other.doc.id,
      data: { status: 'rejected' },
      overrideAccess: false,
      user: editor.user,
    })
    expect((await payload.findByID({ collection: 'alumni', id: other.doc.id })).status).toBe('rejected')
  })
})

describe('staff accounts', () => {
  it('an editor cannot create a staff account (REST, GraphQL, Local API)', async () => {
    const email = `made-by-editor-${uniqueId()}@staff.test`
    const data = { email, password: 'a-long-password-123', name: 'New admin', role: 'admin' }
    const rest = await editor.api.post('/users', data)
    expect(rest.status).toBe(403)
    const gql = await editor.api.graphql(
      `mutation { createUser(data: { email: ${JSON.stringify(email)}, password: "a-long-password-123", name: "New admin", role: admin }) { id } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.create({ collection: 'users', data: data as never, overrideAccess: false, user: editor.user }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await userCount(email)).toBe(0)
  })

  it('an editor cannot change or delete another staff account (REST, GraphQL, Local API)', async () => {
    const before = await storedUser(otherEditor)
    const rest = await editor.api.patch(`/users/${otherEditor.doc.id}`, { name: 'Renamed', role: 'admin' })
    expect(rest.status).toBeOneOf([403, 404])
    const gql = await editor.api.graphql(
      `mutation { updateUser(id: ${otherEditor.doc.id}, data: { name: "Renamed" }) { name } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({
        collection: 'users',
        id: otherEditor.doc.id,
        data: { name: 'Renamed' },
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })

    const del = await editor.api.delete(`/users/${admin.doc.id}`)
    expect(del.status).toBeOneOf([403, 404])
    const gqlDelete = await editor.api.graphql(`mutation { deleteUser(id: ${otherEditor.doc.id}) { id } }`)
    expect(gqlDelete.errors?.length).toBeGreaterThan(0)

    const after = await storedUser(otherEditor)
    expect({ name: after.name, role: after.role }).toEqual({ name: before.name, role: before.role })
    await expect(storedUser(admin)).resolves.toMatchObject({ role: 'admin' })
  })

  it('an editor cannot raise their own role to admin (REST, GraphQL, Local API) but may edit their name', async () => {
    const rest = await editor.api.patch(`/users/${editor.doc.id}`, { role: 'admin', name: 'Renamed editor' })
    expect(rest.status).toBeOneOf([200, 403])
    await editor.api.graphql(`mutation { updateUser(id: ${editor.doc.id}, data: { role: admin }) { role } }`)
    await payload
      .update({
        collection: 'users',
        id: editor.doc.id,
        data: { role: 'admin' },
        overrideAccess: false,
        user: editor.user,
      })
      .catch(() => undefined)
    expect((await storedUser(editor)).role).toBe('editor')

    const rename = await editor.api.patch(`/users/${editor.doc.id}`, { name: 'Still an editor' })
    expect(rename.status).toBe(200)
    expect((await storedUser(editor)).name).toBe('Still an editor')
  })

  it('an admin creates staff accounts, changes roles and deletes accounts', async () => {
    const email = `made-by-admin-${uniqueId()}@staff.test`
    const created = await admin.api.post('/users', {
      email,
      password: 'a-long-password-123',
      name: 'New editor',
      role: 'editor',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc!.id

    const promoted = await admin.api.graphql(`mutation { updateUser(id: ${id}, data: { role: admin }) { role } }`)
    expect(promoted.data!.updateUser).toEqual({ role: 'admin' })

    const deleted = await admin.api.delete(`/users/${id}`)
    expect(deleted.status).toBe(200)
    expect(await userCount(email)).toBe(0)
  })

  it('alumni and visitors cannot read staff accounts (REST, GraphQL, Local API)', async () => {
    for (const who of [alumnus, visitor()]) {
      const list = await who.api.get('/users')
      expect(list.status).toBe(403)
      const one = await who.api.get(`/users/${admin.doc.id}`)
      expect(one.status).toBeOneOf([403, 404])
      const gql = await who.api.graphql('{ Users { docs { email role } } }')
      expect(gql.data?.Users ?? null).toBeNull()
      expect(JSON.stringify([list.body, one.body, gql])).not.toContain(admin.email)
      await expect(
        payload.find({ collection: 'users', overrideAccess: false, user: who.user }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })
})

describe('alumni and visitors writing content', () => {
  it('cannot create, update or delete interviews, events or announcements', async () => {
    const existing = await payload.create({
      collection: 'announcements',
      data: { ...contentData('announcements', uniqueSlug('staff-owned')), _status: 'published' },
    })
    for (const who of [alumnus, visitor()]) {
      for (const collection of ['interviews', 'events', 'announcements'] as const) {
        const slug = uniqueSlug(`intruder-${collection}`)
        const res = await who.api.post(`/${collection}`, { ...contentData(collection, slug), _status: 'published' })
        expect(res.status).toBe(403)
        expect((await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs).toBe(0)
      }
      const patch = await who.api.patch(`/announcements/${existing.id}`, { title: 'Defaced' })
      expect(patch.status).toBeOneOf([403, 404])
      const gql = await who.api.graphql(
        `mutation { updateAnnouncement(id: ${existing.id}, data: { title: "Defaced" }) { title } }`,
      )
      expect(gql.errors?.length).toBeGreaterThan(0)
      const del = await who.api.delete(`/announcements/${existing.id}`)
      expect(del.status).toBeOneOf([403, 404])
      expect((await payload.findByID({ collection: 'announcements', id: existing.id })).title).toBe(existing.title)
    }
  })
})
