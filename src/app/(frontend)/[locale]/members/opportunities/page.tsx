import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { buttonClass, controlClass, labelClass } from '@/components/forms/styles'
import { OpportunityCard } from '@/components/collaboration/OpportunityCard'
import { Pagination } from '@/components/Pagination'
import { industryParam, kindParam, listMyOpportunities, listOpenOpportunities } from '@/data/opportunities'
import { Link } from '@/i18n/navigation'
import { localeParam, pageParam } from '@/i18n/params'
import { INDUSTRIES, OPPORTUNITY_KINDS } from '@/lib/options'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string; kind?: string; industry?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * The collaboration board: open opportunities (not closed, deadline not passed, not hidden),
 * newest first, filtered by kind and industry, and the viewer's own posts. Members only.
 */
export default async function OpportunitiesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = await searchParams
  const page = pageParam(query.page)
  const kind = kindParam(query.kind)
  const industry = industryParam(query.industry)
  const filters = { ...(kind ? { kind } : {}), ...(industry ? { industry } : {}) }
  const path = `/members/opportunities${Object.keys(filters).length || page > 1 ? `?${new URLSearchParams({ ...filters, ...(page > 1 ? { page: String(page) } : {}) })}` : ''}`
  const viewer = await requireMember(locale, path)
  const [t, list, mine] = await Promise.all([
    getTranslations({ locale, namespace: 'opportunities' }),
    listOpenOpportunities(viewer, { kind, industry, page }),
    listMyOpportunities(viewer),
  ])
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-3 text-muted">{t('lead')}</p>
        </div>
        <Link href="/members/opportunities/new" className={buttonClass}>
          {t('new')}
        </Link>
      </div>

      <form method="get" className="mt-8 flex flex-wrap items-end gap-4 rounded-xl border border-line bg-white p-4">
        <label className={labelClass}>
          {t('filterKind')}
          <select name="kind" defaultValue={kind ?? ''} className={controlClass}>
            <option value="">{t('all')}</option>
            {OPPORTUNITY_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('filterIndustry')}
          <select name="industry" defaultValue={industry ?? ''} className={controlClass}>
            <option value="">{t('all')}</option>
            {INDUSTRIES.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label[locale]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass}>
          {t('filter')}
        </button>
      </form>

      {list.docs.length ? (
        <ul className="mt-8 grid gap-5 md:grid-cols-2">
          {list.docs.map((doc) => (
            <li key={doc.id}>
              <OpportunityCard doc={doc} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-8 text-muted">{t('empty')}</p>
      )}
      <Pagination pathname="/members/opportunities" page={list.page ?? page} totalPages={list.totalPages} query={filters} />

      {mine.length > 0 && (
        <section className="mt-12">
          <h2 className="text-xl font-bold">{t('mine')}</h2>
          <ul className="mt-4 divide-y divide-line rounded-xl border border-line bg-white">
            {mine.map((doc) => (
              <li key={doc.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <Link href={`/members/opportunities/${doc.id}`} className="font-semibold text-ai hover:underline">
                  {doc.title}
                </Link>
                <span className="text-sm text-muted">
                  {doc.status === 'closed' ? `${t('closed')}${doc.outcome ? ` · ${t(`outcome.${doc.outcome}`)}` : ''}` : t('open')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
