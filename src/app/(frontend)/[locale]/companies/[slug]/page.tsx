import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { InterviewCard } from '@/components/InterviewCard'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { Pagination } from '@/components/Pagination'
import { getCompany } from '@/data/companies'
import { listInterviews } from '@/data/interviews'
import { localeParam, pageParam } from '@/i18n/params'
import { organizationJsonLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'
import { INDUSTRIES } from '@/lib/options'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<{ page?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const { slug } = await params
  const company = await getCompany({ slug, locale })
  return company ? pageMetadata({ locale, path: `/companies/${slug}`, title: company.name, description: company.summary }) : {}
}

/** A company's page: who they are, their alumni network sign-up, and every case study about them. */
export default async function CompanyPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const { slug } = await params
  const page = pageParam((await searchParams).page)
  const company = await getCompany({ slug, locale })
  if (!company) notFound()
  const [t, interviews] = await Promise.all([
    getTranslations({ locale, namespace: 'companies' }),
    listInterviews({ locale, page, company: slug }),
  ])
  const industry = INDUSTRIES.find((option) => option.value === company.industry)?.label[locale]

  return (
    <div className="mx-auto max-w-6xl px-5 py-14">
      <JsonLd data={organizationJsonLd(company, locale)} />
      <header className="flex flex-wrap items-center gap-6">
        <MediaImage media={company.logo} alt="" sizes="96px" maxWidth={96} className="h-24 w-24 rounded-xl bg-white object-contain ring-1 ring-line" />
        <div>
          {industry && <p className="text-sm font-semibold tracking-wider text-shu">{industry}</p>}
          <h1 className="mt-1 text-3xl font-bold">{company.name}</h1>
        </div>
      </header>
      {company.summary && <p className="mt-6 max-w-3xl leading-loose">{company.summary}</p>}
      {(company.website || company.alumniNetworkUrl) && (
        <p className="mt-6 flex flex-wrap gap-3 text-sm">
          {company.alumniNetworkUrl && (
            <a href={company.alumniNetworkUrl} rel="noopener" className="rounded-full bg-ai px-5 py-2 font-semibold text-white hover:opacity-90">
              {t('alumniNetwork')}
            </a>
          )}
          {company.website && (
            <a href={company.website} rel="noopener" className="rounded-full border border-line bg-white px-5 py-2 hover:border-ai">
              {t('website')}
            </a>
          )}
        </p>
      )}

      <section aria-labelledby="company-case-studies" className="mt-14">
        <h2 id="company-case-studies" className="mb-6 border-b border-line pb-3 text-2xl font-bold">
          {t('caseStudies', { count: interviews.totalDocs })}
        </h2>
        {interviews.docs.length ? (
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {interviews.docs.map((interview) => (
              <InterviewCard key={interview.id} interview={interview} locale={locale} headingLevel="h3" />
            ))}
          </div>
        ) : (
          <p className="text-muted">{t('noCaseStudies')}</p>
        )}
        <Pagination pathname={`/companies/${slug}`} page={interviews.page ?? page} totalPages={interviews.totalPages} />
      </section>
    </div>
  )
}
