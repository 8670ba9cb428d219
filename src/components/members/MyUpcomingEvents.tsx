import { getTranslations } from 'next-intl/server'
import type { TypedUser } from 'payload'

import { listMembersEvents, myUpcomingRegistrations } from '@/data/events'
import { eventPath } from '@/events/links'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatEventRange } from '@/lib/format'

/**
 * The members home's events: what I registered for (confirmed, or my place on the waiting list)
 * and the members-only events coming up.
 */
export async function MyUpcomingEvents({ locale, viewer }: { locale: Locale; viewer: TypedUser }) {
  const t = await getTranslations({ locale, namespace: 'myEvents' })
  const [mine, membersEvents] = await Promise.all([
    myUpcomingRegistrations({ locale, user: viewer }),
    listMembersEvents({ locale, user: viewer }),
  ])
  const rows = mine.map(({ event, registration, position }) => ({
    event,
    status: registration.status === 'waitlisted' ? t('status.waitlisted', { position: position ?? 0 }) : t('status.confirmed'),
  }))
  const item = (event: (typeof membersEvents)[number], status?: string) => (
    <li key={event.id} className="rounded-xl border border-line bg-white p-5">
      <p className="text-sm font-semibold text-ai">{formatEventRange(event.startsAt, event.endsAt, locale, event.startsAt_tz || 'Asia/Tokyo')}</p>
      <Link href={eventPath(event)} className="mt-1 block font-bold hover:text-ai">
        {event.title}
      </Link>
      {status && <p className="mt-2 inline-block rounded bg-ai/10 px-2 py-0.5 text-xs font-semibold text-ai">{status}</p>}
    </li>
  )
  return (
    <div className="mt-10 grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="my-events-title" data-testid="my-events">
        <h2 id="my-events-title" className="mb-4 text-xl font-bold">
          {t('title')}
        </h2>
        {rows.length ? (
          <ul className="space-y-3">{rows.map(({ event, status }) => item(event, status))}</ul>
        ) : (
          <p className="text-muted">
            {t('empty')}{' '}
            <Link href="/events" className="text-ai underline">
              {t('browse')}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="members-events-title" data-testid="members-events">
        <h2 id="members-events-title" className="mb-4 text-xl font-bold">
          {t('membersTitle')}
        </h2>
        {membersEvents.length ? (
          <ul className="space-y-3">{membersEvents.map((event) => item(event))}</ul>
        ) : (
          <p className="text-muted">{t('membersEmpty')}</p>
        )}
      </section>
    </div>
  )
}
