import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventCard } from '@/components/EventCard'
import { listEvents } from '@/data/events'
import { pageMetadata } from '@/seo/metadata'
import { localeParam } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'events' })
  return pageMetadata({ locale, path: '/events', title: t('title'), description: t('lead') })
}

export default async function Events({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const [t, upcoming, past] = await Promise.all([
    getTranslations({ locale, namespace: 'events' }),
    listEvents({ locale, when: 'upcoming' }),
    listEvents({ locale, when: 'past', limit: 12 }),
  ])
  const list = (events: typeof upcoming) =>
    events.length ? (
      <div className="grid gap-4 sm:grid-cols-2">
        {events.map((event) => (
          <EventCard key={event.id} event={event} locale={locale} onlineLabel={t('online')} />
        ))}
      </div>
    ) : (
      <p className="text-muted">{t('empty')}</p>
    )

  return (
    <div className="mx-auto max-w-6xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      <section aria-labelledby="upcoming" className="mt-10">
        <h2 id="upcoming" className="mb-5 text-xl font-bold">
          {t('upcoming')}
        </h2>
        {list(upcoming)}
      </section>
      <section aria-labelledby="past" className="mt-14">
        <h2 id="past" className="mb-5 text-xl font-bold">
          {t('past')}
        </h2>
        {list(past)}
      </section>
    </div>
  )
}
