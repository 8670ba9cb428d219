import { publishedFor } from '@/access'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'

import { payloadClient } from './payload'

export type PublicEntry = { path: string; updatedAt: string }

/** Every page a visitor may read, with its last change: what the sitemap lists. */
export const listPublicEntries = cachedPublic(
  'sitemap:entries',
  [CACHE_TAGS.interviews, CACHE_TAGS.events, CACHE_TAGS.announcements, CACHE_TAGS.companies],
  async (): Promise<PublicEntry[]> => {
    const payload = await payloadClient()
    const sections = [
      { collection: 'interviews', base: '/case-studies', audience: false },
      { collection: 'events', base: '/events', audience: true },
      { collection: 'announcements', base: '/news', audience: true },
    ] as const
    const lists = await Promise.all(
      sections.map(async ({ collection, base, audience }) => {
        const { docs } = await payload.find({
          collection,
          overrideAccess: false,
          where: publishedFor(null, { audience }),
          pagination: false,
          depth: 0,
          select: { slug: true, updatedAt: true },
        })
        return docs.map((doc) => ({ path: `${base}/${doc.slug}`, updatedAt: doc.updatedAt }))
      }),
    )
    // Companies are public reference data: every one has a page.
    const companies = await payload.find({ collection: 'companies', overrideAccess: false, pagination: false, depth: 0, select: { slug: true, updatedAt: true } })
    return [...lists.flat(), ...companies.docs.map((doc) => ({ path: `/companies/${doc.slug}`, updatedAt: doc.updatedAt }))]
  },
)
