import type { Metadata } from 'next'

import type { Locale } from '@/i18n/routing'

import { absoluteUrl, languageAlternates } from '@/lib/site'

/** The SEO plugin's fields (src/seo/plugin.ts) as a document carries them. */
export type SeoMeta = {
  title?: string | null
  description?: string | null
  image?: number | { url?: string | null; width?: number | null; height?: number | null; alt?: string | null } | null
} | null

/**
 * Title, description, canonical URL and hreflang alternates of a public page. What an editor
 * wrote in the document's SEO fields wins over the page's own title and lead: their title is
 * used as written (no site-name suffix), their image becomes the sharing image.
 */
export const pageMetadata = ({
  locale,
  path,
  title,
  description,
  meta,
}: {
  locale: Locale
  path: string
  title?: string
  description?: string | null
  meta?: SeoMeta
}): Metadata => {
  const shownTitle = meta?.title || title
  const shownDescription = meta?.description || description || undefined
  const image = typeof meta?.image === 'object' && meta.image?.url ? meta.image : null
  const imageUrl = image && new URL(image.url!, absoluteUrl('/', locale)).href
  return {
    title: meta?.title ? { absolute: meta.title } : title,
    description: shownDescription,
    alternates: { canonical: absoluteUrl(path, locale), languages: languageAlternates(path) },
    openGraph: {
      title: shownTitle,
      description: shownDescription,
      url: absoluteUrl(path, locale),
      siteName: 'Enishi',
      locale: locale === 'ja' ? 'ja_JP' : 'en_US',
      ...(image && {
        images: [{ url: imageUrl!, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt ?? shownTitle }],
      }),
    },
    ...(image && { twitter: { card: 'summary_large_image', title: shownTitle, images: [imageUrl!] } }),
  }
}
