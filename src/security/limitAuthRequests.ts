import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { clientIp } from './clientIp'
import { type RateLimitedAction, rateLimiter, TOO_MANY_REQUESTS } from './rateLimit'

const LIMITED: Partial<Record<string, RateLimitedAction>> = { login: 'signIn', forgotPassword: 'passwordReset' }

/**
 * Rate limits for sign-in and password reset mail on the auth collections' REST and GraphQL
 * operations (`POST /api/alumni/login`, `/api/users/login`, `/api/*​/forgot-password`, the
 * login mutations). The site's own forms call the Local API and count in their server actions,
 * once per attempt (src/security/formLimits.ts). Payload's `maxLoginAttempts` lock stays as well.
 */
/** A 429 that Payload shows as it is; logged at `info` (payload.config.ts `loggingLevels`). */
export class TooManyRequests extends APIError {
  constructor(retryAfter: number) {
    super(TOO_MANY_REQUESTS, 429, { retryAfter }, true)
    this.name = 'TooManyRequests'
  }
}

/** Counts one REST or GraphQL attempt of `action` for `email`; throws the 429 once a limit is spent. */
export const limitAuthRequest = async (action: RateLimitedAction, req: PayloadRequest, email: unknown): Promise<void> => {
  const outcome = await rateLimiter().consume(action, {
    ip: clientIp(req.headers),
    account: typeof email === 'string' ? email : null,
  })
  if (!outcome.ok) {
    // Payload's error response carries the request's response headers.
    req.responseHeaders = new Headers({ 'Retry-After': String(outcome.retryAfter) })
    throw new TooManyRequests(outcome.retryAfter)
  }
}

export const limitAuthRequests: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const action = LIMITED[operation]
  if (!action || req.payloadAPI === 'local') return args
  await limitAuthRequest(action, req, (args as { data?: { email?: unknown } }).data?.email)
  return args
}
