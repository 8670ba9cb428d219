import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { DIRECTORY_SORTS, type DirectoryQuery, directoryParams, effectiveSort } from '@/search/directoryQuery'
import { normalizeSearchText } from '@/search/ngrams'

/** The orders a result list can be read in, as links that keep the search (and start at page 1). */
export async function DirectorySortLinks({ query, locale }: { query: DirectoryQuery; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'directory' })
  const current = effectiveSort(query)
  const sorts = DIRECTORY_SORTS.filter((sort) => sort !== 'relevance' || normalizeSearchText(query.q))
  return (
    <nav aria-label={t('sortLabel')} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="text-muted">{t('sortLabel')}:</span>
      {sorts.map((sort) =>
        sort === current ? (
          <span key={sort} aria-current="true" className="font-semibold text-ai">
            {t(`sort.${sort}`)}
          </span>
        ) : (
          <Link
            key={sort}
            href={{ pathname: '/members/directory', query: directoryParams(query, { sort, page: 1 }) }}
            className="underline hover:text-ai"
          >
            {t(`sort.${sort}`)}
          </Link>
        ),
      )}
    </nav>
  )
}
