import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { InterviewCard } from '@/components/InterviewCard'
import { Pagination } from '@/components/Pagination'
import { listCompanies } from '@/data/companies'
import { listInterviews } from '@/data/interviews'
import { Link } from '@/i18n/navigation'
import { pageMetadata } from '@/seo/metadata'
import { localeParam, pageParam } from '@/i18n/params'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string; company?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'caseStudies' })
  return pageMetadata({ locale, path: '/case-studies', title: t('title'), description: t('lead') })
}

export default async function CaseStudies({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = await searchParams
  const page = pageParam(query.page)
  const company = typeof query.company === 'string' && query.company ? query.company : undefined
  const [t, companies, interviews] = await Promise.all([
    getTranslations({ locale, namespace: 'caseStudies' }),
    listCompanies({ locale }),
    listInterviews({ locale, page, company }),
  ])
  const firstWithImage = interviews.docs.find((interview) => interview.heroImage)

  const chip = (active: boolean) =>
    `rounded-full border px-4 py-1.5 text-sm ${active ? 'border-ai bg-ai text-white' : 'border-line bg-white hover:border-ai'}`

  return (
    <div className="mx-auto max-w-6xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>

      <nav aria-label={t('filterByCompany')} className="mt-8">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/case-studies" className={chip(!company)} aria-current={!company ? 'page' : undefined}>
              {t('allCompanies')}
            </Link>
          </li>
          {companies.map((c) => (
            <li key={c.id}>
              <Link
                href={{ pathname: '/case-studies', query: { company: c.slug } }}
                className={chip(company === c.slug)}
                aria-current={company === c.slug ? 'page' : undefined}
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {interviews.docs.length ? (
        <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {interviews.docs.map((interview) => (
            <InterviewCard key={interview.id} interview={interview} locale={locale} headingLevel="h2" preload={interview === firstWithImage} />
          ))}
        </div>
      ) : (
        <p className="mt-10 text-muted">{t('empty')}</p>
      )}

      <Pagination
        pathname="/case-studies"
        page={interviews.page ?? page}
        totalPages={interviews.totalPages}
        query={company ? { company } : {}}
      />
    </div>
  )
}
