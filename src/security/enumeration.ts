import { pbkdf2 } from 'node:crypto'

import {
  addDataAndFileToRequest,
  type AfterErrorHook,
  APIError,
  AuthenticationError,
  type CollectionBeforeOperationHook,
  type Endpoint,
  formatErrors,
  type GraphQLExtension,
  headersWithCors,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { PASSWORD_MAX_LENGTH } from '@/auth/password'
import { requestPasswordReset } from '@/auth/resetPassword'
import { MAX_EMAIL } from '@/text/rules'

import { limitAuthRequest } from './limitAuthRequests'

/**
 * Nobody may learn whether an address has an account from how sign-in, password reset or
 * registration answer: the same words and status, in the same time, for a registered address,
 * an unknown one and a locked account (docs/security.md#enumeration).
 *
 * - **Sign-in** (REST, GraphQL, the `/login` form through the Local API): Payload answers an
 *   unknown address and a locked account at once, but hashes the password for a registered one
 *   (PBKDF2, hundreds of milliseconds). `answerAlikeForEveryAddress` hashes the password just as
 *   long before refusing those two, and `sameAnswerWhenLocked` words Payload's "locked" refusal
 *   (the fifth wrong password, a race) like a wrong password.
 * - **Password reset**: Payload looks the account up, stores a token and sends the mail before
 *   answering. Every channel hands the address to `requestPasswordReset`, which does all that
 *   after the answer, and answers at once.
 * - **Registration**: src/join/register.ts hashes a taken address's password too, and sends
 *   either mail after the answer.
 */

/** Payload 3.90's password hash: PBKDF2-SHA256, 600,000 rounds, 32 bytes (its generatePasswordSaltHash). */
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256', salt: 'enishi-equal-work' } as const

/** The work of checking or storing a password, for an answer that must not be quicker without one. */
export const hashLikeAPassword = (password: string): Promise<void> =>
  new Promise((resolve) => pbkdf2(password, HASH.salt, HASH.iterations, HASH.keyLength, HASH.digest, () => resolve()))

const isLocked = (lockUntil: unknown) => typeof lockUntil === 'string' && Date.parse(lockUntil) > Date.now()

/** Collection `beforeOperation` hook (every auth collection, every API): see the module comment. */
export const answerAlikeForEveryAddress: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  // A missing address or password is Payload's own 400, the same for everyone.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  // No account has an address or a password this long: refused on the input alone, without
  // looking up or hashing megabytes.
  if (email.length > MAX_EMAIL || password.length > 2 * PASSWORD_MAX_LENGTH) throw new AuthenticationError(req.t)
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: unknown }>({
    collection: collection.slug,
    req,
    select: { lockUntil: true },
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (account && !isLocked(account.lockUntil)) return args
  await hashLikeAPassword(password)
  throw new AuthenticationError(req.t)
}

/** Config `afterError` hook: Payload's "this user is locked" reads as the usual wrong-password answer. */
export const sameAnswerWhenLocked: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (error.message !== req.t('error:userLocked')) return
  const usual = new AuthenticationError(req.t)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: usual.message, extensions: { ...graphqlResult.extensions, name: usual.name } } }
  }
  return { response: formatErrors(usual), status: usual.status }
}

/** The address of a reset request, checked as Payload checks it. */
const resetAddress = async (req: PayloadRequest, email: unknown): Promise<string> => {
  if (typeof email !== 'string' || !email.trim()) throw new APIError('Missing email.', 400)
  await limitAuthRequest('passwordReset', req, email)
  return email
}

/** `POST /api/<auth collection>/forgot-password`, answered before the account is looked up (hardenConfig.ts). */
export const forgotPasswordEndpoint = (collection: string): Endpoint => {
  const handler: PayloadHandler = async (req) => {
    await addDataAndFileToRequest(req)
    requestPasswordReset(req.payload, collection, await resetAddress(req, req.data?.email))
    return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  }
  return { path: '/forgot-password', method: 'post', handler }
}

/** The GraphQL `forgotPassword<Collection>` mutations, answered the same way (payload.config.ts `graphQL.mutations`). */
export const forgotPasswordMutations: GraphQLExtension = (_graphQL, { collections, Mutation }) =>
  Object.fromEntries(
    Object.entries(collections).flatMap(([slug, collection]) => {
      const name = `forgotPassword${collection.graphQL?.type.name ?? ''}`
      const field = collection.config.auth ? Mutation.fields[name] : undefined
      if (!field) return []
      const resolve = async (_: unknown, args: { email?: unknown }, context: { req: PayloadRequest }) => {
        requestPasswordReset(context.req.payload, slug, await resetAddress(context.req, args.email))
        return true
      }
      return [[name, { ...field, resolve }]]
    }),
  )
