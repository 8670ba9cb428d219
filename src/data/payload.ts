import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The Payload Local API for server components and route handlers. `cron: true` starts the job
 * runner (scheduled publishing) with the first page that reads data, not only with the first
 * admin or API request: a server that only serves readers still publishes on schedule.
 */
export const payloadClient = () => getPayload({ config, cron: true })
