import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { type CacheTag } from '@/lib/cacheTags'
import { forgetPages } from '@/server/pageMemory'

/** Expire at once: the next reader waits for a fresh render instead of getting the old page. */
const NOW = { expire: 0 } as const

/** How long after a Local API write its transaction has surely committed (see expireOutsideRequest). */
const AFTER_COMMIT_MS = 1000

/** The part of Next's per-server incremental cache this module uses. */
type ServerCache = { revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void> }

/**
 * Next's cache of the running server, if this process is one. `next start` keeps it on
 * `globalThis.__incrementalCache` from the first request on; scripts and tests have none.
 */
const serverCache = (): ServerCache | undefined => {
  const cache = (globalThis as { __incrementalCache?: Partial<ServerCache> }).__incrementalCache
  return typeof cache?.revalidateTag === 'function' ? (cache as ServerCache) : undefined
}

/**
 * Expire tags where `revalidateTag` cannot: the job runner publishing on schedule runs in a
 * cron timer, outside any request, so Next has no request store to collect the tags in (it
 * throws, or the timer still carries the long-finished request that started Payload, and the
 * tags go nowhere). The server's cache is told directly instead — now, and once more after
 * the write's transaction has committed, so a page rendered in between from the old rows is
 * not kept.
 */
const expireOutsideRequest = (tags: readonly CacheTag[]): void => {
  const cache = serverCache()
  if (!cache) return
  const expire = () => void cache.revalidateTag([...tags], NOW).catch(() => undefined)
  expire()
  setTimeout(expire, AFTER_COMMIT_MS).unref()
}

/**
 * The pages the server answers from memory (src/server/pageMemory.ts) are forgotten now, and
 * once more after the write has surely committed and Next has expired its tags, so that a page
 * kept in between from the old rows goes too.
 */
const forgetKeptPages = () => {
  forgetPages()
  setTimeout(forgetPages, AFTER_COMMIT_MS).unref()
}

/**
 * Expire the cached public data of the given tags. Inside a request (REST, GraphQL, the admin)
 * Next expires them when the request ends, after the write has committed. Local API writes
 * (the scheduled-publishing job, scripts) may run outside any request and are expired in the
 * server's cache directly as well. Without a Next server (seed script, tests) nothing is cached.
 */
export const expireTags = (tags: readonly CacheTag[], req?: Pick<PayloadRequest, 'payloadAPI'>): void => {
  forgetKeptPages()
  for (const tag of tags) {
    try {
      revalidateTag(tag, NOW)
    } catch {
      // not inside a Next request: handled below
    }
  }
  if (!req || req.payloadAPI === 'local') expireOutsideRequest(tags)
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
