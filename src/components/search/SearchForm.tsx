import { getTranslations } from 'next-intl/server'

import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

/**
 * The search box: a plain GET form to /search, so it works without JavaScript and the
 * result page has a shareable URL. `compact` is the header's version.
 */
export async function SearchForm({ locale, query = '', compact = false }: { locale: Locale; query?: string; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const id = compact ? 'site-search' : 'search-page-q'
  return (
    <form role="search" aria-label={compact ? t('header') : t('title')} action={getPathname({ href: '/search', locale })} method="get" className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('placeholder')}
        maxLength={100}
        enterKeyHint="search"
        className={
          compact
            ? 'w-40 rounded-full border border-line bg-white px-3 py-1 text-sm focus:w-56 sm:w-48'
            : 'w-full rounded-lg border border-line bg-white px-4 py-3 text-lg'
        }
      />
      <button
        type="submit"
        className={
          compact
            ? 'sr-only focus:not-sr-only focus:rounded-full focus:border focus:border-ai focus:px-3 focus:py-1 focus:text-sm'
            : 'shrink-0 rounded-lg bg-ai px-5 py-3 font-semibold text-white hover:bg-ai-dark'
        }
      >
        {t('submit')}
      </button>
    </form>
  )
}
