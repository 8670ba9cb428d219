/**
 * Members-only announcements (docs/announcements.md): invisible to visitors and to pending,
 * rejected and suspended accounts everywhere — Local API (overrideAccess: false), REST,
 * GraphQL, the members pages' data, site search — while approved members read them, pinned
 * first. Whom an announcement is aimed at (`targeting`) and its mailing record are staff-only.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Announcement } from '../../payload-types'
import { getMemberAnnouncement, listMemberAnnouncements } from '../../src/data/announcements'
import { readSearchDocuments } from '../../src/data/searchDocuments'
import { createAlumnus, createContent, createStaff, uniqueId, type Viewer, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type Kind = 'visitor' | 'pending' | 'rejected' | 'suspended' | 'approved' | 'editor'
const OUTSIDERS: Kind[] = ['visitor', 'pending', 'rejected', 'suspended']

let payload: Payload
const viewers = {} as Record<Kind, Viewer>
/** A word only this file's titles carry, to find them in search. */
const WORD = `ひみつ${uniqueId()}`
let members: Announcement
let publicNews: Announcement
let pinnedMembers: Announcement
let pinnedPublic: Announcement

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

beforeAll(async () => {
  payload = await getTestPayload()
  const targeting = { openTo: ['business' as const], joinedFrom: 2000, joinedTo: 2010 }
  members = await createContent(payload, 'announcements', 'members', {
    title: `会員限定 ${WORD}`,
    publishedAt: daysAgo(1),
    targeting,
  })
  publicNews = await createContent(payload, 'announcements', 'public', { title: `公開 ${WORD}`, publishedAt: daysAgo(2) })
  pinnedMembers = await createContent(payload, 'announcements', 'members', {
    title: `固定の会員限定 ${WORD}`,
    pinned: true,
    publishedAt: daysAgo(5),
  })
  pinnedPublic = await createContent(payload, 'announcements', 'public', {
    title: `固定の公開 ${WORD}`,
    pinned: true,
    publishedAt: daysAgo(4),
  })
  viewers.visitor = visitor()
  for (const status of ['pending', 'rejected', 'suspended', 'approved'] as const) {
    viewers[status] = await createAlumnus(payload, { status })
  }
  viewers.editor = await createStaff(payload, 'editor')
})

const ours = () => ({ slug: { in: [members, publicNews, pinnedMembers, pinnedPublic].map((doc) => doc.slug) } })

describe.each(OUTSIDERS)('%s', (kind) => {
  const who = () => viewers[kind]

  it('Local API, REST and GraphQL return only the public announcements', async () => {
    const local = await payload.find({ collection: 'announcements', where: ours(), overrideAccess: false, user: who().user })
    expect(local.docs.map((doc) => doc.slug).sort()).toEqual([publicNews.slug, pinnedPublic.slug].sort())

    const rest = await who().api.get('/announcements', { where: ours() })
    expect(rest.body.docs!.map((doc) => doc.slug).sort()).toEqual([publicNews.slug, pinnedPublic.slug].sort())
    const byId = await who().api.get(`/announcements/${members.id}`)
    expect(byId.status).toBeOneOf([403, 404])
    expect(JSON.stringify(byId.body)).not.toContain(WORD)

    const gql = await who().api.graphql(`{ Announcements(where: { title: { contains: "${WORD}" } }) { docs { slug title } } }`)
    const docs = (gql.data!.Announcements as { docs: { slug: string; title: string }[] }).docs
    expect(docs.map((doc) => doc.slug).sort()).toEqual([publicNews.slug, pinnedPublic.slug].sort())
    const one = await who().api.graphql(`{ Announcement(id: ${members.id}) { title } }`)
    expect(JSON.stringify(one)).not.toContain(WORD)
  })

  // Visitors never reach the members pages (requireMember); signed-in outsiders might try.
  if (kind === 'visitor') return
  it('the members pages’ data has no members-only announcement for them', async () => {
    const user = who().user as Parameters<typeof listMemberAnnouncements>[0]
    const list = await listMemberAnnouncements(user, { locale: 'ja', limit: 100 })
    expect(list.docs.some((doc) => doc.audience === 'members')).toBe(false)
    expect(await getMemberAnnouncement(user, { slug: members.slug, locale: 'ja' })).toBeNull()
  })
})

describe('approved members', () => {
  const member = () => viewers.approved

  it('read members-only and public announcements, pinned first, then newest', async () => {
    const user = member().user as Parameters<typeof listMemberAnnouncements>[0]
    const { docs } = await listMemberAnnouncements(user, { locale: 'ja', limit: 100 })
    const mine = docs.filter((doc) => doc.title.includes(WORD)).map((doc) => doc.slug)
    expect(mine).toEqual([pinnedPublic.slug, pinnedMembers.slug, members.slug, publicNews.slug])
    // Pinned ones precede every unpinned one, whoever else created announcements.
    const firstUnpinned = docs.findIndex((doc) => !doc.pinned)
    expect(docs.slice(firstUnpinned).some((doc) => doc.pinned)).toBe(false)

    const pinned = await listMemberAnnouncements(user, { locale: 'ja', pinnedOnly: true, limit: 100 })
    expect(pinned.docs.every((doc) => doc.pinned)).toBe(true)
    expect(pinned.docs.map((doc) => doc.slug)).toEqual(expect.arrayContaining([pinnedPublic.slug, pinnedMembers.slug]))

    expect(await getMemberAnnouncement(user, { slug: members.slug, locale: 'ja' })).toMatchObject({ title: members.title })
  })

  it('never see whom an announcement is aimed at; staff do', async () => {
    const local = await payload.findByID({ collection: 'announcements', id: members.id, overrideAccess: false, user: member().user })
    expect(local.targeting).toBeUndefined()
    const rest = await member().api.get(`/announcements/${members.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body.targeting).toBeUndefined()
    const gql = await member().api.graphql(`{ Announcement(id: ${members.id}) { title targeting { openTo joinedFrom joinedTo } } }`)
    const { targeting } = gql.data!.Announcement as { targeting: Record<string, unknown> | null }
    expect(Object.values(targeting ?? {}).every((value) => value === null)).toBe(true)

    const staff = await viewers.editor.api.get(`/announcements/${members.id}`)
    expect(staff.body.targeting).toMatchObject({ openTo: ['business'], joinedFrom: 2000, joinedTo: 2010 })
  })

  it('cannot set targeting, read or write mailing records', async () => {
    const patch = await member().api.patch(`/announcements/${members.id}`, { targeting: { joinedFrom: 1990 } })
    expect(patch.status).toBe(403)
    const mailings = await member().api.get('/announcement-mailings')
    expect(mailings.status).toBe(403)
    const gql = await member().api.graphql(`{ AnnouncementMailings { docs { id } } }`)
    expect(gql.data?.AnnouncementMailings ?? null).toBeNull()
  })
})

describe('staff', () => {
  it('read the mailing records but cannot forge or change them', async () => {
    const editor = viewers.editor
    const list = await editor.api.get('/announcement-mailings', { where: { announcement: { equals: members.id } } })
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(1)
    const created = await editor.api.post('/announcement-mailings', { announcement: publicNews.id })
    expect(created.status).toBe(403)
    const changed = await editor.api.patch(`/announcement-mailings/${list.body.docs![0].id}`, { cursor: 0, status: 'queued' })
    expect(changed.status).toBe(403)
  })

  it('a join-year range that ends before it starts is refused with a clear message', async () => {
    const res = await viewers.editor.api.patch(`/announcements/${publicNews.id}`, { targeting: { joinedFrom: 2015, joinedTo: 2010 } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('The join-year range ends before it starts.')
  })
})

describe('site search', () => {
  it('never indexes a members-only announcement', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const paths = (await readSearchDocuments(payload, locale)).map((doc) => doc.path)
      expect(paths).toContain(`/news/${publicNews.slug}`)
      expect(paths.some((path) => path.includes(members.slug) || path.includes(pinnedMembers.slug))).toBe(false)
    }
  })
})
