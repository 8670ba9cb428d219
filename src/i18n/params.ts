import { notFound } from 'next/navigation'

import { MAX_PAGE } from '@/security/badInput/fieldRules'

import { isLocale, type Locale } from './routing'

/** The `[locale]` route param, or a 404 for a locale the site does not have. */
export const localeParam = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/**
 * A positive page number from `?page=`, defaulting to 1; past the last page any query may ask
 * for (src/security/badInput), the last one, which is empty.
 */
export const pageParam = (value: string | string[] | undefined): number => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1
}
