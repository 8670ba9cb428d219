import { confirmedEventsOf } from '@/data/events'
import { payloadClient } from '@/data/payload'
import { alumnusByCalendarToken } from '@/events/calendarToken'
import { calendarResponse, eventsCalendar } from '@/events/ics'
import type { TypedUser } from 'payload'

// Per requester (session or token): never prerendered or cached by Next.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ token: string }> }

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } })

/**
 * `/calendar/<token>.ics`: a person's subscription feed of the events they are confirmed for.
 * Calendar apps poll it without a session, so the secret token in the URL is the credential;
 * an unknown, revoked or malformed token (or an account no longer approved) is a 404. Events
 * are read with the owner's own access, so their online links are included.
 */
export async function GET(_request: Request, { params }: Context) {
  const { token: file } = await params
  if (!file.endsWith('.ics')) return notFound()
  const payload = await payloadClient()
  const alumnus = await alumnusByCalendarToken(payload, file.slice(0, -4))
  if (!alumnus) return notFound()
  const user = { ...alumnus, collection: 'alumni' } as TypedUser
  const events = await confirmedEventsOf({ locale: 'ja', user })
  return calendarResponse(eventsCalendar(events, 'ja', 'Enishi'), 'enishi.ics', 'private, no-store')
}
