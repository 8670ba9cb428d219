import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { fillOpenSeats, RSVP_CONTEXT } from '@/events/rsvp'
import type { Registration } from '@/payload-types'

/** Staff placing someone in the admin: their place in the queue is the moment of the save. */
export const stampRegisteredAt: CollectionBeforeChangeHook<Registration> = ({ data, operation }) => {
  if (operation === 'create' && !data.registeredAt) data.registeredAt = new Date().toISOString()
  return data
}

/**
 * Staff cancelling or waitlisting a confirmed person in the admin frees a seat: fill it from the
 * waiting list in the same transaction. The RSVP module does this itself (and marks its writes).
 */
export const promoteAfterStaffChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[RSVP_CONTEXT] || operation !== 'update') return doc
  if (previousDoc?.status === 'confirmed' && doc.status !== 'confirmed') {
    const event = typeof doc.event === 'object' ? doc.event.id : doc.event
    await fillOpenSeats(req, event)
  }
  return doc
}
