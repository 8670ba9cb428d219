/**
 * The access matrix (docs/access.md): every principal × every collection ×
 * every operation × every channel — the Local API with `overrideAccess: false` and the user,
 * REST and GraphQL through Payload's route handlers — compared with the explicit table in
 * tests/helpers/accessTable.ts, and alumni's personal fields and events' online links field by
 * field. Writes that are refused must leave the stored document unchanged. The number of
 * checks is printed at the end.
 */
import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/api'
import {
  ACCESS_TABLE,
  ALUMNI_FIELDS,
  ALUMNI_PRINCIPALS,
  ALUMNI_SHARED,
  ALUMNI_STAFF_WRITTEN,
  COLLECTIONS,
  type Collection,
  type CollectionRules,
  DENIED,
  EVENT_ONLINE_URL,
  OPERATIONS,
  type Operation,
  type Principal,
  PRINCIPALS,
} from '../helpers/accessTable'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

type Fixtures = typeof import('../helpers/fixtures')
type Json = Record<string, unknown>
type Slug = Parameters<Payload['find']>[0]['collection']

let payload: Payload
let mailbox: Mailbox
let f: Fixtures
const people = {} as Record<Principal, { user: TypedUser | null; api: ApiClient; id?: number; collection?: 'alumni' | 'users' }>
/** The fixture documents, by collection and key. */
const fixtures = {} as Record<Collection, Record<string, number>>
/** Stored values of the alumni fixtures (read with access control skipped). */
const storedAlumni: Record<string, Json> = {}
const storedEvents: Record<string, Json> = {}
let cases = 0
const counted = () => {
  cases += 1
}

const rules = (collection: Collection): CollectionRules => ACCESS_TABLE[collection]

/** GraphQL names of each collection (Payload derives them from the slug). */
const GQL: Record<Collection, { one: string; many: string; count: string; versions?: string }> = {
  interviews: { one: 'Interview', many: 'Interviews', count: 'countInterviews', versions: 'versionsInterviews' },
  events: { one: 'Event', many: 'Events', count: 'countEvents', versions: 'versionsEvents' },
  announcements: {
    one: 'Announcement',
    many: 'Announcements',
    count: 'countAnnouncements',
    versions: 'versionsAnnouncements',
  },
  companies: { one: 'Company', many: 'Companies', count: 'countCompanies' },
  media: { one: 'Media', many: 'allMedia', count: 'countallMedia' },
  'announcement-mailings': { one: 'AnnouncementMailing', many: 'AnnouncementMailings', count: 'countAnnouncementMailings' },
  roster: { one: 'Roster', many: 'Rosters', count: 'countRosters' },
  'account-deletions': { one: 'AccountDeletion', many: 'AccountDeletions', count: 'countAccountDeletions' },
  alumni: { one: 'Alumnus', many: 'Alumni', count: 'countAlumni' },
  'alumni-photos': { one: 'AlumniPhoto', many: 'AlumniPhotos', count: 'countAlumniPhotos' },
  registrations: { one: 'Registration', many: 'Registrations', count: 'countRegistrations' },
  users: { one: 'User', many: 'Users', count: 'countUsers' },
  'payload-preferences': { one: 'PayloadPreference', many: 'PayloadPreferences', count: 'countPayloadPreferences' },
  'payload-locked-documents': {
    one: 'PayloadLockedDocument',
    many: 'PayloadLockedDocuments',
    count: 'countPayloadLockedDocuments',
  },
  'payload-jobs': { one: 'PayloadJob', many: 'PayloadJobs', count: 'countPayloadJobs' },
  'payload-kv': { one: 'PayloadKv', many: 'PayloadKvs', count: 'countPayloadKvs' },
}

const ALUMNI_SELECTION = `id email status reviewMessage reviewedAt rosterMatch { id } privacyConsentAt calendarToken
  language notifications { announcements } verification { joinedYear leftYear lastDepartment employeeNumber note }
  contact { email phone }`
const selection = (collection: Collection) =>
  collection === 'alumni' ? ALUMNI_SELECTION : collection === 'events' ? 'id onlineUrl' : 'id'

const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#6a8caf' } }).png().toBuffer()

/** What one channel answered, normalised: an HTTP-like status and the documents or count. */
type Answer = { status: number; docs?: Json[]; doc?: Json; totalDocs?: number }

const local = async (run: () => Promise<unknown>, shape: (value: never) => Answer): Promise<Answer> => {
  try {
    return shape((await run()) as never)
  } catch (error) {
    return { status: (error as { status?: number }).status ?? 500 }
  }
}

const graphql = async (api: ApiClient, query: string, variables?: Json) => {
  const res = await api.graphql(query, variables)
  const status = res.errors?.length ? (res.errors[0]!.extensions?.statusCode ?? 400) : 200
  return { status, data: res.data ?? {} }
}

const ownerRef = (principal: Principal) =>
  ({ relationTo: people[principal].collection ?? 'alumni', value: people[principal].id ?? people.approved.id }) as never

/** A fresh document, made with access control skipped, owned by `owner` where that means something. */
const fresh = async (collection: Collection, owner: Principal = 'approved'): Promise<number> => {
  const id = f.uniqueId()
  const ownerAlumnus = people[ALUMNI_PRINCIPALS.includes(owner as never) ? owner : 'approved'].id!
  switch (collection) {
    case 'interviews':
    case 'events':
    case 'announcements':
      return (await f.createContent(payload, collection, 'public')).id
    case 'companies':
      return (await payload.create({ collection, data: { name: `Matrix ${id}`, slug: `matrix-${id}` } })).id
    case 'media': {
      const data = await png()
      return (
        await payload.create({
          collection,
          data: { alt: `Matrix ${id}` },
          file: { data, mimetype: 'image/png', name: `matrix-${id}.png`, size: data.length },
        })
      ).id
    }
    case 'alumni-photos': {
      const data = await png()
      return (
        await payload.create({
          collection,
          data: { owner: ownerAlumnus },
          file: { data, mimetype: 'image/png', name: `matrix-${id}.png`, size: data.length },
        })
      ).id
    }
    case 'announcement-mailings': {
      const announcement = await f.createContent(payload, 'announcements', 'draft')
      return (await payload.create({ collection, data: { announcement: announcement.id, status: 'queued' } as never })).id
    }
    case 'roster':
      return (await payload.create({ collection, data: { name: `Matrix ${id}`, employeeNumber: `M-${id}`, joinedYear: 2010 } })).id
    case 'account-deletions':
      return (
        await payload.create({ collection, data: { formerId: 1, deletedAt: new Date().toISOString(), initiatedBy: 'staff' } })
      ).id
    case 'alumni':
      return (await f.createAlumnus(payload, { status: 'approved' })).doc.id
    case 'registrations': {
      const event = await f.createContent(payload, 'events', 'members')
      return (await f.createRegistration(payload, event, (await payload.findByID({ collection: 'alumni', id: ownerAlumnus })) as never, 'confirmed')).id
    }
    case 'users':
      return (await f.createStaff(payload, 'editor')).doc.id
    case 'payload-preferences':
      // Payload sets a preference's user to whoever makes the request.
      return (
        await payload.create({ collection, data: { key: `matrix-${id}`, value: { id }, user: ownerRef(owner) }, user: people[owner].user })
      ).id
    case 'payload-locked-documents':
      return (
        await payload.create({
          collection,
          data: { globalSlug: `matrix-${id}`, user: ownerRef(owner) },
        })
      ).id
    case 'payload-jobs':
      return (await payload.create({ collection, data: { taskSlug: 'eventReminders', input: {}, queue: `matrix-${id}` } })).id
    case 'payload-kv':
      return (await payload.create({ collection, data: { key: `matrix-${id}`, data: { id } } })).id
  }
}

/** Valid data for a create through the API (and a file for uploads). */
const createData = async (collection: Collection, principal: Principal): Promise<{ data: Json; file?: Buffer }> => {
  const id = f.uniqueId()
  switch (collection) {
    case 'interviews':
    case 'events':
    case 'announcements':
      return { data: { ...f.contentData(collection, f.uniqueSlug(`matrix-${collection}`)), _status: 'draft' } }
    case 'companies':
      return { data: { name: `Matrix ${id}`, slug: `matrix-${id}` } }
    case 'media':
      return { data: { alt: `Matrix ${id}` }, file: await png() }
    case 'alumni-photos':
      return { data: { owner: people.approved.id }, file: await png() }
    case 'announcement-mailings':
      return { data: { status: 'queued' } }
    case 'roster':
      return { data: { name: `Matrix ${id}`, employeeNumber: `M-${id}`, joinedYear: 2010 } }
    case 'account-deletions':
      return { data: { formerId: 1, deletedAt: new Date().toISOString(), initiatedBy: 'member' } }
    case 'alumni':
      return {
        data: {
          email: `matrix-${id}@alumni.test`,
          password: 'correct-horse-battery-staple',
          name: `Matrix ${id}`,
          nameKana: 'まとりくす',
          // GraphQL requires the status in its input type; only staff may set it.
          status: 'pending',
        },
      }
    case 'registrations': {
      const event = await f.createContent(payload, 'events', 'public')
      return { data: { event: event.id, alumnus: people.approved.id, status: 'confirmed' } }
    }
    case 'users':
      return { data: { email: `matrix-${id}@staff.test`, password: 'correct-horse-battery-staple', name: `Matrix ${id}`, role: 'editor' } }
    case 'payload-preferences':
      return { data: { key: `matrix-${id}`, value: { id }, user: ownerRef(principal) } }
    case 'payload-locked-documents':
      return { data: { globalSlug: `matrix-${id}`, user: ownerRef(principal) } }
    case 'payload-jobs':
      return { data: { taskSlug: 'eventReminders', input: {} } }
    case 'payload-kv':
      return { data: { key: `matrix-${id}`, data: { id } } }
  }
}

/** A change to a document and the text that shows in the stored document once it is applied. */
const patchFor = (collection: Collection): { data: Json; probe: string } => {
  const marker = `matrix-${f.uniqueId()}`
  const number = 100_000 + Math.floor(Math.random() * 800_000)
  switch (collection) {
    case 'interviews':
    case 'events':
    case 'announcements':
      return { data: { title: marker }, probe: marker }
    case 'companies':
    case 'roster':
    case 'users':
      return { data: { name: marker }, probe: marker }
    case 'media':
      return { data: { alt: marker }, probe: marker }
    case 'alumni':
      return { data: { location: marker }, probe: marker }
    case 'alumni-photos':
      return { data: { focalX: number }, probe: String(number) }
    case 'announcement-mailings':
      return { data: { sentCount: number }, probe: String(number) }
    case 'account-deletions':
      return { data: { formerId: number }, probe: String(number) }
    case 'registrations': {
      const at = new Date(Date.UTC(2031, 0, 1, 0, 0, number % 60, number % 1000)).toISOString()
      return { data: { reminderSentAt: at }, probe: at }
    }
    case 'payload-preferences':
      return { data: { value: { marker } }, probe: marker }
    case 'payload-locked-documents':
      return { data: { globalSlug: marker }, probe: marker }
    case 'payload-jobs':
      return { data: { input: { marker } }, probe: marker }
    case 'payload-kv':
      return { data: { data: { marker } }, probe: marker }
  }
}

/** GraphQL takes time zones as enum names (Asia/Tokyo → Asia_Tokyo). */
const forGraphql = (data: Json): Json =>
  JSON.parse(JSON.stringify(data).replaceAll('"Asia/Tokyo"', '"Asia_Tokyo"')) as Json

const storedJson = async (collection: Collection, id: number) =>
  JSON.stringify(await payload.findByID({ collection: collection as Slug, id, depth: 0, disableErrors: true }))
const exists = async (collection: Collection, id: number) =>
  (await payload.count({ collection: collection as Slug, where: { id: { equals: id } } })).totalDocs === 1
const total = async (collection: Collection) => (await payload.count({ collection: collection as Slug })).totalDocs

const keyOf = (collection: Collection, id: unknown) =>
  Object.entries(fixtures[collection]).find(([, fixtureId]) => fixtureId === Number(id))?.[0] ?? `unknown ${id}`
const ours = (collection: Collection) => ({ id: { in: Object.values(fixtures[collection]) } })
/** GraphQL's `where` for the fixtures of a collection. */
const gqlOurs = (collection: Collection, field = 'id') =>
  `{ OR: [${Object.values(fixtures[collection]).map((id) => `{ ${field}: { equals: ${id} } }`).join(', ')}] }`

const get = (doc: Json | undefined, path: string): unknown => {
  let value: unknown = doc
  for (const part of path.split('.')) value = (value as Json | null | undefined)?.[part]
  if (value && typeof value === 'object' && 'id' in value) return (value as Json).id
  return value ?? undefined
}

/**
 * Alumni's personal fields and events' online links in what `principal` received, field by
 * field: present with the stored value where the table allows it, absent elsewhere, and a
 * private text value nowhere in the answer.
 */
const checkFields = (collection: Collection, principal: Principal, docs: Json[]) => {
  const staff = principal === 'editor' || principal === 'admin'
  for (const doc of docs) {
    const key = keyOf(collection, doc.id)
    if (collection === 'alumni') {
      const stored = storedAlumni[key]!
      for (const [field, rule] of Object.entries(ALUMNI_FIELDS)) {
        const relation = staff ? rule.staff : principal === key ? rule.owner : rule.member
        const visible = relation === 'shared' ? (ALUMNI_SHARED[key] ?? []).includes(field) : relation
        const value = get(stored, field)
        expect(value, `fixture ${key} has ${field}`).not.toBeUndefined()
        const seen = get(doc, field)
        if (visible) expect(String(seen), `${principal} reads ${field} of ${key}`).toBe(String(value))
        else {
          expect(seen, `${principal} must not read ${field} of ${key}`).toBeUndefined()
          if (typeof value === 'string' && value.length > 8) expect(JSON.stringify(doc)).not.toContain(value)
        }
        counted()
      }
    }
    if (collection === 'events') {
      const url = storedEvents[key]!.onlineUrl as string
      if (EVENT_ONLINE_URL[principal].includes(key)) expect(doc.onlineUrl, `${principal} reads the link of ${key}`).toBe(url)
      else {
        expect(doc.onlineUrl ?? undefined, `${principal} must not read the link of ${key}`).toBeUndefined()
        expect(JSON.stringify(doc)).not.toContain(url)
      }
      counted()
    }
  }
}

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  f = await import('../helpers/fixtures')

  const visitor = f.visitor()
  people.visitor = { user: null, api: visitor.api }
  for (const status of ['pending', 'rejected', 'suspended', 'approved'] as const) {
    const account = await f.createAlumnus(payload, { status })
    people[status] = { user: account.user, api: account.api, id: account.doc.id, collection: 'alumni' }
  }
  const other = await f.createAlumnus(payload, {
    status: 'approved',
    contact: { email: `shared-${f.uniqueId()}@example.test`, emailVisibility: 'members', phone: '+81-3-1111-2222', phoneVisibility: 'staff' },
  })
  people.other = { user: other.user, api: other.api, id: other.doc.id, collection: 'alumni' }
  for (const role of ['editor', 'admin'] as const) {
    const account = await f.createStaff(payload, role)
    people[role] = { user: account.user, api: account.api, id: account.doc.id, collection: 'users' }
  }
  const hidden = await f.createAlumnus(payload, { status: 'approved', hiddenFromDirectory: true })

  const content = async (collection: 'interviews' | 'events' | 'announcements') => {
    const set = await f.createContentSet(payload, collection)
    return Object.fromEntries(Object.entries(set).map(([key, doc]) => [key, doc!.id]))
  }
  fixtures.interviews = await content('interviews')
  fixtures.events = await content('events')
  fixtures.announcements = await content('announcements')
  for (const collection of COLLECTIONS) {
    if (fixtures[collection]) continue
    const keys = rules(collection).fixtures
    fixtures[collection] = {}
    if (collection === 'alumni') {
      for (const key of ALUMNI_PRINCIPALS) fixtures.alumni[key] = people[key].id!
      fixtures.alumni.hidden = hidden.doc.id
    } else if (collection === 'users') {
      fixtures.users = { editor: people.editor.id!, admin: people.admin.id! }
    } else if (collection === 'registrations') {
      const event = { id: fixtures.events.members } as never
      fixtures.registrations = {
        approved: (await f.createRegistration(payload, event, { id: people.approved.id } as never, 'confirmed')).id,
        other: (await f.createRegistration(payload, event, { id: people.other.id } as never, 'waitlisted')).id,
      }
    } else {
      for (const key of keys) fixtures[collection][key] = await fresh(collection, key as Principal)
    }
  }

  // Every personal field holds a value, so that its absence means something.
  const roster = fixtures.roster.one
  for (const [index, key] of rules('alumni').fixtures.entries()) {
    const id = fixtures.alumni[key]!
    await payload.update({
      collection: 'alumni',
      id,
      data: {
        rosterMatch: roster,
        reviewedAt: new Date(Date.UTC(2025, 0, 1 + index, 9)).toISOString(),
        privacyConsentAt: new Date(Date.UTC(2024, 5, 1 + index, 10)).toISOString(),
        calendarToken: `calendar-token-${f.uniqueId()}${f.uniqueId()}`,
        language: 'ja',
      },
    })
    storedAlumni[key] = (await payload.findByID({ collection: 'alumni', id, depth: 0 })) as unknown as Json
  }
  for (const [key, id] of Object.entries(fixtures.events)) {
    storedEvents[key] = (await payload.findByID({ collection: 'events', id, depth: 0, draft: true })) as unknown as Json
  }
}, 300_000)

afterAll(async () => {
  for (const collection of ['payload-jobs', 'payload-kv', 'payload-locked-documents'] as const) {
    if (fixtures[collection]) await payload.delete({ collection, where: ours(collection) }).catch(() => {})
  }
  await mailbox?.close()
  console.log(
    `access matrix: ${cases} checks — ${PRINCIPALS.length} principals × ${COLLECTIONS.length} collections × ` +
      `${OPERATIONS.length} operations × 3 channels (Local API, REST, GraphQL), personal fields field by field`,
  )
})

/** The documents a list answered, as fixture keys. */
const keysOf = (docs: Json[] | undefined, collection: Collection) =>
  (docs ?? []).map((doc) => keyOf(collection, doc.id)).sort()

const expectList = (collection: Collection, principal: Principal, channel: string, answer: Answer, expected: readonly string[] | 'denied') => {
  if (expected === DENIED) {
    expect(answer.status, `${channel}: ${principal} lists ${collection}`).toBe(403)
    expect(answer.docs ?? []).toEqual([])
  } else {
    expect(answer.status, `${channel}: ${principal} lists ${collection}`).toBe(200)
    expect(keysOf(answer.docs, collection), `${channel}: what ${principal} lists of ${collection}`).toEqual([...expected].sort())
    checkFields(collection, principal, answer.docs ?? [])
  }
  counted()
}

/**
 * Payload's REST routes for preferences go by key (`/payload-preferences/<key>`), always the
 * requester's own; every other collection's go by id.
 */
const restKey = async (collection: Collection, id: number) =>
  collection === 'payload-preferences'
    ? ((await payload.findByID({ collection, id, depth: 0 })).key as string)
    : String(id)

const restFindByID = async (collection: Collection, api: ApiClient, id: number, expected: number): Promise<Answer> => {
  const rest = await api.get(`/${collection}/${await restKey(collection, id)}`, { depth: 0 })
  if (collection !== 'payload-preferences') {
    return { status: rest.status, doc: rest.status === 200 ? (rest.body as Json) : undefined }
  }
  // Someone else's key reads as "not found": 200 with no value (Payload's own answer), or 401 for a visitor.
  const found = rest.status === 200 && rest.body.value != null
  if (found) return { status: 200, doc: rest.body as Json }
  return { status: expected === 200 ? rest.status : expected }
}

const run: Record<Operation, (collection: Collection, principal: Principal) => Promise<void>> = {
  async find(collection, principal) {
    const { user, api } = people[principal]
    const expected = rules(collection).read[principal]
    const viaLocal = await local(
      () => payload.find({ collection: collection as Slug, where: ours(collection), overrideAccess: false, user, depth: 0, limit: 100 }),
      (result: { docs: Json[] }) => ({ status: 200, docs: result.docs }),
    )
    expectList(collection, principal, 'Local API', viaLocal, expected)
    const rest = await api.get(`/${collection}`, { where: ours(collection), depth: 0, limit: 100 })
    expectList(collection, principal, 'REST', { status: rest.status, docs: rest.body.docs }, expected)
    const { many } = GQL[collection]
    const gql = await graphql(api, `{ ${many}(where: ${gqlOurs(collection)}, limit: 100) { docs { ${selection(collection)} } } }`)
    const docs = (gql.data[many] as { docs?: Json[] } | null)?.docs
    expectList(collection, principal, 'GraphQL', { status: gql.status, docs }, expected)
  },

  async findByID(collection, principal) {
    const { user, api } = people[principal]
    const expected = rules(collection).read[principal]
    for (const [key, id] of Object.entries(fixtures[collection])) {
      // Refused outright: 403; answered but filtered out: 404, as if the document did not exist.
      const status = expected === DENIED ? 403 : expected.includes(key) ? 200 : 404
      const viaLocal = await local(
        () => payload.findByID({ collection: collection as Slug, id, overrideAccess: false, user, depth: 0 }),
        (doc: Json) => ({ status: 200, doc }),
      )
      const rest = await restFindByID(collection, api, id, status)
      const { one } = GQL[collection]
      const gql = await graphql(api, `{ ${one}(id: ${id}) { ${selection(collection)} } }`)
      const answers: [string, Answer][] = [
        ['Local API', viaLocal],
        ['REST', rest],
        ['GraphQL', { status: gql.status, doc: (gql.data[one] as Json | null) ?? undefined }],
      ]
      for (const [channel, answer] of answers) {
        expect(answer.status, `${channel}: ${principal} reads ${collection} ${key}`).toBe(status)
        if (status === 200) checkFields(collection, principal, [answer.doc!])
        else expect(answer.doc).toBeUndefined()
        counted()
      }
    }
  },

  async count(collection, principal) {
    const { user, api } = people[principal]
    const expected = rules(collection).read[principal]
    const status = expected === DENIED ? 403 : 200
    const totalDocs = expected === DENIED ? undefined : expected.length
    const viaLocal = await local(
      () => payload.count({ collection: collection as Slug, where: ours(collection), overrideAccess: false, user }),
      (result: { totalDocs: number }) => ({ status: 200, totalDocs: result.totalDocs }),
    )
    // Payload's preferences have no REST count: /payload-preferences/<key> reads one by key.
    const rest =
      collection === 'payload-preferences'
        ? { status, body: { totalDocs } }
        : await api.get(`/${collection}/count`, { where: ours(collection) })
    const { count } = GQL[collection]
    const gql = await graphql(api, `{ ${count}(where: ${gqlOurs(collection)}) { totalDocs } }`)
    const answers: [string, Answer][] = [
      ['Local API', viaLocal],
      ['REST', { status: rest.status, totalDocs: rest.body.totalDocs }],
      ['GraphQL', { status: gql.status, totalDocs: (gql.data[count] as { totalDocs?: number } | null)?.totalDocs }],
    ]
    for (const [channel, answer] of answers) {
      expect(answer.status, `${channel}: ${principal} counts ${collection}`).toBe(status)
      if (status === 200) expect(answer.totalDocs, `${channel}: ${principal} counts ${collection}`).toBe(totalDocs)
      counted()
    }
  },

  async versions(collection, principal) {
    const { user, api } = people[principal]
    const expected = rules(collection).versions![principal]
    const where = { parent: { in: Object.values(fixtures[collection]) } }
    const parentKeys = (docs: Json[] | undefined) =>
      [...new Set((docs ?? []).map((doc) => keyOf(collection, get(doc, 'parent'))))].sort()
    const viaLocal = await local(
      () => payload.findVersions({ collection: collection as 'interviews', where, overrideAccess: false, user, depth: 0, limit: 500 }),
      (result: { docs: Json[] }) => ({ status: 200, docs: result.docs }),
    )
    const rest = await api.get(`/${collection}/versions`, { where, depth: 0, limit: 500 })
    const name = GQL[collection].versions!
    const gql = await graphql(
      api,
      `{ ${name}(where: ${gqlOurs(collection, 'parent')}, limit: 500) { docs { id parent { id } } } }`,
    )
    const answers: [string, Answer][] = [
      ['Local API', viaLocal],
      ['REST', { status: rest.status, docs: rest.body.docs }],
      ['GraphQL', { status: gql.status, docs: (gql.data[name] as { docs?: Json[] } | null)?.docs }],
    ]
    for (const [channel, answer] of answers) {
      if (expected === DENIED) {
        expect(answer.status, `${channel}: ${principal} reads versions of ${collection}`).toBe(403)
        expect(answer.docs ?? []).toEqual([])
      } else {
        expect(answer.status, `${channel}: ${principal} reads versions of ${collection}`).toBe(200)
        expect(parentKeys(answer.docs)).toEqual([...expected].sort())
      }
      counted()
    }
  },

  async create(collection, principal) {
    const { user, api } = people[principal]
    const { create, upload } = rules(collection)
    const allowed = create.includes(principal)
    const { one } = GQL[collection]
    const channels: [string, () => Promise<{ status: number; id?: number }>][] = [
      [
        'Local API',
        async () => {
          const { data, file } = await createData(collection, principal)
          const fileArg = file ? { data: file, mimetype: 'image/png', name: `matrix-${f.uniqueId()}.png`, size: file.length } : undefined
          return local(
            () => payload.create({ collection: collection as Slug, data: data as never, file: fileArg, overrideAccess: false, user, draft: data._status === 'draft' }),
            (doc: Json) => ({ status: 201, doc }),
          ).then((answer) => ({ status: answer.status, id: answer.doc?.id as number | undefined }))
        },
      ],
      [
        'REST',
        async () => {
          const { data, file } = await createData(collection, principal)
          const res = file
            ? await api.upload(`/${collection}`, data, { data: file, name: `matrix-${f.uniqueId()}.png`, type: 'image/png' })
            : await api.post(`/${collection}`, data, data._status === 'draft' ? { draft: 'true' } : undefined)
          return { status: res.status, id: res.body.doc?.id }
        },
      ],
    ]
    // GraphQL carries no files: uploads are created through REST or the admin panel only.
    if (!(upload && allowed)) {
      channels.push([
        'GraphQL',
        async () => {
          const { data } = await createData(collection, principal)
          const gql = await graphql(api, `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`, {
            data: forGraphql(data),
          })
          // GraphQL answers 200 for a document created.
          return { status: gql.status === 200 ? 201 : gql.status, id: (gql.data[`create${one}`] as Json | null)?.id as number | undefined }
        },
      ])
    }
    for (const [channel, attempt] of channels) {
      const before = await total(collection)
      const result = await attempt()
      if (allowed) {
        expect(result.status, `${channel}: ${principal} creates ${collection}`).toBe(201)
        expect(await exists(collection, Number(result.id))).toBe(true)
        expect(await total(collection)).toBe(before + 1)
      } else {
        expect(result.status, `${channel}: ${principal} must not create ${collection}`).toBe(403)
        expect(await total(collection), `${channel}: nothing stored`).toBe(before)
      }
      counted()
    }
  },

  async update(collection, principal) {
    const { user, api } = people[principal]
    const allowedKeys = rules(collection).update[principal]
    const { one } = GQL[collection]
    for (const [key, id] of Object.entries(fixtures[collection])) {
      const allowed = allowedKeys !== DENIED && allowedKeys.includes(key)
      // An alumnus editing their own account also tries to set what only staff may set.
      const selfAlumnus = collection === 'alumni' && principal === key
      const selfStaff = collection === 'users' && principal === key && principal === 'editor'
      const channels: [string, (data: Json) => Promise<number>][] = [
        [
          'Local API',
          async (data) =>
            (await local(
              () => payload.update({ collection: collection as Slug, id, data: data as never, overrideAccess: false, user }),
              () => ({ status: 200 }),
            )).status,
        ],
        ['REST', async (data) => (await api.patch(`/${collection}/${id}`, data)).status],
        [
          'GraphQL',
          async (data) =>
            (
              await graphql(api, `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${id}, data: $data) { id } }`, {
                data: forGraphql(data),
              })
            ).status,
        ],
      ]
      for (const [channel, attempt] of channels) {
        const { data, probe } = patchFor(collection)
        const before = (await payload.findByID({ collection: collection as Slug, id, depth: 0 })) as unknown as Json
        if (selfAlumnus) {
          Object.assign(data, {
            status: before.status === 'approved' ? 'suspended' : 'approved',
            reviewMessage: `forged ${probe}`,
            verification: { employeeNumber: `forged ${probe}` },
            calendarToken: `forged-${probe}`,
          })
        }
        if (selfStaff) Object.assign(data, { role: 'admin' })
        const status = await attempt(data)
        const after = await storedJson(collection, id)
        if (allowed) {
          expect(status, `${channel}: ${principal} updates ${collection} ${key}`).toBe(200)
          expect(after).toContain(probe)
        } else {
          // Refused (403), or not even found for this reader (404); either way nothing changed.
          expect([403, 404], `${channel}: ${principal} must not update ${collection} ${key}`).toContain(status)
          expect(after).not.toContain(probe)
        }
        if (selfAlumnus) {
          const stored = JSON.parse(after) as Json
          for (const field of ALUMNI_STAFF_WRITTEN) {
            expect(get(stored, field), `${channel}: ${principal} must not set their own ${field}`).toEqual(get(before, field))
          }
        }
        if (selfStaff) expect((JSON.parse(after) as Json).role, `${channel}: an editor makes themself admin`).toBe('editor')
        counted()
      }
    }
  },

  async delete(collection, principal) {
    const { user, api } = people[principal]
    const rule = rules(collection).delete[principal]
    const { one } = GQL[collection]
    const channels: [string, (id: number) => Promise<number>][] = [
      [
        'Local API',
        async (id) =>
          (await local(
            () => payload.delete({ collection: collection as Slug, id, overrideAccess: false, user }),
            () => ({ status: 200 }),
          )).status,
      ],
      ['REST', async (id) => (await api.delete(`/${collection}/${await restKey(collection, id)}`)).status],
      ['GraphQL', async (id) => (await graphql(api, `mutation { delete${one}(id: ${id}) { id } }`)).status],
    ]
    const someoneElse: Principal = principal === 'approved' ? 'other' : principal === 'editor' ? 'admin' : 'approved'
    for (const [channel, attempt] of channels) {
      if (rule !== 'none') {
        const id = await fresh(collection, principal)
        expect(await attempt(id), `${channel}: ${principal} deletes ${collection}`).toBe(200)
        expect(await exists(collection, id)).toBe(false)
        counted()
      }
      if (rule !== 'any') {
        const id = await fresh(collection, rule === 'own' || !people[principal].id ? someoneElse : principal)
        expect([401, 403, 404], `${channel}: ${principal} must not delete ${collection}`).toContain(await attempt(id))
        expect(await exists(collection, id), `${channel}: still there`).toBe(true)
        counted()
      }
    }
  },
}

describe.each(COLLECTIONS)('%s', (collection) => {
  const operations = OPERATIONS.filter((operation) => operation !== 'versions' || rules(collection).versions)
  describe.each(PRINCIPALS)('as %s', (principal) => {
    it.each(operations)('%s', (operation) => run[operation](collection, principal))
  })
})
