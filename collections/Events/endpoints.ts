import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access'
import { attendeesCsv } from '@/events/attendees'
import { cancel, register, type RsvpRefusal, rsvpView } from '@/events/rsvp'
import { clientIp } from '@/security/clientIp'
import { rateLimiter, tooManyRequests } from '@/security/rateLimit'

const REFUSAL_STATUS: Record<RsvpRefusal, number> = { notAllowed: 403, notFound: 404, closed: 409, notRegistered: 409 }

const REFUSAL_MESSAGE: Record<RsvpRefusal, string> = {
  notAllowed: 'Only approved alumni can register for events.',
  notFound: 'Event not found.',
  closed: 'Registration for this event is closed.',
  notRegistered: 'You are not registered for this event.',
}

/** The event id from the path, or null for anything that is not a positive integer. */
const eventId = (req: PayloadRequest): number | null => {
  const raw = String(req.routeParams?.id ?? '')
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null
}

const error = (status: number, message: string, reason?: string) =>
  Response.json({ errors: [{ message }], ...(reason ? { reason } : {}) }, { status, headers: { 'Cache-Control': 'private, no-store' } })

const rsvp = (action: typeof register): Endpoint['handler'] => async (req) => {
  const id = eventId(req)
  if (id === null) return error(404, REFUSAL_MESSAGE.notFound, 'notFound')
  const limit = await rateLimiter().consume('rsvp', { ip: clientIp(req.headers), account: req.user?.id ?? null })
  if (!limit.ok) return tooManyRequests(limit.retryAfter)
  const result = await action(req.payload, req.user, id)
  if (!result.ok) return error(REFUSAL_STATUS[result.reason], REFUSAL_MESSAGE[result.reason], result.reason)
  return Response.json(result, { headers: { 'Cache-Control': 'private, no-store' } })
}

/**
 * `/api/events/:id/rsvp` — the viewer's registration: GET reads it (with fresh seat numbers),
 * POST registers (a seat, or the waiting list), DELETE cancels. Only approved alumni write;
 * the seat logic is src/events/rsvp.ts.
 * `/api/events/:id/attendees.csv` — staff download the attendee list.
 */
export const eventEndpoints: Endpoint[] = [
  {
    path: '/:id/rsvp',
    method: 'get',
    handler: async (req) => {
      const id = eventId(req)
      const view = id === null ? null : await rsvpView(req.payload, req.user, id)
      if (!view) return error(404, REFUSAL_MESSAGE.notFound, 'notFound')
      return Response.json(view, { headers: { 'Cache-Control': 'private, no-store' } })
    },
  },
  { path: '/:id/rsvp', method: 'post', handler: rsvp(register) },
  { path: '/:id/rsvp', method: 'delete', handler: rsvp(cancel) },
  {
    path: '/:id/attendees.csv',
    method: 'get',
    handler: async (req) => {
      if (!isStaff(req.user)) return error(403, 'Only staff can export attendees.')
      const id = eventId(req)
      const event =
        id === null
          ? null
          : await req.payload.findByID({ collection: 'events', id, depth: 0, select: { slug: true, startsAt_tz: true } }).catch(() => null)
      if (!event || id === null) return error(404, REFUSAL_MESSAGE.notFound)
      const csv = await attendeesCsv(req.payload, id, event.startsAt_tz || 'Asia/Tokyo')
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="attendees-${event.slug}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    },
  },
]
