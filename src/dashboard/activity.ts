import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { rows } from './db'

/** 'YYYY-MM' of a moment in Asia/Tokyo, the calendar the dashboard counts months in. */
export const tokyoMonth = (date: Date): string => date.toLocaleString('sv-SE', { timeZone: 'Asia/Tokyo' }).slice(0, 7)

/**
 * Marks the alumnus as active in the month of `at` (sign-in, event registration). One row per
 * person and month, so calling it on every sign-in costs one conflict-ignoring insert.
 */
export const recordActivity = async (
  payload: Payload,
  alumnusId: number,
  at = new Date(),
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  await rows(
    payload,
    sql`INSERT INTO member_activity (alumnus_id, month) VALUES (${alumnusId}, ${tokyoMonth(at)})
        ON CONFLICT (alumnus_id, month) DO NOTHING`,
    req,
  )
}

/**
 * An alumnus who posts, reacts or says they are interested is active that month: the hook for the
 * collaboration board's and the feed's collections.
 */
export const recordActivityOnCreate: CollectionAfterChangeHook = async ({ operation, req }) => {
  if (operation === 'create' && req.user?.collection === 'alumni') {
    await recordActivity(req.payload, Number(req.user.id), new Date(), req)
  }
}
