import type { CollectionAfterChangeHook } from 'payload'

import { fillOpenSeats } from '@/events/rsvp'
import type { Event } from '@/payload-types'

/**
 * Staff raising the capacity (or removing the limit) opens seats: move waiting people up in the
 * same transaction as the edit. Their mails are queued jobs, sent by the job runner.
 */
export const promoteOnCapacityChange: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.capacity === previousDoc?.capacity) return doc
  await fillOpenSeats(req, doc.id)
  return doc
}
