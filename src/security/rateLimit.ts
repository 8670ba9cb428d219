import { createHash } from 'node:crypto'

import { Redis } from 'ioredis'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Rate limits for the actions an attacker repeats: guessing passwords, creating accounts,
 * sending reset mail, flooding RSVPs. Each action is counted twice — per client address and
 * per account (email or member) — and refused when either count is spent. The production
 * numbers live here and only here (docs/security.md); `ENISHI_RATE_LIMIT_FACTOR` multiplies
 * every allowance (the browser tests sign in many times from one address).
 */
export const RATE_LIMITS = {
  signIn: { ip: { points: 30, duration: 15 * 60 }, account: { points: 10, duration: 15 * 60 } },
  register: { ip: { points: 10, duration: 60 * 60 }, account: { points: 3, duration: 60 * 60 } },
  passwordReset: { ip: { points: 10, duration: 60 * 60 }, account: { points: 3, duration: 60 * 60 } },
  rsvp: { ip: { points: 60, duration: 60 }, account: { points: 20, duration: 60 } },
} as const

export type RateLimitedAction = keyof typeof RATE_LIMITS

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfter: number }

export type RateLimiter = {
  /** Counts one attempt at `action` by `ip` for `account` (an email or a member id). */
  consume: (action: RateLimitedAction, who: { ip: string; account?: string | number | null }) => Promise<RateLimitOutcome>
  close: () => Promise<void>
}

export type RateLimiterOptions = {
  /** Redis when set (shared by every server process), memory otherwise. */
  redisUrl?: string
  /** Key prefix in the store, so several sites (or test runs) can share one Redis. */
  prefix?: string
  /** Multiplies every allowance; 1 in production. */
  factor?: number
}

/** Accounts are keyed by a hash: the store never holds anyone's email address. */
const accountKey = (account: string | number): string =>
  createHash('sha256').update(String(account).trim().toLowerCase()).digest('base64url').slice(0, 32)

export const createRateLimiter = ({ redisUrl, prefix = 'enishi:rl', factor = 1 }: RateLimiterOptions = {}): RateLimiter => {
  const redis = redisUrl
    ? // A check waits for the connection while it is being made, but fails over to memory (the
      // insurance limiter) after one failed reconnection rather than holding the request.
      new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    : null
  redis?.on('error', () => {
    // Reported through the insurance limiter taking over; ioredis reconnects by itself.
  })
  const limiters = new Map<string, RateLimiterAbstract>()
  const limiter = (action: RateLimitedAction, scope: 'ip' | 'account'): RateLimiterAbstract => {
    const name = `${action}:${scope}`
    let found = limiters.get(name)
    if (!found) {
      const { points, duration } = RATE_LIMITS[action][scope]
      const options = { points: Math.max(1, Math.round(points * factor)), duration, keyPrefix: `${prefix}:${name}` }
      found = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options)
      limiters.set(name, found)
    }
    return found
  }
  const take = async (action: RateLimitedAction, scope: 'ip' | 'account', key: string): Promise<number> => {
    try {
      await limiter(action, scope).consume(key)
      return 0
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
      throw rejection
    }
  }
  return {
    consume: async (action, { ip, account }) => {
      const waits = await Promise.all([
        take(action, 'ip', ip),
        account === undefined || account === null || account === '' ? 0 : take(action, 'account', accountKey(account)),
      ])
      const retryAfter = Math.max(...waits)
      return retryAfter > 0 ? { ok: false, retryAfter } : { ok: true }
    },
    close: async () => {
      if (redis) await redis.quit().catch(() => undefined)
    },
  }
}

const shared = globalThis as typeof globalThis & { enishiRateLimiter?: RateLimiter }

/** The process's limiter, configured from the environment (one per process, however Next bundles this module). */
export const rateLimiter = (): RateLimiter => {
  shared.enishiRateLimiter ??= createRateLimiter({
    redisUrl: process.env.REDIS_URL || undefined,
    prefix: process.env.ENISHI_RATE_LIMIT_PREFIX || undefined,
    factor: Number(process.env.ENISHI_RATE_LIMIT_FACTOR) > 0 ? Number(process.env.ENISHI_RATE_LIMIT_FACTOR) : 1,
  })
  return shared.enishiRateLimiter
}

/** Installs another limiter for this process: a test's own prefix and numbers, or another store. */
export const setRateLimiter = (limiter: RateLimiter): void => {
  shared.enishiRateLimiter = limiter
}

export const TOO_MANY_REQUESTS = 'Too many attempts. Please wait and try again later.'

/** The REST answer to a limited request. */
export const tooManyRequests = (retryAfter: number): Response =>
  Response.json(
    { errors: [{ message: TOO_MANY_REQUESTS }], retryAfter },
    { status: 429, headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'private, no-store' } },
  )
