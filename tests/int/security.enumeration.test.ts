/**
 * Nobody can learn which addresses have accounts from sign-in, password reset or registration:
 * for a registered address, an unknown one and a locked account each channel gives the same
 * answer (status and message) in the same time — medians of 20 within 1.5× of each other.
 *
 * Channels: `POST /api/alumni/login`, the GraphQL `loginAlumnus` mutation and the `/login` form's
 * server action; `POST /api/alumni/forgot-password` and the `/forgot-password` form; the `/join`
 * form. The server actions are called as Next calls them, with `next/headers` standing in for
 * the request (src/security/enumeration.ts, docs/security.md#enumeration).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Mailbox } from '../helpers/mailbox'
import { joinAnswers, PASSWORD, startMembershipPayload, uniqueEmail } from '../helpers/membership'

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.17' }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}))
vi.mock('@/data/payload', () => ({ payloadClient: () => import('../helpers/payload').then((m) => m.getTestPayload()) }))

const RUNS = 20
/** Twenty tries of each case: sign-in hashes a password (PBKDF2) each time. */
const TIMEOUT = 240_000
const MAX_RATIO = 1.5
/**
 * Medians are compared from this many milliseconds up: below it a ratio measures the machine's
 * scheduling noise (answers that run the same code measure 3 ms one run and 10 ms the next on
 * a busy machine), not the work done. Every median is printed.
 */
const FLOOR_MS = 10

let payload: Payload
let mailbox: Mailbox
let api: typeof import('../helpers/api')

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  api = await import('../helpers/api')
})

afterAll(async () => {
  // Mail still being sent in the background after the last answer.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await mailbox?.close()
})

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

type Case = { name: string; run: () => Promise<unknown>; reset?: () => Promise<unknown> }

/** Lets work started after an answer finish before the next try is timed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

/**
 * After each try: waits for the reset mail that the answer did not wait for, then lets the
 * account ask again (Payload mails one account at most every 15 s).
 */
const afterResetMail = (email: string) => {
  let received = 0
  return async () => {
    const deadline = Date.now() + 10_000
    while (mailbox.to(email).length <= received && Date.now() < deadline) await settle()
    if (mailbox.to(email).length <= received) throw new Error(`no reset mail reached ${email}`)
    received = mailbox.to(email).length
    await settle()
    await clearResetInterval(email)
  }
}

/**
 * Runs every case RUNS times, interleaved so that a slow moment of the machine hits all of them
 * alike, and returns each case's answers and median time (ms). `reset` runs untimed after each
 * try (e.g. clearing the failed-attempt count so that a known account does not lock).
 */
const measure = async (channel: string, cases: Case[]) => {
  const times = cases.map(() => [] as number[])
  const answers = cases.map(() => [] as unknown[])
  for (let i = 0; i < RUNS; i++) {
    for (const [index, c] of cases.entries()) {
      const started = performance.now()
      answers[index].push(await c.run())
      times[index].push(performance.now() - started)
      await c.reset?.()
    }
  }
  const medians = times.map(median)
  const ratio = Math.max(FLOOR_MS, ...medians) / Math.max(FLOOR_MS, Math.min(...medians))
  console.log(`${channel}: ${cases.map((c, i) => `${c.name} ${medians[i].toFixed(1)} ms`).join(', ')}; ratio ${ratio.toFixed(2)}`)
  return { ratio, answers }
}

const expectAlike = ({ ratio, answers }: Awaited<ReturnType<typeof measure>>) => {
  for (const list of answers) for (const answer of list) expect(answer).toEqual(answers[0][0])
  expect(ratio).toBeLessThanOrEqual(MAX_RATIO)
}

/** A verified alumnus with the test password. */
const alumnus = async (prefix: string) =>
  payload.create({
    collection: 'alumni',
    disableVerificationEmail: true,
    data: { email: uniqueEmail(prefix), password: PASSWORD, name: '計測 太郎', nameKana: 'けいそく たろう', status: 'approved', _verified: true },
  })

const lock = async (email: string) => {
  for (let i = 0; i < 5; i++) await payload.login({ collection: 'alumni', data: { email, password: `wrong-${i}-password` } }).catch(() => null)
  const [doc] = (await payload.find({ collection: 'alumni', where: { email: { equals: email } }, showHiddenFields: true })).docs
  expect(Date.parse(doc.lockUntil ?? '')).toBeGreaterThan(Date.now())
}

const clearAttempts = (email: string) =>
  payload.db.updateOne({ collection: 'alumni', where: { email: { equals: email } }, data: { loginAttempts: 0, lockUntil: null } })
const clearResetInterval = (email: string) =>
  payload.db.updateOne({ collection: 'alumni', where: { email: { equals: email } }, data: { resetPasswordRequestedAt: null } })

/** The REST answer without what differs by design between requests. */
const restAnswer = async (path: `/${string}`, body: unknown) => {
  const res = await api.anonymous().post(path, body)
  return { status: res.status, body: res.body }
}

describe('account enumeration', { timeout: TIMEOUT }, () => {
  let known: string
  let locked: string

  beforeAll(async () => {
    known = (await alumnus('known')).email
    locked = (await alumnus('locked')).email
    await lock(locked)
  })

  it('REST sign-in answers a registered, an unknown and a locked address alike, in the same time', async () => {
    const login = (email: string, password = 'not-the-password-9') => () => restAnswer('/alumni/login', { email, password })
    expectAlike(
      await measure('POST /api/alumni/login', [
        { name: 'registered', run: login(known), reset: () => clearAttempts(known) },
        { name: 'unknown', run: login(uniqueEmail('nobody')) },
        { name: 'locked', run: login(locked) },
        { name: 'locked, right password', run: login(locked, PASSWORD) },
      ]),
    )
  })

  it('GraphQL sign-in does the same', async () => {
    const login = (email: string, password = 'not-the-password-9') => async () => {
      const res = await api
        .anonymous()
        .graphql(`mutation ($email: String!, $password: String!) { loginAlumnus(email: $email, password: $password) { token } }`, {
          email,
          password,
        })
      return { status: res.status, errors: res.errors?.map((e) => e.message), data: res.data }
    }
    expectAlike(
      await measure('GraphQL loginAlumnus', [
        { name: 'registered', run: login(known), reset: () => clearAttempts(known) },
        { name: 'unknown', run: login(uniqueEmail('nobody')) },
        { name: 'locked', run: login(locked) },
      ]),
    )
  })

  it('the /login form does the same', async () => {
    const { loginAction } = await import('../../src/app/(frontend)/[locale]/login/actions')
    const login = (email: string, password = 'not-the-password-9') => async () => {
      const form = new FormData()
      Object.entries({ email, password, locale: 'ja' }).forEach(([k, v]) => form.set(k, v))
      const state = await loginAction({ status: 'idle' }, form)
      return { ...state, email: undefined }
    }
    expectAlike(
      await measure('/login form', [
        { name: 'registered', run: login(known), reset: () => clearAttempts(known) },
        { name: 'unknown', run: login(uniqueEmail('nobody')) },
        { name: 'locked', run: login(locked) },
      ]),
    )
  })

  it('REST password reset answers a registered and an unknown address alike, in the same time; the mail still goes out', async () => {
    const forgot = (email: string) => () => restAnswer('/alumni/forgot-password', { email })
    expectAlike(
      await measure('POST /api/alumni/forgot-password', [
        { name: 'registered', run: forgot(known), reset: afterResetMail(known) },
        { name: 'unknown', run: forgot(uniqueEmail('nobody')), reset: settle },
        { name: 'locked', run: forgot(locked), reset: afterResetMail(locked) },
      ]),
    )
  })

  it('GraphQL password reset does the same', async () => {
    const forgot = (email: string) => async () => {
      const res = await api.anonymous().graphql(`mutation ($email: String!) { forgotPasswordAlumnus(email: $email) }`, { email })
      return { status: res.status, errors: res.errors, data: res.data }
    }
    expectAlike(
      await measure('GraphQL forgotPasswordAlumnus', [
        { name: 'registered', run: forgot(known), reset: afterResetMail(known) },
        { name: 'unknown', run: forgot(uniqueEmail('nobody')), reset: settle },
      ]),
    )
  })

  it('the /forgot-password form does the same', async () => {
    const { forgotPasswordAction } = await import('../../src/app/(frontend)/[locale]/forgot-password/actions')
    const forgot = (email: string) => () => {
      const form = new FormData()
      form.set('email', email)
      return forgotPasswordAction({ status: 'idle' }, form)
    }
    expectAlike(
      await measure('/forgot-password form', [
        { name: 'registered', run: forgot(known), reset: afterResetMail(known) },
        { name: 'unknown', run: forgot(uniqueEmail('nobody')), reset: settle },
      ]),
    )
  })

  it('the /join form answers a taken and a new address alike, in the same time', async () => {
    const { joinAction } = await import('../../src/app/(frontend)/[locale]/join/actions')
    const join = (email: () => string) => async () => {
      const form = new FormData()
      Object.entries({ ...joinAnswers({ email: email() }), locale: 'ja' }).forEach(([k, v]) => form.set(k, v))
      const state = await joinAction({ status: 'idle' }, form)
      return { ...state, email: undefined }
    }
    expectAlike(
      await measure('/join form', [
        { name: 'taken', run: join(() => known) },
        { name: 'new', run: join(() => uniqueEmail('new')) },
      ]),
    )
  })
})
