import type { Where } from 'payload'

import { publishedFor } from '@/access'
import type { Locale } from '@/i18n/routing'
import { CACHE_TAGS } from '@/lib/cacheTags'

import { cachedPublic } from './cache'
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
