import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'

import { staffOnly } from '@/access'
import { rejectBadInput } from '@/security/badInput'
import { withQueryCheck } from '@/security/badInput/queryString'
import { limitLists } from '@/security/listLimits'

import { answerAlikeForEveryAddress, forgotPasswordEndpoint } from './enumeration'

/**
 * Adjustments made once the config is sanitised: only then do Payload's own collections
 * (edit locks, preferences, jobs, …) and every collection's default REST endpoints exist.
 *
 * - Every collection, ours and Payload's, turns a malformed id into a 404 and a malformed
 *   query or document into a 400 (src/security/badInput) instead of a database error (500);
 *   every REST endpoint first refuses a query string Payload cannot read.
 * - A collection without REST endpoints (Payload's migrations) answers 404, not 501.
 * - Every list field of Payload's own collections and plugins gets a most of rows
 *   (src/security/listLimits.ts); ours set their own.
 * - Every auth collection answers sign-in and password reset alike for registered, unknown and
 *   locked addresses (src/security/enumeration.ts).
 * - Edit locks are an admin-panel affair. Payload lets any signed-in account read and write
 *   them, which would let an alumnus see which drafts staff are editing, or lock and unlock
 *   documents under them: staff only.
 * - A collection or global without versions answers `/versions` with a 404; Payload's handler
 *   would fail on the missing versions table with a 500.
 * - Deleting a preference by key (`DELETE /api/payload-preferences/<key>`) fails in the
 *   database adapter of Payload 3.90.1 with a 500 whatever the key; it is served through the
 *   Local API instead, still limited to the requester's own preferences.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  config.loggingLevels = { ...config.loggingLevels, BadInput: 'info' } as SanitizedConfig['loggingLevels']
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [rejectBadInput, ...(collection.hooks.beforeOperation ?? [])]
    limitLists(collection.fields, collection.slug)
    if (collection.auth && !collection.auth.disableLocalStrategy) {
      // After the rate limits: a refused attempt costs no hashing.
      collection.hooks.beforeOperation.push(answerAlikeForEveryAddress)
      if (Array.isArray(collection.endpoints)) collection.endpoints = [forgotPasswordEndpoint(collection.slug), ...collection.endpoints]
    }
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly }
    }
    if (!Array.isArray(collection.endpoints)) {
      collection.endpoints = []
      continue
    }
    if (!collection.versions) collection.endpoints = [...noVersions, ...collection.endpoints]
    if (collection.slug === 'payload-preferences') {
      collection.endpoints = collection.endpoints.map(
        (endpoint): Endpoint =>
          endpoint.method === 'delete' && endpoint.path === '/:key' ? { ...endpoint, handler: deletePreference } : endpoint,
      )
    }
    collection.endpoints = collection.endpoints.map((endpoint) => ({ ...endpoint, handler: withQueryCheck(endpoint.handler, collection) }))
  }
  for (const global of config.globals) {
    limitLists(global.fields, global.slug)
    if (!Array.isArray(global.endpoints)) continue
    if (!global.versions) global.endpoints = [...noVersions, ...global.endpoints]
    global.endpoints = global.endpoints.map((endpoint) => ({ ...endpoint, handler: withQueryCheck(endpoint.handler) }))
  }
  return config
}

const notFound: PayloadHandler = (req) => {
  throw new NotFound(req.t)
}
const noVersions: Endpoint[] = (['get', 'post'] as const).flatMap((method) =>
  ['/versions', '/versions/:id'].map((path) => ({ path, method, handler: notFound })),
)

const deletePreference: PayloadHandler = async (req) => {
  const { user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = String(req.routeParams?.key ?? '')
  const { docs } = await req.payload.delete({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    req,
  })
  if (!docs.length) throw new NotFound(req.t)
  return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') })
}
