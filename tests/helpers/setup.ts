/**
 * Runs in each integration test file before it loads: points the Payload config at the test
 * database the global setup created. The config reads these variables when it is imported.
 */
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
// Suites sign in, register and RSVP many times from one (absent) address: production limits × 1000.
// tests/int/security.rate-limits.test.ts installs its own limiter with the real numbers.
process.env.ENISHI_RATE_LIMIT_FACTOR ??= '1000'
