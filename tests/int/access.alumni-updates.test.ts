/**
 * Who may change what — alumni accounts (DESIGN.md, "Who may see what"):
 * an alumnus changes only their own profile, never their own status nor their verification
 * answers; visitors change nobody's profile. Anyone may register, but a new account is pending
 * and unverified whatever the request says.
 * Each rule is checked through the Local API (overrideAccess: false), REST and GraphQL, and by
 * reading the stored row back with access control off.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus } from '../../payload-types'
import { type Account, createAlumnus, uniqueId, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** The stored row, read with access control off. */
const stored = (account: Account<Alumnus>) => payload.findByID({ collection: 'alumni', id: account.doc.id })

/** What must not change when someone else tries to change it. */
const snapshot = (doc: Alumnus) => ({
  name: doc.name,
  title: doc.title ?? null,
  status: doc.status,
  email: doc.email,
  hiddenFromDirectory: doc.hiddenFromDirectory,
  verification: doc.verification,
})

describe('an alumnus editing their own profile', () => {
  it('changes their profile fields through REST, GraphQL and the Local API', async () => {
    const self = await createAlumnus(payload, { status: 'approved' })

    const rest = await self.api.patch(`/alumni/${self.doc.id}`, { title: 'CTO', bio: 'Hello' })
    expect(rest.status).toBe(200)
    expect(await stored(self)).toMatchObject({ title: 'CTO', bio: 'Hello' })

    const gql = await self.api.graphql(
      `mutation { updateAlumnus(id: ${self.doc.id}, data: { title: "CEO" }) { title } }`,
    )
    expect(gql.errors).toBeUndefined()
    expect(await stored(self)).toMatchObject({ title: 'CEO' })

    await payload.update({
      collection: 'alumni',
      id: self.doc.id,
      data: { currentOrganization: 'New Org' },
      overrideAccess: false,
      user: self.user,
    })
    expect(await stored(self)).toMatchObject({ currentOrganization: 'New Org', title: 'CEO' })
  })

  describe.each(['pending', 'approved', 'rejected', 'suspended'] as const)('a %s alumnus', (status) => {
    const target = status === 'approved' ? 'suspended' : 'approved'

    it(`cannot set their own status to ${target} (the status stays ${status})`, async () => {
      const self = await createAlumnus(payload, { status })

      const rest = await self.api.patch(`/alumni/${self.doc.id}`, { status: target, title: 'via REST' })
      expect(rest.status).toBeOneOf([200, 403])
      expect((await stored(self)).status).toBe(status)

      await self.api.graphql(
        `mutation { updateAlumnus(id: ${self.doc.id}, data: { status: ${target} }) { status } }`,
      )
      expect((await stored(self)).status).toBe(status)

      await payload
        .update({
          collection: 'alumni',
          id: self.doc.id,
          data: { status: target },
          overrideAccess: false,
          user: self.user,
        })
        .catch(() => undefined)
      expect((await stored(self)).status).toBe(status)
    })
  })

  it('cannot change their own verification answers (employee number, department, years, note)', async () => {
    const self = await createAlumnus(payload, { status: 'pending' })
    const forged = { employeeNumber: 'FORGED-1', lastDepartment: 'Board', joinedYear: 1990, note: 'trust me' }

    const rest = await self.api.patch(`/alumni/${self.doc.id}`, { verification: forged })
    expect(rest.status).toBeOneOf([200, 403])
    await self.api.graphql(
      `mutation { updateAlumnus(id: ${self.doc.id}, data: { verification: { employeeNumber: "FORGED-2" } }) { id } }`,
    )
    await payload
      .update({
        collection: 'alumni',
        id: self.doc.id,
        data: { verification: forged },
        overrideAccess: false,
        user: self.user,
      })
      .catch(() => undefined)

    expect((await stored(self)).verification).toEqual(self.doc.verification)
  })
})

describe("an alumnus editing someone else's profile", () => {
  let self: Account<Alumnus>
  let other: Account<Alumnus>
  beforeAll(async () => {
    self = await createAlumnus(payload, { status: 'approved' })
    other = await createAlumnus(payload, { status: 'approved' })
  })

  it('REST: PATCH /api/alumni/:id of another alumnus is 403/404 and changes nothing', async () => {
    const before = snapshot(await stored(other))
    const res = await self.api.patch(`/alumni/${other.doc.id}`, {
      name: 'Hijacked',
      title: 'Hijacked',
      email: `hijacked-${uniqueId()}@alumni.test`,
      hiddenFromDirectory: true,
    })
    expect(res.status).toBeOneOf([403, 404])
    expect(snapshot(await stored(other))).toEqual(before)
  })

  it('REST: a bulk PATCH /api/alumni?where=… changes only their own row', async () => {
    const before = snapshot(await stored(other))
    const res = await self.api.patch(
      '/alumni',
      { title: 'Bulk edit' },
      { where: { id: { in: [self.doc.id, other.doc.id] } } },
    )
    expect(res.status).toBeOneOf([200, 403])
    expect(snapshot(await stored(other))).toEqual(before)
  })

  it('REST: DELETE /api/alumni/:id is refused, for another alumnus and for themselves', async () => {
    for (const target of [other, self]) {
      const res = await self.api.delete(`/alumni/${target.doc.id}`)
      expect(res.status).toBeOneOf([403, 404])
      await expect(stored(target)).resolves.toMatchObject({ id: target.doc.id })
    }
  })

  it('GraphQL: updateAlumnus on another alumnus fails and changes nothing', async () => {
    const before = snapshot(await stored(other))
    const res = await self.api.graphql(
      `mutation { updateAlumnus(id: ${other.doc.id}, data: { name: "Hijacked" }) { name } }`,
    )
    expect(res.errors?.length).toBeGreaterThan(0)
    expect(snapshot(await stored(other))).toEqual(before)
  })

  it('Local API: update with overrideAccess: false is refused and changes nothing', async () => {
    const before = snapshot(await stored(other))
    await expect(
      payload.update({
        collection: 'alumni',
        id: other.doc.id,
        data: { name: 'Hijacked' },
        overrideAccess: false,
        user: self.user,
      }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    expect(snapshot(await stored(other))).toEqual(before)
  })
})

describe('visitors', () => {
  it('cannot update an alumnus (REST, GraphQL, Local API)', async () => {
    const other = await createAlumnus(payload, { status: 'approved' })
    const before = snapshot(await stored(other))
    const rest = await visitor().api.patch(`/alumni/${other.doc.id}`, { name: 'Hijacked' })
    expect(rest.status).toBeOneOf([401, 403, 404])
    const gql = await visitor().api.graphql(
      `mutation { updateAlumnus(id: ${other.doc.id}, data: { name: "Hijacked" }) { name } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'alumni', id: other.doc.id, data: { name: 'Hijacked' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([401, 403, 404]) })
    expect(snapshot(await stored(other))).toEqual(before)
  })

  it('may register, but the account starts pending and unverified whatever the request says (REST, GraphQL, Local API)', async () => {
    const register = (channel: string) => ({
      email: `self-approved-${channel}-${uniqueId()}@alumni.test`,
      password: 'a-long-password-123',
      name: 'Applicant',
      nameKana: 'あぷりかんと',
    })
    const rest = register('rest')
    const res = await visitor().api.post('/alumni', {
      ...rest,
      status: 'approved',
      _verified: true,
      reviewMessage: 'approved by myself',
      reviewedAt: new Date().toISOString(),
    })
    expect(res.status).toBe(201)

    const gql = register('graphql')
    const created = await visitor().api.graphql(
      `mutation { createAlumnus(data: { email: ${JSON.stringify(gql.email)}, password: "a-long-password-123", name: "Applicant", nameKana: "x", status: approved }) { id } }`,
    )
    expect(created.errors).toBeUndefined()

    const local = register('local')
    await payload.create({
      collection: 'alumni',
      data: { ...local, status: 'approved', _verified: true },
      overrideAccess: false,
      user: null,
      disableVerificationEmail: true,
    })

    for (const { email } of [rest, gql, local]) {
      const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: email } }, showHiddenFields: true })
      expect(docs).toHaveLength(1)
      expect(docs[0], email).toMatchObject({ status: 'pending', _verified: false })
      expect(docs[0].reviewMessage ?? null).toBeNull()
      expect(docs[0].reviewedAt ?? null).toBeNull()
      // Unverified: signing in is refused until the emailed link is followed.
      const login = await visitor().api.post('/alumni/login', { email, password: 'a-long-password-123' })
      expect(login.status).toBeOneOf([401, 403])
      expect(login.body).not.toHaveProperty('token')
    }
  })
})

describe('a signed-in alumnus registering another account', () => {
  it('cannot make it pre-verified or approved (REST)', async () => {
    const self = await createAlumnus(payload, { status: 'approved' })
    const email = `vouched-${uniqueId()}@alumni.test`
    const res = await self.api.post('/alumni', {
      email,
      password: 'a-long-password-123',
      name: 'Vouched for',
      nameKana: 'x',
      status: 'approved',
      _verified: true,
    })
    // Refusing the request would do too; what must not happen is an account whose email counts
    // as verified without anyone following the link sent to it.
    if (res.status === 201) {
      const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: email } }, showHiddenFields: true })
      expect({ status: docs[0].status, _verified: docs[0]._verified }).toEqual({ status: 'pending', _verified: false })
      const login = await visitor().api.post('/alumni/login', { email, password: 'a-long-password-123' })
      expect(login.status).toBeOneOf([401, 403])
    } else {
      expect(res.status).toBeOneOf([400, 403])
    }
  })
})
