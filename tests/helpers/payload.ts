/**
 * The Payload instance the integration tests run against: the app's own config, pointed by the
 * global setup at a fresh, migrated test database (DATABASE_URL), minus the side effects a test
 * run must not have — regenerating payload-types.ts on start-up and running the job cron — and
 * with quieter logs: the 403s, 404s and 400s the tests provoke are logged at `info` (so are
 * refused query paths, and the GraphQL handler's errors, which it logs as `GraphQLError`).
 * TEST_LOG_LEVEL=info shows them all. Every SQL statement passes through `queryLog`, so a test can
 * count a page's queries (tests/int/queries.per-page.test.ts).
 */
import config from '@payload-config'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { queryLog } from './queryLog'

export const testConfig: Promise<SanitizedConfig> = Promise.resolve(config).then((sanitized) => ({
  ...sanitized,
  typescript: { ...sanitized.typescript, autoGenerate: false },
  // The adapter hands `logger` to drizzle when it connects, which happens after `init`.
  db: { ...sanitized.db, init: (args) => Object.assign(sanitized.db.init(args), { logger: queryLog }) },
  jobs: { ...sanitized.jobs, autoRun: undefined },
  logger: { options: { level: process.env.TEST_LOG_LEVEL || 'warn' } } as SanitizedConfig['logger'],
  loggingLevels: { ...sanitized.loggingLevels, GraphQLError: 'info' as const, QueryError: 'info' as const },
}))

export const getTestPayload = (): Promise<Payload> => getPayload({ config: testConfig })
