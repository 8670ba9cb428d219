/**
 * Who may see what — published content (docs/access.md):
 * - Visitors see only published documents whose publish date has passed, and of events and
 *   announcements only those for the public. Drafts, future-dated and members-only documents
 *   never appear: not in lists, counts, by id, with `draft=true`, or through versions.
 * - Pending, rejected and suspended alumni see no more than visitors.
 * - Approved alumni also see members-only documents; staff see everything.
 * Each rule is checked through the Local API (overrideAccess: false), REST and GraphQL.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createAlumnus,
  createContent,
  createContentSet,
  createStaff,
  type PublishableSlug,
  type Viewer,
  type Visibility,
  visitor,
} from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type ContentDoc = { id: number; slug: string; title: string }

const graphqlNames: Record<PublishableSlug, { one: string; many: string }> = {
  interviews: { one: 'Interview', many: 'Interviews' },
  events: { one: 'Event', many: 'Events' },
  announcements: { one: 'Announcement', many: 'Announcements' },
}

const COLLECTIONS: PublishableSlug[] = ['interviews', 'events', 'announcements']

type ViewerKind = 'visitor' | 'pending' | 'rejected' | 'suspended' | 'approved' | 'editor'

/** What each kind of viewer may see; the first four see the same as a visitor. */
const VISIBLE: Record<ViewerKind, Visibility[]> = {
  visitor: ['public'],
  pending: ['public'],
  rejected: ['public'],
  suspended: ['public'],
  approved: ['public', 'members'],
  editor: ['public', 'members', 'draft', 'future'],
}
const LIKE_VISITORS: ViewerKind[] = ['visitor', 'pending', 'rejected', 'suspended']

let payload: Payload
const viewers = {} as Record<ViewerKind, Viewer>
/** Per collection: one document per visibility, plus a published one with unpublished edits. */
const content = {} as Record<PublishableSlug, { docs: Partial<Record<Visibility, ContentDoc>>; edited: ContentDoc }>
const DRAFT_TITLE = 'Unpublished edit'

beforeAll(async () => {
  payload = await getTestPayload()
  for (const collection of COLLECTIONS) {
    const docs = (await createContentSet(payload, collection)) as Partial<Record<Visibility, ContentDoc>>
    const edited = (await createContent(payload, collection, 'public')) as ContentDoc
    await payload.update({ collection, id: edited.id, data: { title: DRAFT_TITLE }, draft: true })
    content[collection] = { docs, edited }
  }
  viewers.visitor = visitor()
  for (const status of ['pending', 'rejected', 'suspended', 'approved'] as const) {
    viewers[status] = await createAlumnus(payload, { status })
  }
  viewers.editor = await createStaff(payload, 'editor')
})

const ourSlugs = (collection: PublishableSlug) =>
  Object.values(content[collection].docs).map((doc) => doc.slug)
const slugsFor = (collection: PublishableSlug, kind: ViewerKind) =>
  VISIBLE[kind].flatMap((visibility) => content[collection].docs[visibility]?.slug ?? []).sort()

const sorted = (slugs: unknown[]) => [...slugs].sort()

describe.each(COLLECTIONS)('%s', (collection) => {
  const names = graphqlNames[collection]

  describe.each(Object.keys(VISIBLE) as ViewerKind[])('read by %s', (kind) => {
    const who = () => viewers[kind]
    const local = () => ({ overrideAccess: false as const, user: who().user })
    const mayRead = (visibility: Visibility) => VISIBLE[kind].includes(visibility)
    const rule = LIKE_VISITORS.includes(kind)
      ? 'only published, public documents whose publish date has passed'
      : kind === 'approved'
        ? 'published documents for the public and for members, never drafts or future-dated ones'
        : 'every document, drafts and future-dated ones included'

    it(`Local API: find and count return ${rule}`, async () => {
      const where = { slug: { in: ourSlugs(collection) } }
      const found = await payload.find({ collection, where, ...local() })
      expect(sorted(found.docs.map((doc) => doc.slug))).toEqual(slugsFor(collection, kind))
      const { totalDocs } = await payload.count({ collection, where, ...local() })
      expect(totalDocs).toBe(slugsFor(collection, kind).length)
    })

    it('Local API: findByID returns a readable document and refuses every other one', async () => {
      for (const [visibility, doc] of Object.entries(content[collection].docs)) {
        const read = payload.findByID({ collection, id: doc.id, ...local() })
        if (mayRead(visibility as Visibility)) await expect(read).resolves.toMatchObject({ slug: doc.slug })
        else await expect(read).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
      }
    })

    it(`REST: GET /api/${collection} and /count list ${rule}`, async () => {
      const query = { where: { slug: { in: ourSlugs(collection) } }, limit: 100 }
      const list = await who().api.get(`/${collection}`, query)
      expect(list.status).toBe(200)
      expect(sorted(list.body.docs!.map((doc) => doc.slug))).toEqual(slugsFor(collection, kind))
      expect(list.body.totalDocs).toBe(slugsFor(collection, kind).length)

      const count = await who().api.get(`/${collection}/count`, query)
      expect(count.status).toBe(200)
      expect(count.body.totalDocs).toBe(slugsFor(collection, kind).length)
    })

    it(`REST: GET /api/${collection}/:id answers 403/404 without the document when it may not be read`, async () => {
      for (const [visibility, doc] of Object.entries(content[collection].docs)) {
        const res = await who().api.get(`/${collection}/${doc.id}`)
        if (mayRead(visibility as Visibility)) {
          expect(res.status).toBe(200)
          expect(res.body.slug).toBe(doc.slug)
        } else {
          expect(res.status).toBeOneOf([403, 404])
          expect(JSON.stringify(res.body)).not.toContain(doc.slug)
        }
      }
    })

    it('GraphQL: list, count and by-id queries follow the same rule', async () => {
      const where = `{ slug: { in: ${JSON.stringify(ourSlugs(collection))} } }`
      const res = await who().api.graphql(
        `{ list: ${names.many}(where: ${where}, limit: 100) { docs { slug } totalDocs }
           count: count${names.many}(where: ${where}) { totalDocs } }`,
      )
      expect(res.errors).toBeUndefined()
      const list = res.data!.list as { docs: { slug: string }[]; totalDocs: number }
      expect(sorted(list.docs.map((doc) => doc.slug))).toEqual(slugsFor(collection, kind))
      expect(list.totalDocs).toBe(slugsFor(collection, kind).length)
      expect(res.data!.count).toEqual({ totalDocs: slugsFor(collection, kind).length })

      for (const [visibility, doc] of Object.entries(content[collection].docs)) {
        const one = await who().api.graphql(`{ ${names.one}(id: ${doc.id}) { slug title } }`)
        if (mayRead(visibility as Visibility)) {
          expect(one.data![names.one]).toEqual({ slug: doc.slug, title: doc.title })
        } else {
          expect(one.data?.[names.one] ?? null).toBeNull()
          expect(one.errors?.length).toBeGreaterThan(0)
          expect(JSON.stringify(one)).not.toContain(doc.slug)
        }
      }
    })

    if (kind === 'editor') {
      it('draft=true shows staff the unpublished edits (REST, GraphQL, Local API)', async () => {
        const { edited } = content[collection]
        const rest = await who().api.get(`/${collection}/${edited.id}`, { draft: 'true' })
        expect(rest.body.title).toBe(DRAFT_TITLE)
        const gql = await who().api.graphql(`{ ${names.one}(id: ${edited.id}, draft: true) { title } }`)
        expect(gql.data![names.one]).toEqual({ title: DRAFT_TITLE })
        const doc = await payload.findByID({ collection, id: edited.id, draft: true, ...local() })
        expect(doc.title).toBe(DRAFT_TITLE)
      })

      it('versions are open to staff (REST, GraphQL, Local API)', async () => {
        const { edited } = content[collection]
        const rest = await who().api.get(`/${collection}/versions`, { where: { parent: { equals: edited.id } } })
        expect(rest.status).toBe(200)
        expect(rest.body.totalDocs).toBeGreaterThanOrEqual(2)
        const gql = await who().api.graphql(
          `{ versions${names.many}(where: { parent: { equals: ${edited.id} } }) { totalDocs } }`,
        )
        expect(gql.errors).toBeUndefined()
        const versions = await payload.findVersions({ collection, where: { parent: { equals: edited.id } }, ...local() })
        expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
      })
    } else {
      it('draft=true never reveals unpublished edits or drafts (REST, GraphQL, Local API)', async () => {
        const { edited, docs } = content[collection]
        const rest = await who().api.get(`/${collection}/${edited.id}`, { draft: 'true' })
        expect(rest.status).toBe(200)
        expect(rest.body.title).toBe(edited.title)
        const list = await who().api.get(`/${collection}`, {
          draft: 'true',
          where: { slug: { in: [...ourSlugs(collection), edited.slug] } },
        })
        expect(list.status).toBe(200)
        expect(JSON.stringify(list.body)).not.toContain(DRAFT_TITLE)
        // With draft=true Payload lists latest versions; a document whose latest version is a
        // draft may drop out, but nothing beyond what the viewer may read ever comes in.
        expect([...slugsFor(collection, kind), edited.slug]).toEqual(
          expect.arrayContaining(list.body.docs!.map((doc) => doc.slug)),
        )
        const draftRes = await who().api.get(`/${collection}/${docs.draft!.id}`, { draft: 'true' })
        expect(draftRes.status).toBeOneOf([403, 404])

        const gql = await who().api.graphql(`{ ${names.one}(id: ${edited.id}, draft: true) { title } }`)
        expect(gql.data![names.one]).toEqual({ title: edited.title })
        const gqlDraft = await who().api.graphql(`{ ${names.one}(id: ${docs.draft!.id}, draft: true) { title } }`)
        expect(gqlDraft.data?.[names.one] ?? null).toBeNull()

        const doc = await payload.findByID({ collection, id: edited.id, draft: true, ...local() })
        expect(doc.title).toBe(edited.title)
        await expect(
          payload.findByID({ collection, id: docs.draft!.id, draft: true, ...local() }),
        ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
      })

      it('versions are closed (REST list and by id, GraphQL, Local API)', async () => {
        const { edited } = content[collection]
        const { docs: versions } = await payload.findVersions({ collection, where: { parent: { equals: edited.id } } })
        expect(versions.length).toBeGreaterThanOrEqual(2)

        const list = await who().api.get(`/${collection}/versions`)
        expect(list.status).toBe(403)
        expect(JSON.stringify(list.body)).not.toContain(DRAFT_TITLE)
        const one = await who().api.get(`/${collection}/versions/${versions[0].id}`)
        expect(one.status).toBeOneOf([403, 404])
        expect(JSON.stringify(one.body)).not.toContain(DRAFT_TITLE)

        const gql = await who().api.graphql(
          `{ versions${names.many} { docs { version { title } } }
             one: version${names.one}(id: ${JSON.stringify(String(versions[0].id))}) { version { title } } }`,
        )
        expect(gql.errors?.length).toBeGreaterThan(0)
        expect(JSON.stringify(gql.data ?? null)).not.toContain(DRAFT_TITLE)

        await expect(
          payload.findVersions({ collection, ...local() }),
        ).rejects.toMatchObject({ status: 403 })
      })
    }
  })
})
