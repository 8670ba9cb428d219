import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'

import { routing, type Locale } from '../i18n/routing'
import { absoluteUrl } from '../lib/site'

/** Where each collection's documents are read on the site: the SEO preview's URL. */
const PUBLIC_PATHS = {
  interviews: (slug: string) => `/case-studies/${slug}`,
  events: (slug: string) => `/events/${slug}`,
  announcements: (slug: string) => `/news/${slug}`,
} as const

type Slug = keyof typeof PUBLIC_PATHS
type Doc = { title?: string | null; slug?: string | null; lead?: string | null; summary?: string | null }

const asLocale = (locale?: string): Locale =>
  routing.locales.includes(locale as Locale) ? (locale as Locale) : routing.defaultLocale

/**
 * The "generate" buttons fill in what the page would show anyway. An SEO title is used exactly
 * as written (src/seo/metadata.ts), so the generated one carries the site name itself.
 */
const generateTitle: GenerateTitle<Doc> = ({ doc }) => (doc?.title ? `${doc.title} | Enishi` : '')

const generateDescription: GenerateDescription<Doc> = ({ doc }) => (doc?.lead || doc?.summary || '').slice(0, 160)

const generateURL: GenerateURL<Doc> = ({ doc, collectionConfig, locale }) => {
  const path = PUBLIC_PATHS[collectionConfig?.slug as Slug] as ((slug: string) => string) | undefined
  return path && doc?.slug ? absoluteUrl(path(doc.slug), asLocale(locale)) : ''
}

/**
 * Payload's SEO plugin: a `meta` group (title, description, image; localized) on every
 * collection with public pages. Pages use it where an editor filled it in (src/seo/metadata.ts).
 */
export const seo = seoPlugin({
  collections: Object.keys(PUBLIC_PATHS),
  uploadsCollection: 'media',
  generateTitle,
  generateDescription,
  generateURL,
})
