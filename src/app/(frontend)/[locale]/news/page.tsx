import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Pagination } from '@/components/Pagination'
import { listAnnouncements } from '@/data/announcements'
import { Link } from '@/i18n/navigation'
import { pageMetadata } from '@/seo/metadata'
import { localeParam, pageParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'news' })
  return pageMetadata({ locale, path: '/news', title: t('title'), description: t('lead') })
}

export default async function News({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const page = pageParam((await searchParams).page)
  const [t, news] = await Promise.all([
    getTranslations({ locale, namespace: 'news' }),
    listAnnouncements({ locale, page }),
  ])
  return (
    <div className="mx-auto max-w-3xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      {news.docs.length ? (
        <ul className="mt-10 divide-y divide-line rounded-xl border border-line bg-white">
          {news.docs.map((item) => (
            <li key={item.id} className="px-6 py-5">
              <p className="flex items-center gap-3 text-xs text-muted">
                {item.pinned && <span className="rounded bg-shu-soft px-2 py-0.5 font-semibold text-shu">{t('pinned')}</span>}
                {item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>}
              </p>
              <h2 className="mt-1 text-lg font-bold">
                <Link href={`/news/${item.slug}`} className="hover:text-ai">
                  {item.title}
                </Link>
              </h2>
              {item.summary && <p className="mt-1 text-sm text-muted">{item.summary}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-10 text-muted">{t('empty')}</p>
      )}
      <Pagination pathname="/news" page={news.page ?? page} totalPages={news.totalPages} />
    </div>
  )
}
