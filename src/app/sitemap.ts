import type { MetadataRoute } from 'next'

import { listPublicEntries } from '@/data/sitemap'
import { routing } from '@/i18n/routing'
import { absoluteUrl, languageAlternates } from '@/lib/site'

export const revalidate = 60

/** Every public page in Japanese, with its English alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const sections = ['/', '/case-studies', '/events', '/news'].map((path) => ({ path, updatedAt: undefined }))
  const entries = [...sections, ...(await listPublicEntries())]
  return entries.map(({ path, updatedAt }) => ({
    url: absoluteUrl(path, routing.defaultLocale),
    lastModified: updatedAt,
    alternates: { languages: languageAlternates(path) },
  }))
}
