import type { Metadata } from 'next'

import type { Locale } from '@/i18n/routing'

import { absoluteUrl, languageAlternates } from './site'

/** Title, description, canonical URL and hreflang alternates of a public page. */
export const pageMetadata = ({
  locale,
  path,
  title,
  description,
}: {
  locale: Locale
  path: string
  title?: string
  description?: string | null
}): Metadata => ({
  title,
  description: description ?? undefined,
  alternates: { canonical: absoluteUrl(path, locale), languages: languageAlternates(path) },
  openGraph: { title, description: description ?? undefined, url: absoluteUrl(path, locale), siteName: 'Enishi', locale: locale === 'ja' ? 'ja_JP' : 'en_US' },
})
