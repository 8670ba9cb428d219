/**
 * Who may see what — alumni accounts and the member directory (docs/access.md, docs/privacy.md,
 * docs/search.md):
 * - Visitors read no alumni at all, and get nothing from the directory.
 * - Pending, rejected and suspended alumni read their own account and nobody else's, and get
 *   nothing from the directory, not even themselves.
 * - An approved alumnus reads other approved alumni who are not hidden from the directory,
 *   never hidden, pending, rejected or suspended ones; the directory lists the same people,
 *   whoever asks (members, staff).
 * - Nobody but the owner and staff reads an alumnus's email, verification answers (employee
 *   number, last department, note), staff review note or contact details the owner did not
 *   share with members, nor can filter by them to guess them — through the Local API
 *   (overrideAccess: false), REST, GraphQL, the directory or its profile page.
 * - The directory's search table is no API of its own.
 */
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import { getDirectoryProfile, searchDirectory } from '../../src/data/directory'
import { parseDirectoryQuery } from '../../src/search/directoryQuery'
import { type Account, createAlumnus, createStaff, uniqueId, visitor, type Viewer } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
/** This file's corner of the directory: one department of its own. */
const department = `アクセス確認部${uniqueId()}`
const people = {} as Record<
  'approved' | 'colleague' | 'sharing' | 'emailOnly' | 'hidden' | 'pending' | 'rejected' | 'suspended',
  Account<Alumnus>
>
const REVIEW_NOTE = `review note ${uniqueId()}`
const STAFF_PHONE = `090-${uniqueId().slice(0, 4)}-0000`

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  const mori = (key: keyof typeof people, status: Alumnus['status'], extra: Partial<Alumnus> = {}) =>
    createAlumnus(payload, { status, name: `森 ${key}`, nameKana: 'もり', departments: [department], ...extra })
  people.approved = await mori('approved', 'approved')
  // Contact details private (the default).
  people.colleague = await mori('colleague', 'approved')
  // Shares email and phone with members.
  const sharing = await mori('sharing', 'approved')
  people.sharing = {
    ...sharing,
    doc: await payload.update({
      collection: 'alumni',
      id: sharing.doc.id,
      data: { contact: { ...sharing.doc.contact, emailVisibility: 'members', phoneVisibility: 'members' } },
    }),
  }
  // Shares the email with members, the phone with staff only; carries a staff review note.
  people.emailOnly = await mori('emailOnly', 'approved', {
    reviewMessage: REVIEW_NOTE,
    contact: { email: `contact-${uniqueId()}@example.test`, emailVisibility: 'members', phone: STAFF_PHONE, phoneVisibility: 'staff' },
  })
  people.hidden = await mori('hidden', 'approved', { hiddenFromDirectory: true })
  people.pending = await mori('pending', 'pending')
  people.rejected = await mori('rejected', 'rejected')
  people.suspended = await mori('suspended', 'suspended')
})

const everyone = () => Object.values(people)
const listed = () => [people.approved, people.colleague, people.sharing, people.emailOnly]
const unlisted = () => [people.hidden, people.pending, people.rejected, people.suspended]
const ours = () => ({ id: { in: everyone().map((person) => person.doc.id) } })
const ids = (docs: { id: unknown }[]) => docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
const idsOf = (...accounts: Account<Alumnus>[]) => ids(accounts.map((account) => account.doc))

/**
 * The private values of an account: none may appear in what someone else receives. Contact
 * details are private unless the owner shares them with members.
 */
const secretsOf = (person: Account<Alumnus>) => {
  const contact = person.doc.contact!
  return [
    person.email,
    person.doc.verification!.employeeNumber!,
    person.doc.verification!.lastDepartment!,
    person.doc.verification!.note!,
    person.doc.reviewMessage!,
    ...(contact.emailVisibility === 'members' ? [] : [contact.email!]),
    ...(contact.phoneVisibility === 'members' ? [] : [contact.phone!]),
  ]
}
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

const directory = (viewer: { user: unknown }, params: Record<string, string> = {}) =>
  searchDirectory(payload, viewer.user as never, parseDirectoryQuery({ department, ...params }))

describe('the directory, for an approved member', () => {
  const self = () => people.approved

  it('finds approved, listed members — never hidden, pending, rejected or suspended ones', async () => {
    for (const params of [{}, { q: '森' }, { q: 'もり' }, { sort: 'newest' }] as Record<string, string>[]) {
      const page = await directory(self(), params)
      expect(ids(page.people), JSON.stringify(params)).toEqual(idsOf(...listed()))
      expect(page.total).toBe(listed().length)
    }
    for (const person of unlisted()) {
      const page = await directory(self(), { q: person.doc.name })
      expect(page.people.map((p) => p.id)).not.toContain(person.doc.id)
    }
  })

  it("sees each result's now — and no email, verification, review or contact detail", async () => {
    const page = await directory(self())
    for (const card of page.people) {
      expect(Object.keys(card).sort()).toEqual(
        expect.arrayContaining(['id', 'name', 'nameKana', 'currentOrganization']),
      )
      for (const key of ['email', 'verification', 'contact', 'notifications', 'reviewMessage', 'reviewedAt', 'rosterMatch', 'privacyConsentAt']) {
        expect(card, key).not.toHaveProperty(key)
      }
    }
    // Not even the reader's own email: the directory shows everyone the same way.
    expectNoSecretsOf(everyone(), page)
  })

  it("opens a colleague's profile with what members may see: contact only where the colleague chose members", async () => {
    const profile = await getDirectoryProfile(payload, self().user as never, people.emailOnly.doc.id)
    expect(profile).toMatchObject({ id: people.emailOnly.doc.id, name: people.emailOnly.doc.name })
    expect(profile!.contact?.email).toBe(people.emailOnly.doc.contact!.email)
    expect(profile!.contact?.phone ?? null).toBeNull()
    for (const key of ['email', 'verification', 'notifications', 'reviewMessage', 'reviewedAt']) expect(profile, key).not.toHaveProperty(key)
    expectNoSecretsOf(everyone(), profile)
  })

  it('gets no profile of an unlisted person, an unknown id or a malformed one', async () => {
    for (const person of unlisted()) expect(await getDirectoryProfile(payload, self().user as never, person.doc.id)).toBeNull()
    for (const id of [2 ** 31 - 1, 0, -1, 1.5, Number.NaN]) expect(await getDirectoryProfile(payload, self().user as never, id)).toBeNull()
  })
})

describe.each(['pending', 'rejected', 'suspended'] as const)('the directory, for a %s account', (status) => {
  it('gets nothing from the directory, not even itself, and no profiles', async () => {
    const self = people[status]
    for (const params of [{}, { q: '森' }] as Record<string, string>[]) {
      const page = await directory(self, params)
      expect(page).toMatchObject({ total: 0, people: [] })
    }
    for (const person of everyone()) expect(await getDirectoryProfile(payload, self.user as never, person.doc.id)).toBeNull()
  })
})

describe('the directory, for a visitor', () => {
  it('gets nothing from the directory and no profiles', async () => {
    expect(await directory(visitor())).toMatchObject({ total: 0, people: [] })
    expect(await getDirectoryProfile(payload, null, people.emailOnly.doc.id)).toBeNull()
  })
})

describe('the directory, for staff', () => {
  it('see the directory as members do: listed people only, no private fields', async () => {
    const page = await directory(editor)
    expect(ids(page.people)).toEqual(idsOf(...listed()))
    expectNoSecretsOf(everyone(), page)
  })
})

describe('REST and GraphQL searches for the same people', () => {
  const where = { departments: { in: [department] } }
  const graphql = `{ Alumni(where: { departments: { in: [${JSON.stringify(department)}] } }, limit: 50) {
    docs { id name email reviewMessage verification { employeeNumber lastDepartment note } contact { email phone } } } }`

  it('an approved member: listed people only, without anyone else’s private fields', async () => {
    const self = people.approved
    const rest = await self.api.get('/alumni', { where, limit: 50 })
    expect(rest.status).toBe(200)
    expect(ids(rest.body.docs!)).toEqual(idsOf(...listed()))
    expectNoSecretsOf(everyone(), rest.body.docs!.filter((doc) => doc.id !== self.doc.id))

    const gql = await self.api.graphql(graphql)
    const docs = (gql.data?.Alumni as { docs: { id: number }[] }).docs
    expect(ids(docs)).toEqual(idsOf(...listed()))
    expectNoSecretsOf(everyone(), docs.filter((doc) => doc.id !== self.doc.id))
  })

  it('a pending account: only itself; a visitor: refused', async () => {
    const rest = await people.pending.api.get('/alumni', { where, limit: 50 })
    expect(ids(rest.body.docs!)).toEqual(idsOf(people.pending))
    expect((await visitor().api.get('/alumni', { where })).status).toBe(403)
    const gql = await visitor().api.graphql(graphql)
    expect(gql.data?.Alumni ?? null).toBeNull()
  })

  it('the directory table is no API: no REST route, no GraphQL type', async () => {
    for (const path of ['/alumni_directory', '/alumni-directory'] as const) {
      const res = await people.approved.api.get(path)
      expect(res.status).toBe(404)
    }
    const gql = await people.approved.api.graphql('{ AlumniDirectory { docs { id } } }')
    expect(gql.errors?.length).toBeGreaterThan(0)
  })
})
