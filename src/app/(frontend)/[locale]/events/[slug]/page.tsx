import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { getEvent } from '@/data/events'
import { pageMetadata } from '@/lib/metadata'
import { localeParam } from '@/i18n/params'
import { formatDateTime, formatEventRange } from '@/lib/format'
import { eventJsonLd } from '@/lib/jsonLd'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 60
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const { slug } = await params
  const found = await getEvent({ slug, locale })
  return found ? pageMetadata({ locale, path: `/events/${slug}`, title: found.event.title, description: found.event.summary }) : {}
}

export default async function EventPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const found = await getEvent({ slug: (await params).slug, locale })
  if (!found) notFound()
  const { event, seatsLeft } = found
  const t = await getTranslations({ locale, namespace: 'events' })
  const zone = event.startsAt_tz || 'Asia/Tokyo'

  const facts: [string, React.ReactNode][] = [
    [
      t('when'),
      <>
        <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, locale, zone)}</time>
        <span className="block text-xs text-muted">{t('timeZone', { zone })}</span>
      </>,
    ],
    [t('where'), [event.venue?.name, event.venue?.address].filter(Boolean).join(' ') || t('online')],
    [
      t('capacity'),
      event.capacity
        ? `${t('people', { count: event.capacity })} — ${seatsLeft ? t('seatsLeft', { count: seatsLeft }) : t('full')}`
        : t('noLimit'),
    ],
  ]
  if (event.registrationDeadline) {
    facts.push([t('deadline'), formatDateTime(event.registrationDeadline, locale, zone)])
  }

  return (
    <article className="mx-auto max-w-3xl px-5 py-14">
      <JsonLd data={eventJsonLd(event, locale)} />
      {event.audience === 'members' && (
        <p className="mb-3 inline-block rounded bg-shu-soft px-2 py-0.5 text-xs font-semibold text-shu">{t('membersOnly')}</p>
      )}
      <h1 className="font-serif text-3xl leading-snug font-bold">{event.title}</h1>
      {event.summary && <p className="mt-4 text-lg">{event.summary}</p>}
      <MediaImage media={event.heroImage} preload sizes="(min-width: 768px) 768px, 100vw" className="mt-8 w-full rounded-xl" />
      <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-xl border border-line bg-white p-6 sm:grid-cols-[9rem_1fr]">
        {facts.map(([term, detail]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-muted">{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <RichText data={event.description} className="mt-10" />
      <p className="mt-10 text-sm text-muted">{t('registerAsMember')}</p>
    </article>
  )
}
