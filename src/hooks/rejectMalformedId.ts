import { NotFound } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

/** The largest id a PostgreSQL `serial` column holds. */
const MAX_ID = 2_147_483_647

/**
 * Ids are integers in PostgreSQL. A request for `/api/interviews/abc` (or for an id past the
 * column's range) would otherwise reach the database and fail there with a 500; no document
 * has such an id, so it is a 404.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && (!/^\d+$/.test(String(id)) || Number(id) > MAX_ID)) throw new NotFound(req.t)
  return args
}
