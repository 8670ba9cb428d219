import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'
import { NotFound, UnauthorizedError } from 'payload'

import { staffOnly } from '@/access'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { rejectMalformedInput } from '@/hooks/rejectMalformedInput'

/**
 * Adjustments made once the config is sanitised: only then do Payload's own collections
 * (edit locks, preferences, jobs, …) and every collection's default REST endpoints exist.
 *
 * - Every collection, ours and Payload's, turns a malformed id into a 404 and malformed input
 *   into a 400 (src/hooks) instead of a database error (500).
 * - Edit locks are an admin-panel affair. Payload lets any signed-in account read and write
 *   them, which would let an alumnus see which drafts staff are editing, or lock and unlock
 *   documents under them: staff only.
 * - A collection without versions answers `/versions` with a 404; Payload's handler would
 *   fail on the missing versions table with a 500.
 * - Deleting a preference by key (`DELETE /api/payload-preferences/<key>`) fails in the
 *   database adapter of Payload 3.90.1 with a 500 whatever the key; it is served through the
 *   Local API instead, still limited to the requester's own preferences.
 */
export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [rejectMalformedId, rejectMalformedInput, ...(collection.hooks.beforeOperation ?? [])]
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly }
    }
    if (!Array.isArray(collection.endpoints)) continue
    if (!collection.versions) collection.endpoints = [...noVersions, ...collection.endpoints]
    if (collection.slug === 'payload-preferences') {
      collection.endpoints = collection.endpoints.map(
        (endpoint): Endpoint =>
          endpoint.method === 'delete' && endpoint.path === '/:key' ? { ...endpoint, handler: deletePreference } : endpoint,
      )
    }
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
