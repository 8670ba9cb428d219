/**
 * Expiry on change: every write to a collection expires the tags its documents appear under, so a
 * publish shows at once (docs/publishing.md#cached-and-instantly-fresh).
 */
import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { CacheTag } from './tags'

/** Expire at once: the next reader waits for a fresh render instead of getting the old page. */
const NOW = { expire: 0 } as const

/** How long after a Local API write its transaction has surely committed (see forgetOutsideRequest). */
const AFTER_COMMIT_MS = 1000

type Store = { forgetTags: (tags: string[]) => void }

/**
 * The server's cache store (src/cache/handler.mjs), when this process is a Next server; scripts
 * and tests have none. Next loads the handler outside the app's bundles, so it is found under
 * the handler's own symbol.
 */
const serverStore = (): Store | undefined => (globalThis as { [key: symbol]: Store | undefined })[Symbol.for('enishi.cacheStore')]

/**
 * Expire tags where `revalidateTag` cannot: the job runner publishing on schedule runs in a
 * cron timer, outside any request, so Next has no request to collect the tags in. The store is
 * told directly — now, and once more after the write's transaction has committed, so a page
 * rendered in between from the old rows is not kept.
 */
const forgetOutsideRequest = (tags: readonly CacheTag[]): void => {
  const store = serverStore()
  if (!store) return
  const forget = () => store.forgetTags([...tags])
  forget()
  setTimeout(forget, AFTER_COMMIT_MS).unref()
}

/**
 * Expire the cached public data and pages of the given tags. Inside a request (REST, GraphQL,
 * the admin) Next hands them to the store when the request ends, after the write has committed.
 * Local API writes (the scheduled-publishing job, scripts) may run outside any request and are
 * forgotten in the store directly as well. Without a Next server (seed script, tests) nothing
 * is cached.
 */
export const expireTags = (tags: readonly CacheTag[], req?: Pick<PayloadRequest, 'payloadAPI'>): void => {
  for (const tag of tags) {
    try {
      revalidateTag(tag, NOW)
    } catch {
      // not inside a Next request: handled below
    }
  }
  if (!req || req.payloadAPI === 'local') forgetOutsideRequest(tags)
}

/** afterChange + afterDelete hooks that expire the tags a collection's documents appear under. */
export const revalidateOnChange = (tags: readonly CacheTag[]) => {
  const afterChange: CollectionAfterChangeHook = ({ doc, context, req }) => {
    if (!context.disableRevalidate) expireTags(tags, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, context, req }) => {
    if (!context.disableRevalidate) expireTags(tags, req)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
