import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs one SQL statement on the app's own pool and returns its rows. Given a `req` inside a
 * Payload transaction (a hook), it runs on that transaction's connection: a second connection
 * would wait for the rows the transaction holds locked.
 */
export const rows = async <T extends Record<string, unknown>>(payload: Payload, query: SQL, req?: Partial<PayloadRequest>): Promise<T[]> => {
  const adapter = payload.db as unknown as PostgresAdapter
  const db = (req?.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  const result = await db.execute(query)
  return result.rows as T[]
}
