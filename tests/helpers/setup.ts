/**
 * Runs in each integration test file before it loads: points the Payload config at the test
 * database the global setup created. The config reads these variables when it is imported.
 */
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
