import type { Metadata } from 'next'

import type { Locale } from '@/i18n/routing'

import { absoluteUrl } from '@/lib/site'

/** The shared-link picture of a case study (the `og-image` route beside its page). */
export const CASE_STUDY_IMAGE = { width: 1200, height: 630 } as const

export const caseStudyImagePath = (slug: string) => `/case-studies/${slug}/og-image`

/**
 * Open Graph and Twitter card fields for a case study page. The image URL is the page's own
 * public URL plus `/og-image`, the same for every crawler and without a redirect. An image the
 * editor chose in the SEO fields (already in `base`) is kept instead.
 */
export const caseStudyImageMetadata = (base: Metadata, { slug, locale, title }: { slug: string; locale: Locale; title: string }): Metadata => {
  if (base.openGraph?.images) return { ...base, openGraph: { ...base.openGraph, type: 'article' } }
  const image = { url: absoluteUrl(caseStudyImagePath(slug), locale), ...CASE_STUDY_IMAGE, alt: title, type: 'image/png' }
  return {
    ...base,
    openGraph: { ...base.openGraph, type: 'article', images: [image] },
    twitter: { card: 'summary_large_image', title, images: [image.url] },
  }
}
