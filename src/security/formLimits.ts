import { headers } from 'next/headers'

import { clientIp } from './clientIp'
import { type RateLimitedAction, type RateLimitOutcome, rateLimiter } from './rateLimit'

/**
 * Counts one submission of a site form (sign-in, registration, reset mail) against the limits in
 * rateLimit.ts. A server action's HTTP status is Next's to choose, so a limited form is told by
 * its state (and the page shows a message) rather than by a 429.
 */
export const limitForm = async (action: RateLimitedAction, account: string): Promise<RateLimitOutcome> =>
  rateLimiter().consume(action, { ip: clientIp(await headers()), account: account || null })
