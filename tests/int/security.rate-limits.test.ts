/**
 * Rate limits (src/security/rateLimit.ts) with the production numbers:
 * - the limiter itself, in memory and in Redis (REDIS_URL, default redis://127.0.0.1:6379, under
 *   a key prefix of its own): an address runs out, another address does not; an account runs out
 *   whatever address it is tried from, another account does not; Redis shares counts between
 *   processes and never stores an email address;
 * - through Payload's REST routes, in-process: `POST /api/alumni/login`, `/api/users/login`,
 *   `/api/alumni/forgot-password` and `/api/events/:id/rsvp` answer 429 with `Retry-After` and
 *   a message once a limit is spent, and other people keep working;
 * - the client address comes from X-Forwarded-For as far as `ENISHI_TRUSTED_PROXIES` allows.
 */
import { randomBytes } from 'node:crypto'

import { GRAPHQL_POST, REST_DELETE, REST_POST } from '@payloadcms/next/routes'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import { clientIp } from '../../src/security/clientIp'
import { createRateLimiter, RATE_LIMITS, type RateLimiter, setRateLimiter } from '../../src/security/rateLimit'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const run = randomBytes(4).toString('hex')
const prefix = `enishi-test:${run}`

/** A fresh documentation address (RFC 5737) per call, so tests never share a count by accident. */
let nextIp = 1
const freshIp = () => `198.51.${100 + Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`
const email = (name: string) => `${name}-${randomBytes(3).toString('hex')}@limits.test`

const limiters: RateLimiter[] = []
const limiterFor = (redisUrl?: string) => {
  const limiter = createRateLimiter({ redisUrl, prefix })
  limiters.push(limiter)
  return limiter
}

afterAll(async () => {
  await Promise.all(limiters.map((limiter) => limiter.close()))
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${prefix}:*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

describe.each([
  ['memory', undefined],
  ['Redis', REDIS_URL],
])('the limiter (%s store)', (_store, redisUrl) => {
  it('refuses an address once its allowance is spent; another address is unaffected', async () => {
    const limiter = limiterFor(redisUrl)
    const ip = freshIp()
    const { points, duration } = RATE_LIMITS.passwordReset.ip
    for (let i = 0; i < points; i++) {
      expect(await limiter.consume('passwordReset', { ip, account: email(`ip${i}`) })).toEqual({ ok: true })
    }
    const refused = await limiter.consume('passwordReset', { ip, account: email('one-more') })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.retryAfter).toBeGreaterThan(duration - 60)
    expect(await limiter.consume('passwordReset', { ip: freshIp(), account: email('other') })).toEqual({ ok: true })
  })

  it('refuses an account from any address once its allowance is spent; another account is unaffected', async () => {
    const limiter = limiterFor(redisUrl)
    const target = email('target')
    const { points } = RATE_LIMITS.register.account
    for (let i = 0; i < points; i++) expect((await limiter.consume('register', { ip: freshIp(), account: target })).ok).toBe(true)
    // Written differently, still the same address.
    expect((await limiter.consume('register', { ip: freshIp(), account: ` ${target.toUpperCase()}` })).ok).toBe(false)
    expect((await limiter.consume('register', { ip: freshIp(), account: email('someone-else') })).ok).toBe(true)
  })
})

describe('the Redis store', () => {
  it('shares counts between processes and keeps no email address', async () => {
    const first = limiterFor(REDIS_URL)
    const second = limiterFor(REDIS_URL)
    const target = email('shared')
    const { points } = RATE_LIMITS.signIn.account
    for (let i = 0; i < points; i++) await (i % 2 ? first : second).consume('signIn', { ip: freshIp(), account: target })
    expect((await second.consume('signIn', { ip: freshIp(), account: target })).ok).toBe(false)

    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}:*`)
    await redis.quit()
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.join(' ')).not.toContain('@')
  })
})

describe('the client address', () => {
  const withHeader = (value?: string) => new Headers(value ? { 'x-forwarded-for': value } : {})

  it('is the address Next wrote when no proxy is trusted, and the proxy’s entry when one is', () => {
    const before = process.env.ENISHI_TRUSTED_PROXIES
    try {
      delete process.env.ENISHI_TRUSTED_PROXIES
      expect(clientIp(withHeader('203.0.113.9'))).toBe('203.0.113.9')
      expect(clientIp(withHeader())).toBe('unknown')
      process.env.ENISHI_TRUSTED_PROXIES = '1'
      // The client wrote "1.2.3.4"; the trusted proxy appended the address it saw.
      expect(clientIp(withHeader('1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9')
      process.env.ENISHI_TRUSTED_PROXIES = '2'
      expect(clientIp(withHeader('1.2.3.4, 203.0.113.9, 10.0.0.2'))).toBe('203.0.113.9')
    } finally {
      if (before === undefined) delete process.env.ENISHI_TRUSTED_PROXIES
      else process.env.ENISHI_TRUSTED_PROXIES = before
    }
  })
})

describe('through the REST API', () => {
  let payload: Payload
  let mailbox: Mailbox
  let f: typeof import('../helpers/fixtures')
  let post: ReturnType<typeof REST_POST>
  let del: ReturnType<typeof REST_DELETE>

  beforeAll(async () => {
    ;({ payload, mailbox } = await startMembershipPayload())
    f = await import('../helpers/fixtures')
    const { testConfig } = await import('../helpers/payload')
    post = REST_POST(testConfig)
    del = REST_DELETE(testConfig)
    // The production numbers, in memory, for this file only.
    setRateLimiter(limiterFor())
  })

  afterAll(async () => {
    await mailbox.close()
  })

  const call = async (method: 'POST' | 'DELETE', path: string, ip: string, body?: unknown, token?: string) => {
    const headers = new Headers({ 'Content-Type': 'application/json', 'X-Forwarded-For': ip })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const request = new Request(`http://localhost:3000/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const handler = method === 'POST' ? post : del
    const response = await handler(request, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
    const text = await response.text()
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : {} }
  }

  const expectLimited = (response: Awaited<ReturnType<typeof call>>, maxSeconds: number) => {
    expect(response.status).toBe(429)
    expect(Number(response.retryAfter)).toBeGreaterThan(0)
    expect(Number(response.retryAfter)).toBeLessThanOrEqual(maxSeconds)
    expect(JSON.stringify(response.body)).toContain('Too many attempts')
  }

  it('alumni sign-in: an account is limited from every address; another member signs in from the same address', async () => {
    const target = await f.createAlumnus(payload)
    const other = await f.createAlumnus(payload)
    const ip = freshIp()
    const { points, duration } = RATE_LIMITS.signIn.account
    for (let i = 0; i < points; i++) {
      const wrong = await call('POST', '/alumni/login', freshIp(), { email: target.email, password: 'not-the-password' })
      expect(wrong.status).toBe(401)
    }
    // Even the right password waits now.
    expectLimited(await call('POST', '/alumni/login', ip, { email: target.email, password: target.password }), duration)
    const fine = await call('POST', '/alumni/login', ip, { email: other.email, password: other.password })
    expect(fine.status).toBe(200)
    expect(fine.body.user?.email).toBe(other.email)
  })

  it('GraphQL sign-in counts against the same allowance', async () => {
    const target = await f.createAlumnus(payload)
    const { points } = RATE_LIMITS.signIn.account
    for (let i = 0; i < points; i++) await call('POST', '/alumni/login', freshIp(), { email: target.email, password: 'wrong' })
    const { testConfig } = await import('../helpers/payload')
    const response = await GRAPHQL_POST(testConfig)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': freshIp() },
        body: JSON.stringify({
          query: `mutation ($email: String!, $password: String!) { loginAlumnus(email: $email, password: $password) { token } }`,
          variables: { email: target.email, password: target.password },
        }),
      }),
    )
    const body = (await response.json()) as { data?: { loginAlumnus?: { token?: string } | null }; errors?: { message: string }[] }
    expect(body.data?.loginAlumnus?.token).toBeFalsy()
    expect(body.errors?.[0]?.message).toContain('Too many attempts')
  })

  it('staff sign-in: an address is limited after guessing many accounts; staff elsewhere sign in', async () => {
    const staff: import('../helpers/fixtures').Account<User> = await f.createStaff(payload, 'editor')
    const ip = freshIp()
    const { points, duration } = RATE_LIMITS.signIn.ip
    for (let i = 0; i < points; i++) {
      expect((await call('POST', '/users/login', ip, { email: email(`guess${i}`), password: 'guess' })).status).toBe(401)
    }
    expectLimited(await call('POST', '/users/login', ip, { email: staff.email, password: staff.password }), duration)
    expect((await call('POST', '/users/login', freshIp(), { email: staff.email, password: staff.password })).status).toBe(200)
  })

  it('password reset mail: an address gets at most the allowance of mails, then a 429', async () => {
    const target: import('../helpers/fixtures').Account<Alumnus> = await f.createAlumnus(payload)
    const { points, duration } = RATE_LIMITS.passwordReset.account
    for (let i = 0; i < points; i++) {
      expect((await call('POST', '/alumni/forgot-password', freshIp(), { email: target.email })).status).toBe(200)
    }
    expectLimited(await call('POST', '/alumni/forgot-password', freshIp(), { email: target.email }), duration)
    // Payload itself mails one reset link per account per interval (`minRequestInterval`).
    await mailbox.waitFor((mail) => mail.to.includes(target.email.toLowerCase()))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox.to(target.email)).toHaveLength(1)
  })

  it('RSVP: a member flooding one event is limited; another member from the same address registers', async () => {
    const event = await f.createContent(payload, 'events', 'public', { capacity: 50 })
    const flooder = await f.createAlumnus(payload)
    const other = await f.createAlumnus(payload)
    const ip = freshIp()
    const token = async (account: typeof flooder) =>
      (await payload.login({ collection: 'alumni', data: { email: account.email, password: account.password } })).token
    const { points, duration } = RATE_LIMITS.rsvp.account
    const flooderToken = await token(flooder)
    for (let i = 0; i < points; i++) {
      const response = await call(i % 2 ? 'DELETE' : 'POST', `/events/${event.id}/rsvp`, ip, i % 2 ? undefined : {}, flooderToken)
      expect(response.status).toBe(200)
    }
    expectLimited(await call('POST', `/events/${event.id}/rsvp`, ip, {}, flooderToken), duration)
    const fine = await call('POST', `/events/${event.id}/rsvp`, ip, {}, await token(other))
    expect(fine.status).toBe(200)
    const rows = await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, depth: 0 })
    expect(rows.docs.map((row) => row.alumnus)).toContain(other.doc.id)
  })
})
