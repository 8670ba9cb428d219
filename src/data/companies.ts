import type { Locale } from '@/i18n/routing'
import { CACHE_TAGS } from '@/lib/cacheTags'

import { cachedPublic } from './cache'
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
