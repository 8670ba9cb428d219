import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import type { Alumnus } from '@/payload-types'
import { directoryEntry } from '@/search/profileIndex'
import { saveDirectoryEntry } from '@/search/store'

/**
 * Keeps the person's directory row (docs/search.md) in step with every save, in the same
 * transaction. The document is read back as stored: the `doc` a hook receives has passed the
 * caller's field access and `select`, and may lack fields. Deleting an alumnus deletes the row
 * (a cascading foreign key).
 */
export const updateDirectoryEntry: CollectionAfterChangeHook<Alumnus> = async ({ doc, req }) => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const saved = await adapter.findOne<Alumnus>({ collection: 'alumni', where: { id: { equals: doc.id } }, req })
  if (!saved) return doc
  const db = (req.transactionID && adapter.sessions?.[await req.transactionID]?.db) || adapter.drizzle
  await saveDirectoryEntry(db, directoryEntry(saved))
  return doc
}
