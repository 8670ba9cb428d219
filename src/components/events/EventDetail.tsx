import { getTranslations } from 'next-intl/server'

import { ClientMessages } from '@/i18n/ClientMessages'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { eventCalendarPath, eventPath, googleCalendarUrl } from '@/events/links'
import { localizedPath, type Locale } from '@/i18n/routing'
import { formatDateTime, formatEventRange } from '@/lib/format'
import { eventJsonLd } from '@/seo/jsonLd'
import type { Event } from '@/payload-types'

import { RsvpPanel } from './RsvpPanel'

/**
 * An event's page body, shared by the public page (/events/[slug], cached) and the members-only
 * one (/members/events/[slug], per viewer): when in the event's zone, where, seats, deadline,
 * calendar links and the RSVP panel, which loads the viewer's own state in the browser.
 */
export async function EventDetail({ event, seatsLeft, online, locale }: { event: Event; seatsLeft: number | null; online: boolean; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'events' })
  const tr = await getTranslations({ locale, namespace: 'rsvp' })
  const zone = event.startsAt_tz || 'Asia/Tokyo'
  const place = [event.venue?.name, event.venue?.address].filter(Boolean).join(' ')
  const signInHref = `${localizedPath('/login', locale)}?${new URLSearchParams({ next: eventPath(event) })}`

  const facts: [string, React.ReactNode][] = [
    [
      t('when'),
      <>
        <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, locale, zone)}</time>
        <span className="block text-xs text-muted">{t('timeZone', { zone })}</span>
      </>,
    ],
    [t('where'), [place, online || !place ? t('online') : null].filter(Boolean).join(' / ')],
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
      <MediaImage media={event.heroImage} preload sizes="(min-width: 768px) 768px, 100vw" maxWidth={768} className="mt-8 w-full rounded-xl" />
      <dl className="mt-8 grid gap-x-6 gap-y-3 rounded-xl border border-line bg-white p-6 sm:grid-cols-[9rem_1fr]">
        {facts.map(([term, detail]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-muted">{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <ClientMessages namespaces={['rsvp']}>
        <RsvpPanel eventId={event.id} signInHref={signInHref} />
      </ClientMessages>
      <p className="mt-6 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <span className="font-semibold">{tr('calendar')}:</span>
        <a href={localizedPath(eventCalendarPath(event), locale)} className="text-ai underline">
          {tr('ics')}
        </a>
        <a
          href={googleCalendarUrl({ title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, startsAt_tz: zone, details: event.summary ?? undefined, location: place || undefined })}
          className="text-ai underline"
          rel="noopener noreferrer"
          target="_blank"
        >
          {tr('google')}
        </a>
      </p>
      <RichText data={event.description} className="mt-10" />
    </article>
  )
}
