import { randomBytes } from 'node:crypto'

import type { Payload, SanitizedConfig } from 'payload'

/**
 * The app's Payload on `databaseUrl` for a benchmark script: no job runner, no type generation,
 * warnings only — the script writes data, the server under test serves it.
 */
export const startBenchPayload = async (databaseUrl: string): Promise<Payload> => {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET ||= randomBytes(24).toString('hex')
  process.env.ENISHI_JOBS = 'off'
  const [{ getPayload }, { default: appConfig }] = await Promise.all([import('payload'), import('../../../payload.config')])
  const sanitized = await appConfig
  const config: SanitizedConfig = {
    ...sanitized,
    typescript: { ...sanitized.typescript, autoGenerate: false },
    jobs: { ...sanitized.jobs, autoRun: undefined },
    logger: { options: { level: 'warn' } } as SanitizedConfig['logger'],
  }
  return getPayload({ config })
}
