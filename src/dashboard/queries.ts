/**
 * The dashboard's raw counts, one aggregate SQL query each (no rows are loaded into Node).
 * Months are 'YYYY-MM' in Asia/Tokyo. These return exact counts and stay inside
 * src/dashboard: `networkDashboard` (metrics.ts) applies the small-group rule before anything
 * is shown.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { rows } from './db'

export type Count = { key: string; count: number }

const month = (column: ReturnType<typeof sql.raw>) => sql`to_char(${column} AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')`

const counts = async (payload: Payload, query: ReturnType<typeof sql>): Promise<Count[]> =>
  (await rows<{ key: string | null; count: string | number }>(payload, query)).map((row) => ({
    key: row.key ?? '',
    count: Number(row.count),
  }))

/** Registrations (accounts created, any status) per month since `from` ('YYYY-MM'). */
export const registrationsByMonth = (payload: Payload, from: string) =>
  counts(
    payload,
    sql`SELECT ${month(sql.raw('created_at'))} AS key, count(*) AS count FROM alumni
        WHERE ${month(sql.raw('created_at'))} >= ${from} GROUP BY 1 ORDER BY 1`,
  )

/**
 * Approvals per month: people approved now, by the month of the decision (`reviewedAt`); an
 * account staff created as approved has no decision date and counts in the month it was created.
 */
export const approvalsByMonth = (payload: Payload, from: string) =>
  counts(
    payload,
    sql`SELECT ${month(sql.raw('coalesce(reviewed_at, created_at)'))} AS key, count(*) AS count FROM alumni
        WHERE status = 'approved' AND ${month(sql.raw('coalesce(reviewed_at, created_at)'))} >= ${from}
        GROUP BY 1 ORDER BY 1`,
  )

/** Every account by status. */
export const membersByStatus = (payload: Payload) =>
  counts(payload, sql`SELECT status::text AS key, count(*) AS count FROM alumni GROUP BY 1 ORDER BY 1`)

/**
 * Approved members by age band in `year`: '20s' … '60s', '70s' (70 and over); people under 30
 * count as '20s'. Members without a birth year are not counted.
 */
export const membersByAgeBand = (payload: Payload, year: number) =>
  counts(
    payload,
    sql`SELECT (least(greatest(floor((${year} - birth_year) / 10), 2), 7) * 10)::int || 's' AS key, count(*) AS count
        FROM alumni WHERE status = 'approved' AND birth_year IS NOT NULL GROUP BY 1 ORDER BY 1`,
  )

/** Approved members by industry of their current work ('' when not given). */
export const membersByIndustry = (payload: Payload) =>
  counts(
    payload,
    sql`SELECT coalesce(industry::text, '') AS key, count(*) AS count FROM alumni
        WHERE status = 'approved' GROUP BY 1 ORDER BY 2 DESC, 1`,
  )

/** Approved members by the year they joined or left the company (profile, else the registration answer). */
export const membersByYear = (payload: Payload, which: 'joined' | 'left') => {
  const column = sql.raw(which === 'joined' ? 'coalesce(joined_year, verification_joined_year)' : 'coalesce(left_year, verification_left_year)')
  return counts(
    payload,
    sql`SELECT (${column})::int::text AS key, count(*) AS count FROM alumni
        WHERE status = 'approved' AND ${column} IS NOT NULL GROUP BY 1 ORDER BY 1`,
  )
}

export type EventAttendance = { id: number; startsAt: string; confirmed: number; attended: number }

/**
 * The `limit` most recent events that have started, with confirmed places and check-ins. Only
 * events readers could see: published, with their publish date passed.
 */
export const attendanceByEvent = async (payload: Payload, limit: number): Promise<EventAttendance[]> =>
  (
    await rows<{ id: number; starts_at: string; confirmed: string; attended: string }>(
      payload,
      sql`SELECT e.id, e.starts_at,
            count(r.id) FILTER (WHERE r.status = 'confirmed') AS confirmed,
            count(r.id) FILTER (WHERE r.checked_in_at IS NOT NULL) AS attended
          FROM events e LEFT JOIN registrations r ON r.event_id = e.id
          WHERE e.starts_at <= now() AND e._status = 'published' AND (e.published_at IS NULL OR e.published_at <= now())
          GROUP BY e.id ORDER BY e.starts_at DESC LIMIT ${limit}`,
    )
  ).map((row) => ({
    id: Number(row.id),
    startsAt: new Date(row.starts_at).toISOString(),
    confirmed: Number(row.confirmed),
    attended: Number(row.attended),
  }))

/** Members by how many events they attended (checked in at): '1', '2', '3+'. */
export const repeatAttendance = (payload: Payload) =>
  counts(
    payload,
    sql`SELECT CASE WHEN n >= 3 THEN '3+' ELSE n::text END AS key, count(*) AS count
        FROM (SELECT alumnus_id, count(DISTINCT event_id) AS n FROM registrations
              WHERE checked_in_at IS NOT NULL GROUP BY alumnus_id) AS attended
        GROUP BY 1 ORDER BY 1`,
  )

/** Distinct members active (signed in, registered for an event) per month since `from`. */
export const activeMembersByMonth = (payload: Payload, from: string) =>
  counts(
    payload,
    sql`SELECT month AS key, count(DISTINCT alumnus_id) AS count FROM member_activity
        WHERE month >= ${from} GROUP BY 1 ORDER BY 1`,
  )

/** Opportunities posted on the collaboration board, and of those how many closed as matched, per month of posting. */
export const opportunitiesByMonth = async (payload: Payload, from: string): Promise<{ key: string; posted: number; matched: number }[]> => {
  const result = await rows<{ key: string; posted: string; matched: string }>(
    payload,
    sql`SELECT ${month(sql.raw('created_at'))} AS key, count(*) AS posted,
          count(*) FILTER (WHERE outcome::text = 'matched') AS matched
        FROM opportunities WHERE ${month(sql.raw('created_at'))} >= ${from} GROUP BY 1 ORDER BY 1`,
  )
  return result.map((row) => ({ key: row.key, posted: Number(row.posted), matched: Number(row.matched) }))
}
