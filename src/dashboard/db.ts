import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

/** Runs one aggregate query on the app's own pool and returns its rows. */
export const rows = async <T extends Record<string, unknown>>(payload: Payload, query: SQL): Promise<T[]> => {
  const result = await (payload.db as unknown as PostgresAdapter).drizzle.execute(query)
  return result.rows as T[]
}
