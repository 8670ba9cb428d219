import { isLocale, type Locale, routing } from '@/i18n/routing'
import { siteUrl } from '@/lib/site'

import { createPreviewToken, type PreviewCollection } from './token'

/** The route that checks a preview token, turns on draft mode and opens the page. */
export const PREVIEW_ROUTE = '/api/preview'
export const EXIT_PREVIEW_ROUTE = '/api/preview/exit'

/** A shareable link that opens the current draft of one document, in one language. */
export const previewUrl = (collection: PreviewCollection, id: number | string, locale: Locale): string => {
  const params = new URLSearchParams({ token: createPreviewToken(collection, Number(id)), locale })
  return `${siteUrl()}${PREVIEW_ROUTE}?${params}`
}

/** Payload hands the admin's locale over as a code or as a locale object. */
const localeOf = (value: unknown): Locale => {
  const code = typeof value === 'string' ? value : (value as { code?: unknown } | null)?.code
  return typeof code === 'string' && isLocale(code) ? code : routing.defaultLocale
}

/**
 * The admin's preview URLs for a collection: `livePreview` (the side-by-side preview while
 * editing) and `preview` (the "Preview" button, whose link can be copied and shared). Both
 * open the draft through a signed link; a document not yet saved has none.
 */
export const adminPreview = (collection: PreviewCollection) => ({
  livePreview: {
    url: ({ data, locale }: { data: Record<string, unknown>; locale: unknown }) =>
      data?.id ? previewUrl(collection, data.id as number, localeOf(locale)) : null,
  },
  preview: (doc: Record<string, unknown>, { locale }: { locale: unknown }) =>
    doc?.id ? previewUrl(collection, doc.id as number, localeOf(locale)) : null,
})
