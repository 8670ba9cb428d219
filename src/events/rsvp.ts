/**
 * Registering for events: the one place that decides who gets a seat.
 *
 * Every register, cancel and capacity change runs in one PostgreSQL transaction that first locks
 * the event's row (`SELECT … FOR UPDATE`), so concurrent requests for one event queue up and
 * each counts the seats after the previous one committed: capacity is never exceeded, and the
 * waiting list moves up strictly in order of registration (`registeredAt`, then id; rows from
 * before that field existed count from their creation).
 *
 * Alumni reach this only through the RSVP endpoints (collections/Events/endpoints.ts); the
 * registrations collection itself is staff-only, so nobody confirms themselves through REST or
 * GraphQL. Promotion e-mails are queued as jobs inside the transaction (nothing is sent for a
 * rolled-back promotion) and run right after the commit.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { isApprovedAlumnus } from '@/access'
import { recordActivity } from '@/dashboard/activity'
import type { Registration } from '@/payload-types'

/** Marks the module's own registration writes, so the staff-change hook leaves them alone. */
export const RSVP_CONTEXT = 'rsvp'

export type RsvpStatus = 'confirmed' | 'waitlisted'

/** Why a request was refused; each maps to a message on the page and a 4xx from the API. */
export type RsvpRefusal = 'notAllowed' | 'notFound' | 'closed' | 'notRegistered'

export type RsvpResult =
  | { ok: true; status: RsvpStatus | 'cancelled'; position: number | null; promoted: number[] }
  | { ok: false; reason: RsvpRefusal }

type LockedEvent = { id: number; capacity: number | null; startsAt: Date; deadline: Date | null }

const sqlOf = async (req: PayloadRequest) => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return (id && adapter.sessions?.[id]?.db) || adapter.drizzle
}

const rows = async <T>(req: PayloadRequest, query: ReturnType<typeof sql>): Promise<T[]> => {
  const db = await sqlOf(req)
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

/** Locks the event's row for the rest of the transaction and reads what seat decisions need. */
const lockEvent = async (req: PayloadRequest, eventId: number): Promise<LockedEvent | null> => {
  const [row] = await rows<{ id: number; capacity: string | null; starts_at: string; registration_deadline: string | null }>(
    req,
    sql`SELECT id, capacity, starts_at, registration_deadline FROM events WHERE id = ${eventId} FOR UPDATE`,
  )
  if (!row) return null
  return {
    id: row.id,
    capacity: row.capacity === null ? null : Number(row.capacity),
    startsAt: new Date(row.starts_at),
    deadline: row.registration_deadline ? new Date(row.registration_deadline) : null,
  }
}

/** Registration closes at the deadline, and in any case when the event starts. */
export const registrationOpen = (event: { startsAt: Date | string; deadline?: Date | string | null }, now = new Date()) =>
  now < new Date(event.startsAt) && (!event.deadline || now <= new Date(event.deadline))

const countConfirmed = async (req: PayloadRequest, eventId: number): Promise<number> => {
  const [row] = await rows<{ n: string }>(
    req,
    sql`SELECT count(*) AS n FROM registrations WHERE event_id = ${eventId} AND status = 'confirmed'`,
  )
  return Number(row.n)
}

/** 1 for the first person waiting, and so on. */
export const waitlistPosition = async (req: PayloadRequest, registrationId: number): Promise<number | null> =>
  (await waitlistPositions(req, [registrationId])).get(registrationId) ?? null

/**
 * The places of several waiting registrations in one query (a page listing a member's
 * registrations must not ask once per row); ids that are not waiting are absent from the map.
 */
export const waitlistPositions = async (req: PayloadRequest, registrationIds: number[]): Promise<Map<number, number>> => {
  if (!registrationIds.length) return new Map()
  const found = await rows<{ id: number; n: string }>(
    req,
    sql`SELECT r.id, (SELECT count(*) FROM registrations o
                 WHERE o.event_id = r.event_id AND o.status = 'waitlisted'
                   AND (coalesce(o.registered_at, o.created_at), o.id) <= (coalesce(r.registered_at, r.created_at), r.id)) AS n
          FROM registrations r WHERE r.id = ANY(${sql.param(registrationIds.map(Number))}::int[]) AND r.status = 'waitlisted'`,
  )
  return new Map(found.map((row) => [Number(row.id), Number(row.n)]))
}

/** The queued promotion e-mail jobs of this request, run once the transaction committed. */
const queuedMail = new WeakMap<PayloadRequest, (number | string)[]>()

/**
 * Confirms waiting people, earliest first, while seats are free (all of them when the event has
 * no limit). Called with the event locked by this module, or from collection hooks inside the
 * admin's own transaction (a capacity raised, a confirmed person cancelled by staff), where it
 * takes the lock itself. Nobody moves up once the event has started.
 */
export const fillOpenSeats = async (req: PayloadRequest, eventId: number): Promise<number[]> => {
  const event = await lockEvent(req, eventId)
  if (!event || new Date() >= event.startsAt) return []
  const free = event.capacity === null ? null : event.capacity - (await countConfirmed(req, eventId))
  if (free !== null && free <= 0) return []
  const waiting = await rows<{ id: number }>(
    req,
    sql`SELECT id FROM registrations WHERE event_id = ${eventId} AND status = 'waitlisted'
        ORDER BY coalesce(registered_at, created_at), id ${free === null ? sql`` : sql`LIMIT ${free}`}`,
  )
  for (const { id } of waiting) {
    await req.payload.update({
      collection: 'registrations',
      id,
      data: { status: 'confirmed' },
      req,
      overrideAccess: true,
      depth: 0,
      context: { [RSVP_CONTEXT]: true },
    })
    const job = await req.payload.jobs.queue({ task: 'eventPromotionEmail', input: { registration: id }, req })
    queuedMail.set(req, [...(queuedMail.get(req) ?? []), job.id])
  }
  return waiting.map((row) => row.id)
}

/** Sends the promotion mails queued by a committed request now instead of at the next job run. */
const sendQueuedMail = (payload: Payload, req: PayloadRequest) => {
  for (const id of queuedMail.get(req) ?? []) {
    payload.jobs.runByID({ id, silent: true }).catch((err: unknown) => {
      // The job stays queued and the regular job runner retries it.
      payload.logger.error({ err, msg: `promotion e-mail job ${id} failed` })
    })
  }
}

/** Runs `work` in a transaction of its own, as `user`, with the event row locked. */
const withLockedEvent = async (
  payload: Payload,
  user: TypedUser,
  eventId: number,
  work: (req: PayloadRequest, event: LockedEvent) => Promise<RsvpResult>,
): Promise<RsvpResult> => {
  const req = await createLocalReq({ user }, payload)
  await initTransaction(req)
  try {
    const event = await lockEvent(req, eventId)
    const result = event ? await work(req, event) : ({ ok: false, reason: 'notFound' } as const)
    await commitTransaction(req)
    sendQueuedMail(payload, req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Whether this person may see the event at all (published, members-only for members). */
const canSee = async (payload: Payload, user: TypedUser, eventId: number): Promise<boolean> => {
  const { totalDocs } = await payload.count({
    collection: 'events',
    where: { id: { equals: eventId } },
    overrideAccess: false,
    user,
  })
  return totalDocs > 0
}

const findOwn = async (req: PayloadRequest, eventId: number, alumnusId: number): Promise<Registration | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { alumnus: { equals: alumnusId } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0]
}

const placed = async (req: PayloadRequest, reg: Pick<Registration, 'id' | 'status'>, promoted: number[] = []): Promise<RsvpResult> => ({
  ok: true,
  status: reg.status,
  position: reg.status === 'waitlisted' ? await waitlistPosition(req, reg.id) : null,
  promoted,
})

/**
 * Registers an approved alumnus: a seat while there is one, else the waiting list. Registering
 * again while registered changes nothing; after cancelling, the same row is used again with a
 * new place in the queue.
 */
export const register = async (payload: Payload, user: TypedUser | null, eventId: number): Promise<RsvpResult> => {
  if (!user || !isApprovedAlumnus(user)) return { ok: false, reason: 'notAllowed' }
  if (!(await canSee(payload, user, eventId))) return { ok: false, reason: 'notFound' }
  const result = await withLockedEvent(payload, user, eventId, async (req, event) => {
    const alumnusId = Number(user.id)
    const existing = await findOwn(req, eventId, alumnusId)
    if (existing && existing.status !== 'cancelled') return placed(req, existing)
    if (!registrationOpen(event)) return { ok: false, reason: 'closed' }
    // People already waiting keep their turn: fill any free seat from the queue first.
    const promoted = await fillOpenSeats(req, eventId)
    const full = event.capacity !== null && (await countConfirmed(req, eventId)) >= event.capacity
    const data = {
      status: (full ? 'waitlisted' : 'confirmed') as RsvpStatus,
      registeredAt: new Date().toISOString(),
      reminderSentAt: null,
      checkedInAt: null,
    }
    const options = { req, overrideAccess: true, depth: 0, context: { [RSVP_CONTEXT]: true } } as const
    const saved = existing
      ? await payload.update({ collection: 'registrations', id: existing.id, data, ...options })
      : await payload.create({ collection: 'registrations', data: { ...data, event: eventId, alumnus: alumnusId }, ...options })
    return placed(req, saved, promoted)
  })
  // Registering for an event makes the month an active one (network dashboard); never fails the RSVP.
  if (result.ok) await recordActivity(payload, Number(user.id)).catch((err) => payload.logger.error({ err, msg: 'could not record activity' }))
  return result
}

/** Cancels the alumnus's place (until the event starts); a freed seat goes to the first person waiting. */
export const cancel = async (payload: Payload, user: TypedUser | null, eventId: number): Promise<RsvpResult> => {
  if (!user || !isApprovedAlumnus(user)) return { ok: false, reason: 'notAllowed' }
  if (!(await canSee(payload, user, eventId))) return { ok: false, reason: 'notFound' }
  return withLockedEvent(payload, user, eventId, async (req, event) => {
    const existing = await findOwn(req, eventId, Number(user.id))
    if (!existing || existing.status === 'cancelled') return { ok: false, reason: 'notRegistered' }
    if (new Date() >= event.startsAt) return { ok: false, reason: 'closed' }
    await payload.update({
      collection: 'registrations',
      id: existing.id,
      data: { status: 'cancelled' },
      req,
      overrideAccess: true,
      depth: 0,
      context: { [RSVP_CONTEXT]: true },
    })
    const promoted = existing.status === 'confirmed' ? await fillOpenSeats(req, eventId) : []
    return { ok: true, status: 'cancelled', position: null, promoted }
  })
}

export type RsvpView = {
  signedIn: boolean
  /** Whether the viewer may register at all (an approved alumnus). */
  eligible: boolean
  status: Registration['status'] | null
  position: number | null
  open: boolean
  capacity: number | null
  seatsLeft: number | null
  waiting: number
  /** Present only when field access lets the viewer read it (confirmed attendees, staff). */
  onlineUrl: string | null
}

/** What the RSVP panel shows one viewer: their place, and fresh seat numbers. */
export const rsvpView = async (payload: Payload, user: TypedUser | null, eventId: number): Promise<RsvpView | null> => {
  const event = await payload
    .findByID({
      collection: 'events',
      id: eventId,
      overrideAccess: false,
      user,
      depth: 0,
      select: { capacity: true, startsAt: true, registrationDeadline: true, onlineUrl: true },
    })
    .catch(() => null)
  if (!event) return null
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const [counts] = await rows<{ confirmed: string; waiting: string }>(
    req,
    sql`SELECT count(*) FILTER (WHERE status = 'confirmed') AS confirmed, count(*) FILTER (WHERE status = 'waitlisted') AS waiting
          FROM registrations WHERE event_id = ${eventId}`,
  )
  const own = user && isApprovedAlumnus(user) ? await findOwn(req, eventId, Number(user.id)) : undefined
  const capacity = event.capacity ?? null
  return {
    signedIn: Boolean(user),
    eligible: Boolean(user && isApprovedAlumnus(user)),
    status: own?.status ?? null,
    position: own?.status === 'waitlisted' ? await waitlistPosition(req, own.id) : null,
    open: registrationOpen({ startsAt: event.startsAt, deadline: event.registrationDeadline }),
    capacity,
    seatsLeft: capacity === null ? null : Math.max(capacity - Number(counts.confirmed), 0),
    waiting: Number(counts.waiting),
    onlineUrl: event.onlineUrl ?? null,
  }
}
