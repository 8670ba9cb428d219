'use client'

import { useLocale } from 'next-intl'

import { getPathname, type Href } from '@/i18n/paths'
import { isLocale, routing } from '@/i18n/routing'

/**
 * The page a form's server action answers on, for useActionState's `permalink`. Without one,
 * React renders a server action's form with `action=""`, which is not valid HTML (a form's action
 * must be a non-empty URL: tests/e2e/html-validity.spec.ts); with it, a browser without JavaScript
 * posts to this page, query included, and sees the answer there as before.
 */
export const usePermalink = (href: Href): string => {
  const locale = useLocale()
  return getPathname({ href, locale: isLocale(locale) ? locale : routing.defaultLocale })
}
