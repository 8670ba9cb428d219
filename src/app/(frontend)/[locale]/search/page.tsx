import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pagination } from '@/components/Pagination'
import { Marked } from '@/components/search/Marked'
import { SearchForm } from '@/components/search/SearchForm'
import { searchSite } from '@/data/search'
import { Link } from '@/i18n/navigation'
import { localeParam, pageParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'
import { pageMetadata } from '@/seo/metadata'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; page?: string }> }

const queryParam = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are for readers, not for search engines' indexes.
  return { ...pageMetadata({ locale, path: '/search', title: t('title'), description: t('intro') }), robots: { index: false, follow: true } }
}

export default async function Search({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = await searchParams
  const q = queryParam(query.q)
  const [t, found] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    searchSite({ query: q, locale, page: pageParam(query.page) }),
  ])

  return (
    <div className="mx-auto max-w-3xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div className="mt-6">
        <SearchForm locale={locale} query={q} />
      </div>

      {!q ? (
        <p className="mt-6 text-muted">{t('intro')}</p>
      ) : (
        <section aria-labelledby="search-results" className="mt-10">
          <h2 id="search-results" className="sr-only">
            {t('results')}
          </h2>
          <p role="status" className="text-muted">
            {found.total ? t('count', { query: q, total: found.total }) : t('none', { query: q })}
          </p>
          {found.results.length > 0 && (
            <ol className="mt-6 divide-y divide-line rounded-xl border border-line bg-white">
              {found.results.map((result) => (
                <li key={result.path} className="px-5 py-5">
                  <p className="flex flex-wrap gap-x-3 text-xs text-muted">
                    <span className="font-semibold text-shu">{t(`kind.${result.kind}`)}</span>
                    {result.company && <span>{result.company}</span>}
                    {result.date && <time dateTime={result.date}>{formatDate(result.date, locale)}</time>}
                  </p>
                  <h3 className="mt-1 text-lg leading-snug font-bold">
                    <Link href={result.path} className="hover:text-ai">
                      <Marked segments={result.title} />
                    </Link>
                  </h3>
                  {result.excerpt.length > 0 && (
                    <p className="mt-2 text-sm leading-relaxed">
                      <Marked segments={result.excerpt} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
          <Pagination pathname="/search" page={found.page} totalPages={found.totalPages} query={{ q }} />
        </section>
      )}
    </div>
  )
}
