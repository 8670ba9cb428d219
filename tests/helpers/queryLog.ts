/**
 * Counts the SQL statements the test Payload sends, through the Postgres adapter's drizzle
 * `logger` (the hook Payload's own suite uses). Installed by tests/helpers/payload.ts only: the
 * production config has no logger, so counting costs nothing there.
 */
import type { Logger } from 'drizzle-orm'

const statements: string[] = []

export const queryLog: Logger = {
  logQuery: (query) => {
    statements.push(query)
  },
}

/** Runs `fn` and returns its result with the statements sent meanwhile (nothing else may run). */
export const countQueries = async <T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> => {
  const start = statements.length
  const result = await fn()
  return { result, statements: statements.slice(start) }
}
