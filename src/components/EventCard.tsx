import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatEventRange } from '@/lib/format'
import type { Event } from '@/payload-types'

type Card = Pick<Event, 'title' | 'slug' | 'summary' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'venue'>

export function EventCard({ event, locale, headingLevel = 'h3', onlineLabel }: { event: Card; locale: Locale; headingLevel?: 'h2' | 'h3'; onlineLabel: string }) {
  const Heading = headingLevel
  return (
    <article className="rounded-xl border border-line bg-white p-5">
      <p className="text-sm font-semibold text-ai">
        <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, locale, event.startsAt_tz)}</time>
      </p>
      <Heading className="mt-1 text-lg leading-snug font-bold">
        <Link href={`/events/${event.slug}`} className="hover:text-ai">
          {event.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-muted">{event.venue?.name || onlineLabel}</p>
      {event.summary && <p className="mt-2 line-clamp-2 text-sm">{event.summary}</p>}
    </article>
  )
}
