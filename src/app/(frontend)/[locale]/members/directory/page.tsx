import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { DirectoryCard } from '@/components/directory/DirectoryCard'
import { DirectoryPagination } from '@/components/directory/DirectoryPagination'
import { DirectorySearchForm } from '@/components/directory/DirectorySearchForm'
import { DirectorySortLinks } from '@/components/directory/DirectorySortLinks'
import { cachedDirectoryDepartments, searchDirectory } from '@/data/directory'
import { payloadClient } from '@/data/payload'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { directoryParams, directorySearchString, isFiltered, PAGE_SIZE, parseDirectoryQuery } from '@/search/directoryQuery'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'directory' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * The member directory. Everything a search is lives in the URL; the page reads the session
 * (members only, so it is dynamic and sent `private, no-store`) and renders on the server.
 */
export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = parseDirectoryQuery(await searchParams)
  const search = directorySearchString(query)
  const viewer = await requireMember(locale, `/members/directory${search ? `?${search}` : ''}`)
  const [t, page, departmentNames] = await Promise.all([
    getTranslations({ locale, namespace: 'directory' }),
    payloadClient().then((payload) => searchDirectory(payload, viewer, query)),
    cachedDirectoryDepartments(),
  ])
  const first = (page.page - 1) * PAGE_SIZE + 1

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-muted">{t('lead')}</p>

      <div className="mt-8">
        <DirectorySearchForm key={search} query={query} locale={locale} departments={departmentNames} />
      </div>

      <section aria-labelledby="directory-results" className="mt-12">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 border-b border-line pb-3">
          <h2 id="directory-results" className="text-xl font-bold">
            {t('results')}
          </h2>
          {/* Announced when a search updates the page without reloading it. */}
          <p role="status" aria-live="polite" aria-atomic="true" className="font-semibold">
            {t('countStatus', { count: page.total })}
          </p>
        </div>

        {page.people.length > 0 && (
          <>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-muted">{t('showing', { from: first, to: first + page.people.length - 1 })}</p>
              <DirectorySortLinks query={query} locale={locale} />
            </div>
            <ol className="mt-5 grid gap-4 sm:grid-cols-2">
              {page.people.map((person) => (
                <li key={person.id}>
                  <DirectoryCard person={person} locale={locale} />
                </li>
              ))}
            </ol>
            <DirectoryPagination query={query} totalPages={page.totalPages} locale={locale} />
          </>
        )}

        {page.people.length === 0 && (
          <div className="mt-6 rounded-xl border border-line bg-white p-6">
            {page.total > 0 ? (
              <>
                <p>{t('pastLastPage')}</p>
                <Link href={{ pathname: '/members/directory', query: directoryParams(query, { page: 1 }) }} className="mt-2 inline-block text-ai underline">
                  {t('firstPage')}
                </Link>
              </>
            ) : isFiltered(query) ? (
              <>
                <p className="font-semibold">{t('noResults')}</p>
                <p className="mt-2 text-sm text-muted">{t('noResultsHint')}</p>
                <Link href="/members/directory" className="mt-3 inline-block text-sm text-ai underline">
                  {t('clear')}
                </Link>
              </>
            ) : (
              <p>{t('emptyDirectory')}</p>
            )}
          </div>
        )}
      </section>
    </div>
  )
}
