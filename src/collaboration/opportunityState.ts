import type { Where } from 'payload'

import type { Opportunity } from '@/payload-types'

/** The start of today in Japan: a deadline is the last day an opportunity is open. */
export const startOfTodayJapan = (now = new Date()): Date => {
  const day = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10)
  return new Date(`${day}T00:00:00+09:00`)
}

/** Open: not closed, and the deadline (if any) is today or later. */
export const isOpen = (doc: Pick<Opportunity, 'status' | 'deadline'>, now = new Date()): boolean =>
  doc.status === 'open' && (!doc.deadline || new Date(doc.deadline) >= startOfTodayJapan(now))

/** The same rule as a query, for the open list. */
export const openWhere = (now = new Date()): Where => ({
  and: [
    { status: { equals: 'open' } },
    { or: [{ deadline: { exists: false } }, { deadline: { greater_than_equal: startOfTodayJapan(now).toISOString() } }] },
  ],
})
