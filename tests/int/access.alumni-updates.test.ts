/**
 * Who may change what — alumni accounts (docs/access.md):
 * an alumnus changes only their own profile, never their own status nor their verification
 * answers; visitors change nobody's profile. Accounts are created only by `/join` (pending and
 * unverified) or by staff: the API refuses everyone else alike, so it reveals no addresses.
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

  it('cannot create accounts through the API, and the refusal is the same for a registered address (REST, GraphQL, Local API)', async () => {
    const existing = await createAlumnus(payload, { status: 'approved' })
    const attempt = (email: string) => ({ email, password: 'a-long-password-123', name: 'Applicant', nameKana: 'あぷりかんと', status: 'approved' as const, _verified: true })
    const fresh = `api-register-${uniqueId()}@alumni.test`

    const restNew = await visitor().api.post('/alumni', attempt(fresh))
    const restKnown = await visitor().api.post('/alumni', attempt(existing.email))
    expect(restNew.status).toBe(403)
    // Same status and message: nothing says whether the address has an account.
    expect({ status: restKnown.status, body: restKnown.body }).toEqual({ status: restNew.status, body: restNew.body })

    const gql = (email: string) =>
      visitor().api.graphql(
        `mutation { createAlumnus(data: { email: ${JSON.stringify(email)}, password: "a-long-password-123", name: "Applicant", nameKana: "x", status: approved }) { id } }`,
      )
    const [gqlNew, gqlKnown] = [await gql(fresh), await gql(existing.email)]
    expect(gqlNew.errors?.[0]?.message).toBeTruthy()
    expect(gqlKnown.errors?.map((e) => e.message)).toEqual(gqlNew.errors?.map((e) => e.message))

    await expect(
      payload.create({ collection: 'alumni', data: attempt(fresh), overrideAccess: false, user: null, disableVerificationEmail: true }),
    ).rejects.toMatchObject({ status: 403 })

    const { totalDocs } = await payload.count({ collection: 'alumni', where: { email: { equals: fresh } } })
    expect(totalDocs).toBe(0)
  })
})

describe('a signed-in alumnus registering another account', () => {
  it('is refused (REST), so nobody vouches for an address they do not own', async () => {
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
    expect(res.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'alumni', where: { email: { equals: email } } })
    expect(totalDocs).toBe(0)
  })
})
