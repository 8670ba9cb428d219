import { getEventFor } from '@/data/events'
import { payloadClient } from '@/data/payload'
import { calendarResponse, eventsCalendar } from '@/events/ics'
import { isLocale, routing } from '@/i18n/routing'

// Per requester (session or token): never prerendered or cached by Next.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; slug: string }> }

/**
 * `/events/[slug]/calendar.ics`: one event for a calendar app. Read with the requester's own
 * access (their session cookie), so a members-only event is a 404 for visitors and the online
 * link is in the file only for confirmed attendees and staff. Never cached: the answer depends
 * on who asks.
 */
export async function GET(request: Request, { params }: Context) {
  const { locale: raw, slug } = await params
  const locale = isLocale(raw) ? raw : routing.defaultLocale
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const found = await getEventFor({ slug, locale, user })
  if (!found) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } })
  return calendarResponse(eventsCalendar([found.event], locale), `${slug}.ics`, 'private, no-store')
}
