import type { Where } from 'payload'

import { publishedFor } from '@/access'
import type { Viewer } from '@/auth/viewer'
import type { Locale } from '@/i18n/routing'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'

import { payloadClient } from './payload'

const visible = (extra?: Where): Where => ({
  and: [publishedFor(null, { audience: true }), ...(extra ? [extra] : [])],
})

/** Public news, pinned first, newest first. */
export const listAnnouncements = cachedPublic(
  'announcements:list',
  [CACHE_TAGS.announcements],
  async ({ locale, page = 1, limit = 10 }: { locale: Locale; page?: number; limit?: number }) => {
    const payload = await payloadClient()
    return payload.find({
      collection: 'announcements',
      locale,
      overrideAccess: false,
      where: visible(),
      sort: ['-pinned', '-publishedAt'],
      page,
      limit,
      depth: 0,
      select: { title: true, slug: true, summary: true, publishedAt: true, pinned: true },
    })
  },
)

export const getAnnouncement = cachedPublic(
  'announcements:detail',
  [CACHE_TAGS.announcements],
  async ({ slug, locale }: { slug: string; locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'announcements',
      locale,
      overrideAccess: false,
      where: visible({ slug: { equals: slug } }),
      limit: 1,
      depth: 0,
    })
    return docs[0] ?? null
  },
)

/** A signed-in member (approved alumnus or staff), as the members pages have them. */
type Member = Viewer

const LIST_FIELDS = { title: true, slug: true, summary: true, publishedAt: true, pinned: true, audience: true } as const

/**
 * What a member reads: members-only and public announcements, pinned first, newest first.
 * Read with the member as `user` (the collection's read rule decides), plus the same
 * published filter, and not cached: members pages are per request.
 */
const forMember = (member: Member, extra?: Where): Where => ({
  and: [publishedFor(member, { audience: true }), ...(extra ? [extra] : [])],
})

export const listMemberAnnouncements = async (
  member: Member,
  { locale, page = 1, limit = 10, pinnedOnly = false }: { locale: Locale; page?: number; limit?: number; pinnedOnly?: boolean },
) => {
  const payload = await payloadClient()
  return payload.find({
    collection: 'announcements',
    locale,
    overrideAccess: false,
    user: member,
    where: forMember(member, pinnedOnly ? { pinned: { equals: true } } : undefined),
    sort: ['-pinned', '-publishedAt'],
    page,
    limit,
    depth: 0,
    select: LIST_FIELDS,
  })
}

/** One announcement as a member reads it (members-only or public), or null. */
export const getMemberAnnouncement = async (member: Member, { slug, locale }: { slug: string; locale: Locale }) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'announcements',
    locale,
    overrideAccess: false,
    user: member,
    where: forMember(member, { slug: { equals: slug } }),
    limit: 1,
    depth: 0,
    select: { ...LIST_FIELDS, body: true },
  })
  return docs[0] ?? null
}
