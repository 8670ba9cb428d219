/**
 * Where Next keeps what it caches in this server process: rendered public pages, route answers
 * and the tagged data of `cachedPublic` (src/cache/cached.ts). Next's documented extension point
 * (next.config.ts `cacheHandler`), so that the app, not Next's private state, decides when a tag
 * is expired (docs/deploy.md#caching):
 *
 * - inside a request, `revalidateTag` (src/cache/expire.ts) reaches `revalidateTag` below when the
 *   request ends, after the write has committed;
 * - outside a request (the job runner's cron), src/cache/expire.ts calls `forgetTags` on the same
 *   store, found under a symbol of this project on `globalThis`: the handler is loaded by Next's
 *   server itself, outside the app's bundles;
 * - with several server processes (REDIS_URL set), every expiry is also published on a Redis
 *   channel, and each process forgets the same tags from its own memory.
 *
 * An entry of an expired tag is dropped, so the next reader waits for a fresh render instead of
 * getting the old page. Entries are kept in memory, oldest use evicted first past BUDGET_BYTES;
 * a page not in memory (after a start, or evicted) is rendered again on its first request.
 *
 * Plain JavaScript: Next imports this file at run time, untranspiled.
 */
import { Redis } from 'ioredis'

/** Memory for pages and data: a few hundred case studies in two languages (HTML and RSC data). */
export const BUDGET_BYTES = 256 * 1024 * 1024
/** The Redis channel on which expired tags are announced to every server process. */
export const EXPIRE_CHANNEL = 'enishi:cache:expire'
/** Next's header listing a page's or route answer's tags. */
const TAGS_HEADER = 'x-next-cache-tags'

const STORE = Symbol.for('enishi.cacheStore')

/** Rough size of a value in memory, as Next's own memory cache measures it. */
const sizeOf = (value) => {
  if (!value) return 1
  const bytes = (data) => (data ? (typeof data === 'string' ? data.length : (data.byteLength ?? data.length ?? 0)) : 0)
  switch (value.kind) {
    case 'APP_PAGE': {
      let size = bytes(value.html) + bytes(value.rscData) + bytes(value.postponed)
      for (const [path, data] of value.segmentData ?? []) size += path.length + bytes(data)
      return size
    }
    case 'APP_ROUTE':
      return bytes(value.body)
    case 'FETCH':
      return JSON.stringify(value.data ?? '').length
    default:
      return JSON.stringify(value).length
  }
}

const tagsOf = (value, ctx) => {
  if (value?.kind === 'FETCH') return ctx?.tags ?? []
  const header = value?.headers?.[TAGS_HEADER]
  return typeof header === 'string' ? header.split(',') : []
}

/** A store of its own: one per process in the server (`cacheStore`), several in tests. */
export const createStore = ({ budgetBytes = BUDGET_BYTES, redisUrl = process.env.REDIS_URL } = {}) => {
  /** By key, oldest use first. */
  const entries = new Map()
  let bytes = 0
  let redis

  const drop = (key) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.size
  }

  const forgetHere = (tags) => {
    const expired = new Set(tags)
    for (const [key, entry] of entries) if (entry.tags.some((tag) => expired.has(tag))) drop(key)
  }

  /** Publisher and subscriber, once per process, only when REDIS_URL is set and the server runs. */
  const connect = () => {
    if (redis !== undefined) return redis
    if (!redisUrl || process.env.NEXT_PHASE === 'phase-production-build') return (redis = null)
    const options = { maxRetriesPerRequest: 1 }
    const publisher = new Redis(redisUrl, options)
    const subscriber = new Redis(redisUrl, options)
    const origin = `${process.pid}:${Math.random().toString(36).slice(2)}`
    // ioredis reconnects by itself; meanwhile pages fall back to their revalidate time.
    publisher.on('error', () => undefined)
    subscriber.on('error', () => undefined)
    const subscribed = subscriber.subscribe(EXPIRE_CHANNEL).catch(() => undefined)
    subscriber.on('message', (_channel, message) => {
      try {
        const { from, tags } = JSON.parse(message)
        if (from !== origin && Array.isArray(tags)) forgetHere(tags.map(String))
      } catch {
        // not one of ours
      }
    })
    return (redis = { publisher, subscriber, subscribed, origin })
  }

  return {
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return null
      entries.delete(key) // most recently used last
      entries.set(key, entry)
      return entry.data
    },
    set: (key, value, ctx) => {
      drop(key)
      // `value` is null for a page that answered "not found": kept as such too.
      const size = key.length + sizeOf(value)
      if (size > budgetBytes / 8) return
      const data = { value, lastModified: Date.now(), ...(ctx?.cacheControl ? { cacheControl: ctx.cacheControl } : {}) }
      entries.set(key, { data, tags: tagsOf(value, ctx), size })
      bytes += size
      for (const oldest of entries.keys()) {
        if (bytes <= budgetBytes) break
        drop(oldest)
      }
    },
    /** Forget every entry under `tags` in this process and, through Redis, in every other. */
    forgetTags: (tags) => {
      if (!tags.length) return
      forgetHere(tags)
      const shared = connect()
      shared?.publisher.publish(EXPIRE_CHANNEL, JSON.stringify({ from: shared.origin, tags })).catch(() => undefined)
    },
    connect,
    /** Resolves once this process hears expiries from the others (at once without Redis). */
    listening: async () => {
      await connect()?.subscribed
    },
    bytes: () => bytes,
    close: async () => {
      if (!redis) return
      await Promise.all([redis.publisher.quit(), redis.subscriber.quit()]).catch(() => undefined)
      redis = null
    },
  }
}

/** The process's one store, shared by every handler Next creates and by src/cache/expire.ts. */
export const cacheStore = () => (globalThis[STORE] ??= createStore())

export default class EnishiCacheHandler {
  constructor() {
    // Subscribe at once, so that expiries published by other processes are heard from the start.
    cacheStore().connect()
  }

  async get(key) {
    return cacheStore().get(key)
  }

  async set(key, data, ctx) {
    cacheStore().set(key, data, ctx)
  }

  async revalidateTag(tags) {
    cacheStore().forgetTags([tags].flat())
  }

  resetRequestCache() {}
}
