/**
 * Who the directory shows, and what (DESIGN.md, "Who may see what"; issue 3, item 8):
 * - it lists approved members who did not hide themselves — never hidden, pending, rejected or
 *   suspended accounts, whoever asks (members, staff);
 * - pending, rejected and suspended accounts and visitors get nothing from it;
 * - no email, verification answer, review note or staff-only contact detail comes out of it —
 *   not from the directory, its profile page, nor REST or GraphQL searches for the same people;
 * - its search table is no API of its own.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import { getDirectoryProfile, searchDirectory } from '../../src/data/directory'
import { parseDirectoryQuery } from '../../src/search/directoryQuery'
import { type Account, createAlumnus, createStaff, uniqueId, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
const department = `アクセス確認部${uniqueId()}`
const people = {} as Record<'approved' | 'colleague' | 'hidden' | 'pending' | 'rejected' | 'suspended', Account<Alumnus>>
const REVIEW_NOTE = `review note ${uniqueId()}`
const STAFF_PHONE = `090-${uniqueId().slice(0, 4)}-0000`

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  const mori = (status: Alumnus['status'], extra: Partial<Alumnus> = {}) =>
    createAlumnus(payload, { status, name: `森 ${status}`, nameKana: 'もり', departments: [department], ...extra })
  people.approved = await mori('approved')
  people.colleague = await mori('approved', {
    contact: { email: `contact-${uniqueId()}@example.test`, emailVisibility: 'members', phone: STAFF_PHONE, phoneVisibility: 'staff' },
  })
  people.hidden = await mori('approved', { hiddenFromDirectory: true })
  people.pending = await mori('pending')
  people.rejected = await mori('rejected')
  people.suspended = await mori('suspended')
  await payload.update({ collection: 'alumni', id: people.colleague.doc.id, data: { reviewMessage: REVIEW_NOTE } })
})

const listed = () => [people.approved, people.colleague]
const unlisted = () => [people.hidden, people.pending, people.rejected, people.suspended]
const everyone = () => Object.values(people)
const ids = (docs: { id: unknown }[]) => docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
const idsOf = (...accounts: Account<Alumnus>[]) => ids(accounts.map((account) => account.doc))

/** Everything private about a person, none of which a directory reader may receive. */
const secretsOf = (person: Account<Alumnus>) => [
  person.email,
  person.doc.verification!.employeeNumber!,
  person.doc.verification!.lastDepartment!,
  person.doc.verification!.note!,
]
const expectNoSecrets = (response: unknown, except?: Account<Alumnus>) => {
  const text = JSON.stringify(response)
  for (const person of everyone()) {
    if (person === except) continue
    for (const secret of secretsOf(person)) expect(text).not.toContain(secret)
  }
  expect(text).not.toContain(REVIEW_NOTE)
  expect(text).not.toContain(STAFF_PHONE)
}

const directory = (viewer: { user: unknown }, params: Record<string, string> = {}) =>
  searchDirectory(payload, viewer.user as never, parseDirectoryQuery({ department, ...params }))

describe('an approved member', () => {
  const self = () => people.approved

  it('finds approved, listed members — never hidden, pending, rejected or suspended ones', async () => {
    for (const params of [{}, { q: '森' }, { q: 'もり' }, { sort: 'newest' }] as Record<string, string>[]) {
      const page = await directory(self(), params)
      expect(ids(page.people), JSON.stringify(params)).toEqual(idsOf(...listed()))
      expect(page.total).toBe(2)
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
    expectNoSecrets(page)
  })

  it("opens a colleague's profile with what members may see: contact only where the colleague chose members", async () => {
    const profile = await getDirectoryProfile(payload, self().user as never, people.colleague.doc.id)
    expect(profile).toMatchObject({ id: people.colleague.doc.id, name: people.colleague.doc.name })
    expect(profile!.contact?.email).toBe(people.colleague.doc.contact!.email)
    expect(profile!.contact?.phone ?? null).toBeNull()
    for (const key of ['email', 'verification', 'notifications', 'reviewMessage', 'reviewedAt']) expect(profile, key).not.toHaveProperty(key)
    expectNoSecrets(profile)
  })

  it('gets no profile of an unlisted person, an unknown id or a malformed one', async () => {
    for (const person of unlisted()) expect(await getDirectoryProfile(payload, self().user as never, person.doc.id)).toBeNull()
    for (const id of [2 ** 31 - 1, 0, -1, 1.5, Number.NaN]) expect(await getDirectoryProfile(payload, self().user as never, id)).toBeNull()
  })
})

describe.each(['pending', 'rejected', 'suspended'] as const)('a %s account', (status) => {
  it('gets nothing from the directory, not even itself, and no profiles', async () => {
    const self = people[status]
    for (const params of [{}, { q: '森' }] as Record<string, string>[]) {
      const page = await directory(self, params)
      expect(page).toMatchObject({ total: 0, people: [] })
    }
    for (const person of everyone()) expect(await getDirectoryProfile(payload, self.user as never, person.doc.id)).toBeNull()
  })
})

describe('a visitor', () => {
  it('gets nothing from the directory and no profiles', async () => {
    expect(await directory(visitor())).toMatchObject({ total: 0, people: [] })
    expect(await getDirectoryProfile(payload, null, people.colleague.doc.id)).toBeNull()
  })
})

describe('staff', () => {
  it('see the directory as members do: listed people only, no private fields', async () => {
    const page = await directory(editor)
    expect(ids(page.people)).toEqual(idsOf(...listed()))
    expectNoSecrets(page)
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
    expectNoSecrets(rest.body.docs!.filter((doc) => doc.id !== self.doc.id))

    const gql = await self.api.graphql(graphql)
    const docs = (gql.data?.Alumni as { docs: { id: number }[] }).docs
    expect(ids(docs)).toEqual(idsOf(...listed()))
    expectNoSecrets(docs.filter((doc) => doc.id !== self.doc.id))
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
