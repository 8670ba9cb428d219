import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'

/** Previous/next links that keep the other query parameters (e.g. a company filter). */
export async function Pagination({
  pathname,
  page,
  totalPages,
  query = {},
}: {
  pathname: '/case-studies' | '/news' | '/search' | '/members' | '/members/news' | '/members/opportunities' | `/companies/${string}`
  page: number
  totalPages: number
  query?: Record<string, string>
}) {
  if (totalPages <= 1) return null
  const t = await getTranslations('pagination')
  const href = (p: number) => ({ pathname, query: { ...query, ...(p > 1 ? { page: String(p) } : {}) } })
  const linkClass = 'rounded-full border border-line px-4 py-1.5 hover:border-ai hover:text-ai'
  return (
    <nav aria-label={t('label')} className="mt-12 flex items-center justify-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page, total: totalPages })}</span>
      {page < totalPages && (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
