/**
 * Who may see what — alumni accounts (DESIGN.md, "Who may see what"):
 * - Visitors read no alumni at all.
 * - Pending, rejected and suspended alumni read their own account and nobody else's.
 * - An approved alumnus reads other approved alumni who are not hidden from the directory,
 *   never hidden, pending, rejected or suspended ones.
 * - Nobody but the owner and staff reads an alumnus's email or verification answers
 *   (employee number, last department, note), nor can filter by them to guess them.
 * Each rule is checked through the Local API (overrideAccess: false), REST and GraphQL.
 */
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import { type Account, createAlumnus, createStaff, visitor, type Viewer } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
/** The people in this file's corner of the directory. */
const people = {} as Record<
  'approved' | 'colleague' | 'sharing' | 'hidden' | 'pending' | 'rejected' | 'suspended',
  Account<Alumnus>
>

beforeAll(async () => {
  payload = await getTestPayload()
  people.approved = await createAlumnus(payload, { status: 'approved' })
  people.colleague = await createAlumnus(payload, { status: 'approved' })
  people.sharing = await createAlumnus(payload, { status: 'approved' })
  // This one shares their contact details with members.
  await payload.update({
    collection: 'alumni',
    id: people.sharing.doc.id,
    data: { contact: { ...people.sharing.doc.contact, emailVisibility: 'members', phoneVisibility: 'members' } },
  })
  people.hidden = await createAlumnus(payload, { status: 'approved', hiddenFromDirectory: true })
  people.pending = await createAlumnus(payload, { status: 'pending' })
  people.rejected = await createAlumnus(payload, { status: 'rejected' })
  people.suspended = await createAlumnus(payload, { status: 'suspended' })
  editor = await createStaff(payload, 'editor')
})

const everyone = () => Object.values(people)
const ours = () => ({ id: { in: everyone().map((person) => person.doc.id) } })
const ids = (docs: { id: unknown }[]) => docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
const idsOf = (...accounts: Account<Alumnus>[]) => ids(accounts.map((account) => account.doc))

/**
 * The private values of an account: none may appear in what someone else receives. Contact
 * details are private unless the owner shares them with members (`people.sharing` does).
 */
const secretsOf = (person: Account<Alumnus>) => [
  person.email,
  person.doc.verification!.employeeNumber!,
  person.doc.verification!.lastDepartment!,
  person.doc.verification!.note!,
  person.doc.reviewMessage!,
  ...(person === people.sharing ? [] : [person.doc.contact!.email!, person.doc.contact!.phone!]),
]
const expectNoSecretsOf = (others: Account<Alumnus>[], response: unknown) => {
  const text = JSON.stringify(response)
  for (const other of others) for (const secret of secretsOf(other)) expect(text).not.toContain(secret)
}

const GRAPHQL_LIST = (where: string) =>
  `{ Alumni(where: ${where}, limit: 100) { docs { id name email verification { employeeNumber lastDepartment note } } } }`
const GRAPHQL_ONE = (id: number) =>
  `{ Alumnus(id: ${id}) { id name email verification { employeeNumber lastDepartment note } } }`
const graphqlWhere = () => `{ OR: [${everyone().map((person) => `{ id: { equals: ${person.doc.id} } }`).join(', ')}] }`

describe('visitors', () => {
  const who: () => Viewer = visitor

  it('Local API: reading alumni is forbidden', async () => {
    await expect(
      payload.find({ collection: 'alumni', where: ours(), overrideAccess: false, user: null }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.findByID({ collection: 'alumni', id: people.approved.doc.id, overrideAccess: false, user: null }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
  })

  it('REST: /api/alumni, /api/alumni/:id and /api/alumni/count answer 403 without data', async () => {
    const list = await who().api.get('/alumni', { where: ours() })
    expect(list.status).toBe(403)
    const one = await who().api.get(`/alumni/${people.approved.doc.id}`)
    expect(one.status).toBeOneOf([403, 404])
    const count = await who().api.get('/alumni/count')
    expect(count.status).toBe(403)
    for (const res of [list, one, count]) expectNoSecretsOf(everyone(), res.body)
    expect(JSON.stringify([list.body, one.body])).not.toContain(people.approved.doc.name)
  })

  it('GraphQL: Alumni and Alumnus return errors and no people', async () => {
    const list = await who().api.graphql(GRAPHQL_LIST(graphqlWhere()))
    expect(list.errors?.length).toBeGreaterThan(0)
    expect(list.data?.Alumni ?? null).toBeNull()
    const one = await who().api.graphql(GRAPHQL_ONE(people.approved.doc.id))
    expect(one.data?.Alumnus ?? null).toBeNull()
    expectNoSecretsOf(everyone(), [list, one])
    expect(JSON.stringify([list, one])).not.toContain(people.approved.doc.name)
  })
})

describe.each(['pending', 'rejected', 'suspended'] as const)('a %s alumnus', (status) => {
  const self = () => people[status]
  const others = () => everyone().filter((person) => person !== self())

  it('Local API: finds only their own account, with their own email and verification', async () => {
    const { docs } = await payload.find({ collection: 'alumni', where: ours(), overrideAccess: false, user: self().user })
    expect(ids(docs)).toEqual(idsOf(self()))
    expect(docs[0]).toMatchObject({ email: self().email, verification: self().doc.verification })
    for (const other of others()) {
      await expect(
        payload.findByID({ collection: 'alumni', id: other.doc.id, overrideAccess: false, user: self().user }),
      ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    }
  })

  it('REST: lists only their own account; anyone else by id is 403/404', async () => {
    const list = await self().api.get('/alumni', { where: ours() })
    expect(list.status).toBe(200)
    expect(ids(list.body.docs!)).toEqual(idsOf(self()))
    expect(list.body.docs![0]).toMatchObject({ email: self().email, verification: self().doc.verification })
    const count = await self().api.get('/alumni/count', { where: ours() })
    expect(count.body.totalDocs).toBe(1)
    for (const other of others()) {
      const res = await self().api.get(`/alumni/${other.doc.id}`)
      expect(res.status).toBeOneOf([403, 404])
      expectNoSecretsOf(others(), res.body)
    }
    expectNoSecretsOf(others(), list.body)
  })

  it('GraphQL: Alumni lists only their own account; anyone else by id is null', async () => {
    const list = await self().api.graphql(GRAPHQL_LIST(graphqlWhere()))
    expect(list.errors).toBeUndefined()
    const docs = (list.data!.Alumni as { docs: { id: number; email: string }[] }).docs
    expect(ids(docs)).toEqual(idsOf(self()))
    expect(docs[0].email).toBe(self().email)
    for (const other of others()) {
      const one = await self().api.graphql(GRAPHQL_ONE(other.doc.id))
      expect(one.data?.Alumnus ?? null).toBeNull()
      expectNoSecretsOf(others(), one)
    }
    expectNoSecretsOf(others(), list)
  })
})

describe('an approved alumnus', () => {
  const self = () => people.approved
  const listed = () => [people.approved, people.colleague, people.sharing]
  const unlisted = () => [people.hidden, people.pending, people.rejected, people.suspended]
  const others = () => everyone().filter((person) => person !== self())

  it('Local API: finds approved, listed alumni and never hidden, pending, rejected or suspended ones', async () => {
    const { docs } = await payload.find({ collection: 'alumni', where: ours(), overrideAccess: false, user: self().user })
    expect(ids(docs)).toEqual(idsOf(...listed()))
    for (const person of unlisted()) {
      await expect(
        payload.findByID({ collection: 'alumni', id: person.doc.id, overrideAccess: false, user: self().user }),
      ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    }
  })

  it("Local API: reads a colleague's profile without their email or verification, and their own with both", async () => {
    const colleague = await payload.findByID({
      collection: 'alumni',
      id: people.colleague.doc.id,
      overrideAccess: false,
      user: self().user,
    })
    expect(colleague).toMatchObject({ name: people.colleague.doc.name, currentOrganization: people.colleague.doc.currentOrganization })
    expect(colleague.email).toBeUndefined()
    expect(colleague.verification).toBeUndefined()
    expectNoSecretsOf(others(), colleague)

    const own = await payload.findByID({ collection: 'alumni', id: self().doc.id, overrideAccess: false, user: self().user })
    expect(own).toMatchObject({ email: self().email, verification: self().doc.verification, contact: self().doc.contact })
  })

  it("sees a colleague's contact details only when that colleague shares them with members", async () => {
    for (const [person, shared] of [
      [people.colleague, false],
      [people.sharing, true],
    ] as const) {
      const rest = await self().api.get(`/alumni/${person.doc.id}`)
      const gql = await self().api.graphql(`{ Alumnus(id: ${person.doc.id}) { contact { email phone } } }`)
      const local = await payload.findByID({ collection: 'alumni', id: person.doc.id, overrideAccess: false, user: self().user })
      const expected = shared ? { email: person.doc.contact!.email, phone: person.doc.contact!.phone } : {}
      expect((rest.body.contact as object | undefined) ?? {}).toMatchObject(expected)
      expect(JSON.stringify(rest.body).includes(person.doc.contact!.phone!)).toBe(shared)
      expect(JSON.stringify(gql).includes(person.doc.contact!.phone!)).toBe(shared)
      expect(JSON.stringify(local).includes(person.doc.contact!.phone!)).toBe(shared)
    }
  })

  it('reads nobody\'s staff review note, not even their own', async () => {
    const own = await self().api.get(`/alumni/${self().doc.id}`)
    expect(own.status).toBe(200)
    expect(own.body).not.toHaveProperty('reviewMessage')
    const gql = await self().api.graphql(`{ Alumnus(id: ${self().doc.id}) { reviewMessage } }`)
    expect(JSON.stringify(gql)).not.toContain(self().doc.reviewMessage!)
  })

  it('REST: GET /api/alumni lists approved, listed alumni without anyone else’s email or verification', async () => {
    const list = await self().api.get('/alumni', { where: ours(), limit: 100 })
    expect(list.status).toBe(200)
    expect(ids(list.body.docs!)).toEqual(idsOf(...listed()))
    const colleague = list.body.docs!.find((doc) => doc.id === people.colleague.doc.id)!
    expect(colleague.name).toBe(people.colleague.doc.name)
    expect(colleague).not.toHaveProperty('email')
    expect(colleague).not.toHaveProperty('verification')
    const own = list.body.docs!.find((doc) => doc.id === self().doc.id)!
    expect(own).toMatchObject({ email: self().email, verification: self().doc.verification })
    expectNoSecretsOf(others(), list.body)

    const count = await self().api.get('/alumni/count', { where: ours() })
    expect(count.body.totalDocs).toBe(listed().length)
  })

  it('REST: GET /api/alumni/:id shows a colleague without private fields and refuses unlisted people', async () => {
    const colleague = await self().api.get(`/alumni/${people.colleague.doc.id}`)
    expect(colleague.status).toBe(200)
    expect(colleague.body.name).toBe(people.colleague.doc.name)
    expect(colleague.body).not.toHaveProperty('email')
    expect(colleague.body).not.toHaveProperty('verification')
    expectNoSecretsOf(others(), colleague.body)

    for (const person of unlisted()) {
      const res = await self().api.get(`/alumni/${person.doc.id}`)
      expect(res.status).toBeOneOf([403, 404])
      expect(JSON.stringify(res.body)).not.toContain(person.doc.name)
      expectNoSecretsOf(others(), res.body)
    }

    const own = await self().api.get(`/alumni/${self().doc.id}`)
    expect(own.body).toMatchObject({ email: self().email, verification: self().doc.verification })
  })

  it('GraphQL: Alumni { docs { email verification { employeeNumber } } } reveals only their own', async () => {
    const list = await self().api.graphql(GRAPHQL_LIST(graphqlWhere()))
    const docs = (list.data?.Alumni as { docs: { id: number; email: string | null }[] } | null)?.docs ?? []
    expect(ids(docs)).toEqual(idsOf(...listed()))
    const own = docs.find((doc) => doc.id === self().doc.id)
    expect(own).toMatchObject({ email: self().email, verification: { employeeNumber: self().doc.verification!.employeeNumber } })
    expectNoSecretsOf(others(), list)

    const colleague = await self().api.graphql(GRAPHQL_ONE(people.colleague.doc.id))
    expect(colleague.data?.Alumnus).toMatchObject({ name: people.colleague.doc.name })
    expectNoSecretsOf(others(), colleague)
    for (const person of unlisted()) {
      const res = await self().api.graphql(GRAPHQL_ONE(person.doc.id))
      expect(res.data?.Alumnus ?? null).toBeNull()
      expectNoSecretsOf(others(), res)
    }
  })

  it("cannot use another person's email or employee number as a search filter to confirm it", async () => {
    const target = people.colleague
    const filters: Where[] = [
      { email: { equals: target.email } },
      { 'verification.employeeNumber': { equals: target.doc.verification!.employeeNumber } },
      { 'verification.lastDepartment': { like: target.doc.verification!.lastDepartment } },
    ]
    for (const filter of filters) {
      const rest = await self().api.get('/alumni', { where: { and: [ours(), filter] } })
      // Either the filter is refused, or it matches nobody: it never confirms the value.
      if (rest.status === 200) expect(rest.body.docs!.map((doc) => doc.id)).not.toContain(target.doc.id)
      else expect(rest.status).toBeOneOf([400, 403])

      const local = await payload
        .find({ collection: 'alumni', where: { and: [ours(), filter] }, overrideAccess: false, user: self().user })
        .then(
          ({ docs }) => docs.map((doc) => doc.id),
          () => [],
        )
      expect(local).not.toContain(target.doc.id)
    }
    const gql = await self().api.graphql(
      `{ Alumni(where: { email: { equals: ${JSON.stringify(target.email)} } }) { docs { id } } }`,
    )
    const found = (gql.data?.Alumni as { docs: { id: number }[] } | null)?.docs ?? []
    expect(found.map((doc) => doc.id)).not.toContain(target.doc.id)
  })
})

describe('staff', () => {
  it('read every alumnus with email and verification (REST, GraphQL, Local API)', async () => {
    const list = await editor.api.get('/alumni', { where: ours(), limit: 100 })
    expect(ids(list.body.docs!)).toEqual(idsOf(...everyone()))
    for (const person of everyone()) {
      const doc = list.body.docs!.find((d) => d.id === person.doc.id)!
      expect(doc).toMatchObject({ email: person.email, verification: person.doc.verification })
    }
    const gql = await editor.api.graphql(GRAPHQL_LIST(graphqlWhere()))
    expect(gql.errors).toBeUndefined()
    expect(JSON.stringify(gql)).toContain(people.suspended.doc.verification!.employeeNumber!)
    const local = await payload.find({ collection: 'alumni', where: ours(), overrideAccess: false, user: editor.user })
    expect(ids(local.docs)).toEqual(idsOf(...everyone()))
  })
})

describe('the roster, account deletions and membership settings', () => {
  it('are staff-only: visitors and alumni of any status read none of them (REST, GraphQL, Local API)', async () => {
    const entry = await payload.create({
      collection: 'roster',
      data: { name: 'Former Employee', employeeNumber: `R-${people.approved.doc.id}-${Date.now()}`, joinedYear: 2001 },
    })
    for (const who of [visitor(), people.pending, people.approved]) {
      for (const path of ['/roster', `/roster/${entry.id}`, '/account-deletions', '/globals/membership'] as const) {
        const res = await who.api.get(path)
        expect(res.status, `${who.name} GET ${path}`).toBeOneOf([403, 404])
        expect(JSON.stringify(res.body)).not.toContain(entry.employeeNumber)
      }
      const gql = await who.api.graphql('{ Rosters { docs { employeeNumber } } }')
      expect(JSON.stringify(gql)).not.toContain(entry.employeeNumber)
      expect(gql.errors?.length, who.name).toBeGreaterThan(0)
      await expect(
        payload.find({ collection: 'roster', overrideAccess: false, user: who.user }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const staff = await editor.api.get(`/roster/${entry.id}`)
    expect(staff.body.employeeNumber).toBe(entry.employeeNumber)
  })
})
