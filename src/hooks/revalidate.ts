import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { type CacheTag } from '@/lib/cacheTags'

/**
 * Expire the cached public data of the given tags. Outside a running Next server (seed
 * script, tests) there is no cache to expire and Next throws: that is expected and ignored.
 */
export const expireTags = (tags: readonly CacheTag[]): void => {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      // not inside a Next request or server: nothing is cached here
    }
  }
}

/** afterChange + afterDelete hooks that expire the tags a collection's documents appear under. */
export const revalidateOnChange = (tags: readonly CacheTag[]) => {
  const afterChange: CollectionAfterChangeHook = ({ doc, context }) => {
    if (!context.disableRevalidate) expireTags(tags)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = ({ doc, context }) => {
    if (!context.disableRevalidate) expireTags(tags)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
