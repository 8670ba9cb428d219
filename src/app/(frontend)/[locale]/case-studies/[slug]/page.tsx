import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { InterviewCard } from '@/components/InterviewCard'
import { InterviewBody } from '@/components/interview/InterviewBody'
import { JsonLd } from '@/components/JsonLd'
import { Interviewees } from '@/components/interview/Interviewees'
import { MediaImage } from '@/components/MediaImage'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getInterviewDraft } from '@/data/interviewDraft'
import { getInterview, listRelatedInterviews } from '@/data/interviews'
import { Link } from '@/i18n/navigation'
import { caseStudyImageMetadata } from '@/seo/caseStudyImage'
import { pageMetadata } from '@/seo/metadata'
import { localeParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'
import { articleJsonLd } from '@/seo/jsonLd'
import type { Locale } from '@/i18n/routing'
import { previewGrant } from '@/preview/grant'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 60
// Rendered on first request, then served from the cache until a publish expires it.
export const generateStaticParams = () => []

/**
 * The published case study, or — in draft mode with a preview token for this very document —
 * its current draft. Draft mode renders per request and bypasses every cache.
 */
const findCaseStudy = async (slug: string, locale: Locale) => {
  const grant = await previewGrant('interviews')
  if (grant) {
    const draft = await getInterviewDraft({ id: grant.id, slug, locale })
    if (draft) return { ...draft, preview: true }
  }
  const found = await getInterview({ slug, locale })
  return found && { ...found, preview: false }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const { slug } = await params
  const found = await findCaseStudy(slug, locale)
  if (!found) return {}
  const { title, lead, meta } = found.interview
  return caseStudyImageMetadata(pageMetadata({ locale, path: `/case-studies/${slug}`, title, description: lead, meta }), {
    slug,
    locale,
    title,
  })
}

export default async function CaseStudy({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const { slug } = await params
  const found = await findCaseStudy(slug, locale)
  if (!found) notFound()
  const { interview, translated, preview } = found
  const company = typeof interview.company === 'object' ? interview.company : null
  const [t, related] = await Promise.all([
    getTranslations({ locale, namespace: 'caseStudies' }),
    listRelatedInterviews({ id: interview.id, company: company?.id, tags: interview.tags ?? [], locale }),
  ])
  const speakers = new Map(
    interview.interviewees.map((p) => [p.name, [p.organization, p.role].filter(Boolean).join(' ')]),
  )

  return (
    <>
      {preview && <PreviewBanner locale={locale} path={`/case-studies/${slug}`} />}
      <JsonLd data={articleJsonLd(interview, locale)} />
      <article lang={translated ? locale : 'ja'} className="pb-10">
        <header className="mx-auto max-w-3xl px-5 pt-14">
          {!translated && (
            <p lang={locale} className="mb-6 rounded-lg bg-shu-soft px-4 py-3 text-sm">
              {t('onlyInJapanese')}
            </p>
          )}
          <p className="text-sm font-semibold tracking-wider text-shu">
            {[interview.series, company?.name].filter(Boolean).join(' ／ ')}
          </p>
          <h1 className="mt-3 font-serif text-3xl leading-snug font-bold sm:text-4xl">{interview.title}</h1>
          {interview.publishedAt && (
            <p className="mt-4 text-sm text-muted" lang={locale}>
              {t('publishedOn')}:{' '}
              <time dateTime={interview.publishedAt}>{formatDate(interview.publishedAt, locale)}</time>
            </p>
          )}
        </header>

        <div className="mx-auto mt-8 max-w-5xl px-5">
          <MediaImage
            media={interview.heroImage}
            preload
            sizes="(min-width: 1024px) 1024px, 100vw"
            maxWidth={1024}
            className="aspect-[16/9] w-full rounded-xl object-cover"
          />
        </div>

        <div className="mx-auto max-w-3xl px-5">
          <p className="mt-10 text-lg leading-loose font-medium">{interview.lead}</p>

          <Interviewees
            people={interview.interviewees}
            title={t('interviewees')}
            alumniLabel={t('alumni')}
            profileLabel={t('memberProfile')}
          />

          <InterviewBody blocks={interview.body} speakers={speakers} />

          {interview.tags?.length ? (
            <p className="mt-12 flex flex-wrap gap-2 text-sm" lang={locale}>
              <span className="sr-only">{t('tags')}:</span>
              {interview.tags.map((tag) => (
                <span key={tag} className="rounded-full bg-white px-3 py-1 ring-1 ring-line">
                  #{tag}
                </span>
              ))}
            </p>
          ) : null}

          {company && (
            <aside
              lang={locale}
              className="mt-14 rounded-xl border border-line bg-white p-6"
              aria-labelledby="about-company"
            >
              <h2 id="about-company" className="text-sm font-semibold text-muted">
                {t('aboutCompany')}
              </h2>
              <div className="mt-3 flex items-center gap-4">
                <MediaImage media={company.logo} alt="" sizes="64px" maxWidth={64} className="h-16 w-16 rounded-lg object-contain" />
                <p className="text-lg font-bold">
                  <Link href={`/companies/${company.slug}`} className="hover:text-ai hover:underline">
                    {company.name}
                  </Link>
                </p>
              </div>
              {company.summary && <p className="mt-3 text-sm">{company.summary}</p>}
              <p className="mt-4 flex flex-wrap gap-4 text-sm">
                <Link
                  href={{ pathname: '/case-studies', query: { company: company.slug } }}
                  className="text-ai underline"
                >
                  {t('title')}: {company.name}
                </Link>
                {company.website && (
                  <a href={company.website} className="text-ai underline" rel="noopener">
                    {t('companySite')}
                  </a>
                )}
                {company.alumniNetworkUrl && (
                  <a href={company.alumniNetworkUrl} className="text-ai underline" rel="noopener">
                    {t('companyAlumniNetwork')}
                  </a>
                )}
              </p>
            </aside>
          )}
        </div>
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mx-auto mt-6 max-w-6xl px-5">
          <h2 id="related" className="mb-6 border-b border-line pb-3 text-2xl font-bold">
            {t('related')}
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((item) => (
              <InterviewCard key={item.id} interview={item} locale={locale} />
            ))}
          </div>
        </section>
      )}
    </>
  )
}
