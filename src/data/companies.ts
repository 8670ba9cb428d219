import type { Locale } from '@/i18n/routing'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'

import { payloadClient } from './payload'

export const listCompanies = cachedPublic(
  'companies:list',
  [CACHE_TAGS.companies],
  async ({ locale }: { locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'companies',
      locale,
      overrideAccess: false,
      sort: 'name',
      limit: 200,
      depth: 0,
      select: { name: true, slug: true },
    })
    return docs
  },
)

/** One company's public page: who they are and where to sign up for their alumni network. */
export const getCompany = cachedPublic(
  'companies:detail',
  [CACHE_TAGS.companies, CACHE_TAGS.media],
  async ({ slug, locale }: { slug: string; locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'companies',
      locale,
      overrideAccess: false,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
    })
    return docs[0] ?? null
  },
)
