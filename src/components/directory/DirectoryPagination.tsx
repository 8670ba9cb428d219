import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { type DirectoryQuery, directoryParams } from '@/search/directoryQuery'

const linkClass = 'rounded-full border border-line px-4 py-1.5 hover:border-ai hover:text-ai'

/** Previous and next pages of the same search. */
export async function DirectoryPagination({ query, totalPages, locale }: { query: DirectoryQuery; totalPages: number; locale: Locale }) {
  if (totalPages <= 1 || query.page > totalPages) return null
  const t = await getTranslations({ locale, namespace: 'directory' })
  const href = (page: number) => ({ pathname: '/members/directory' as const, query: directoryParams(query, { page }) })
  return (
    <nav aria-label={t('pagination')} className="mt-10 flex items-center justify-center gap-4 text-sm">
      {query.page > 1 && (
        <Link href={href(query.page - 1)} rel="prev" className={linkClass}>
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page: query.page, total: totalPages })}</span>
      {query.page < totalPages && (
        <Link href={href(query.page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
