import { NotFound } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Ids are integers in PostgreSQL. A request for `/api/interviews/abc` would otherwise reach
 * the database and fail there with a 500; no document has such an id, so it is a 404.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && !/^\d+$/.test(String(id))) throw new NotFound(req.t)
  return args
}
