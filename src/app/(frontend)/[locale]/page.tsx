import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventCard } from '@/components/EventCard'
import { InterviewCard } from '@/components/InterviewCard'
import { listAnnouncements } from '@/data/announcements'
import { listEvents } from '@/data/events'
import { listInterviews } from '@/data/interviews'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { formatDate } from '@/lib/format'
import { pageMetadata } from '@/seo/metadata'

export const revalidate = 60

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale })
  const title = `${t('site.name')} — ${t('site.tagline')}`
  // The home page's title is the site's own, without the "| Enishi" template of the other pages.
  return { ...pageMetadata({ locale, path: '/', title, description: t('site.description') }), title: { absolute: title } }
}

export default async function Home({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const [t, interviews, events, news] = await Promise.all([
    getTranslations({ locale }),
    listInterviews({ locale, page: 1 }),
    listEvents({ locale, when: 'upcoming', limit: 3 }),
    listAnnouncements({ locale, limit: 5 }),
  ])
  const latest = interviews.docs.slice(0, 6)
  // On a phone the first card's image is the largest thing shown first: fetched before layout.
  const firstWithImage = latest.find((interview) => interview.heroImage)

  return (
    <>
      <section className="bg-ai text-white">
        <div className="mx-auto max-w-6xl px-5 py-20">
          <p className="font-serif text-lg text-white/70">縁 — Enishi</p>
          <h1 className="mt-3 font-serif text-4xl leading-tight font-bold sm:text-5xl">{t('home.heroTitle')}</h1>
          <p className="mt-6 max-w-2xl text-lg text-white/90">{t('home.heroLead')}</p>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-5">
        <section aria-labelledby="latest-case-studies" className="mt-16">
          <SectionHeader id="latest-case-studies" title={t('home.latestCaseStudies')} href="/case-studies" more={t('home.seeAll')} />
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {latest.map((interview) => (
              <InterviewCard key={interview.id} interview={interview} locale={locale} preload={interview === firstWithImage} />
            ))}
          </div>
        </section>

        <div className="mt-20 grid gap-12 lg:grid-cols-2">
          <section aria-labelledby="upcoming-events">
            <SectionHeader id="upcoming-events" title={t('home.upcomingEvents')} href="/events" more={t('home.seeAll')} />
            {events.length ? (
              <div className="grid gap-4">
                {events.map((event) => (
                  <EventCard key={event.id} event={event} locale={locale} onlineLabel={t('events.online')} />
                ))}
              </div>
            ) : (
              <p className="text-muted">{t('home.noEvents')}</p>
            )}
          </section>

          <section aria-labelledby="latest-news">
            <SectionHeader id="latest-news" title={t('home.latestNews')} href="/news" more={t('home.seeAll')} />
            {news.docs.length ? (
              <ul className="divide-y divide-line rounded-xl border border-line bg-white">
                {news.docs.map((item) => (
                  <li key={item.id} className="px-5 py-4">
                    {item.publishedAt && (
                      <time dateTime={item.publishedAt} className="text-xs text-muted">
                        {formatDate(item.publishedAt, locale)}
                      </time>
                    )}
                    <p className="mt-1">
                      <Link href={`/news/${item.slug}`} className="hover:text-ai">
                        {item.title}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">{t('home.noNews')}</p>
            )}
          </section>
        </div>
      </div>
    </>
  )
}

function SectionHeader({ id, title, href, more }: { id: string; title: string; href: '/case-studies' | '/events' | '/news'; more: string }) {
  return (
    <div className="mb-6 flex items-baseline justify-between border-b border-line pb-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <Link href={href} className="text-sm text-ai hover:underline">
        {more} <span aria-hidden="true">→</span>
      </Link>
    </div>
  )
}
