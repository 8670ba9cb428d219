/**
 * Public pages answered from memory before Next's router sees the request, for as long as a
 * shared cache may keep them: a small in-process counterpart of the nginx cache in deploy/nginx,
 * under the same rules (docs/deploy.md#caching).
 *
 * Why: a cached case study still cost `next start` about 1.3 ms of CPU a request, most of it the
 * router and route module matching, rewriting and preparing a dynamic, localised route before
 * reaching the cached page; a public page rendered per request (the case-study list with its
 * filters, search results) costs several milliseconds every time (docs/performance.md).
 * Answering from memory costs a Map lookup.
 *
 * What is kept: a GET answered 200, marked `public` with an `s-maxage`
 * (src/security/cacheControl.ts), without `Set-Cookie`, for a request without a session,
 * draft-mode or preview cookie, by its full URL, however Next made it: from its page cache (also
 * a copy it is regenerating after its `revalidate` time, which it serves meanwhile), on first
 * render, or per request. Members' pages, sign-in pages, the API and previews are private, and
 * requests with a personal cookie pass through.
 *
 * How long: fresh for the page's `s-maxage`; after that one request goes to Next for a new copy
 * while the others still get the old one, for up to `stale-while-revalidate` (nginx's
 * `proxy_cache_use_stale updating` with `proxy_cache_lock`). A copy is kept per value of the
 * request headers the page's `Vary` names (RSC requests, compression). A publish forgets every
 * copy (`forgetPages`, called where the app expires Next's cache tags).
 */
import { type IncomingMessage, Server, type ServerResponse } from 'node:http'

import { PRIVATE_COOKIES } from '../security/cacheControl'

/** Memory for kept answers: a few hundred Japanese case studies (91 KB plain, about 20 KB compressed). */
export const MEMORY_BUDGET = 32 * 1024 * 1024
/** Larger answers go through to Next each time. */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024
/** A refresh still running after this long no longer holds the other readers on the old copy. */
export const REFRESH_TIMEOUT_MS = 5_000
/** Sent with every answer from memory. */
export const MEMORY_HEADER = 'x-enishi-memory'

type Kept = {
  /** Request headers the answer varies by, and their values when it was kept. */
  vary: string[]
  varyValues: string[]
  headers: Record<string, string | string[]>
  body: Buffer
  keptAt: number
  freshUntil: number
  staleUntil: number
}

type Slot = { copies: Kept[]; refreshingSince: number }

const slotBytes = (slot: Slot) => slot.copies.reduce((sum, copy) => sum + copy.body.length, 0)

/** By host and URL, oldest use first; shared through globalThis by the server and the app's bundles. */
type Memory = { slots: Map<string, Slot>; bytes: number }
const MEMORY = Symbol.for('enishi.pageMemory')
const memory = (): Memory => {
  const global = globalThis as { [MEMORY]?: Memory }
  global[MEMORY] ??= { slots: new Map(), bytes: 0 }
  return global[MEMORY]
}

/** Forget every kept page: something was published, changed or removed. */
export const forgetPages = () => {
  const store = memory()
  store.slots.clear()
  store.bytes = 0
}

const PERSONAL = new RegExp(`(?:^|;\\s*)(?:${PRIVATE_COOKIES.join('|')})=`)
/** Headers Node writes for each answer itself. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

const slotKey = (req: IncomingMessage) => `${req.headers.host ?? ''} ${req.url}`

const matches = (kept: Kept, req: IncomingMessage) => kept.vary.every((name, i) => header(req, name) === kept.varyValues[i])

/** What a shared cache may do with this answer, or undefined when it may not keep it. */
const keepable = (res: ServerResponse) => {
  if (res.statusCode !== 200 || res.hasHeader('set-cookie')) return
  const cacheControl = String(res.getHeader('cache-control') ?? '')
  if (!/\bpublic\b/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return
  const fresh = Number(/\bs-maxage=(\d+)/.exec(cacheControl)?.[1] ?? 0)
  if (!(fresh > 0)) return
  const stale = Number(/\bstale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0)
  const vary = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  if (vary.includes('*')) return
  return { fresh, stale, vary }
}

type Rules = NonNullable<ReturnType<typeof keepable>>

const keep = (key: string, req: IncomingMessage, res: ServerResponse, rules: Rules, body: Buffer) => {
  const headers: Kept['headers'] = {}
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (!PER_ANSWER.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value : String(value)
  }
  headers['content-length'] = String(body.length)
  headers[MEMORY_HEADER] = 'HIT'
  const now = Date.now()
  const kept: Kept = {
    vary: rules.vary,
    varyValues: rules.vary.map((name) => header(req, name)),
    headers,
    body,
    keptAt: now,
    freshUntil: now + rules.fresh * 1000,
    staleUntil: now + (rules.fresh + rules.stale) * 1000,
  }
  const store = memory()
  const slot = store.slots.get(key) ?? { copies: [], refreshingSince: 0 }
  store.bytes -= slotBytes(slot)
  slot.copies = [...slot.copies.filter((copy) => !matches(copy, req)), kept]
  store.bytes += slotBytes(slot)
  store.slots.delete(key)
  store.slots.set(key, slot)
  for (const [oldest, its] of store.slots) {
    if (store.bytes <= MEMORY_BUDGET) break
    store.slots.delete(oldest)
    store.bytes -= slotBytes(its)
  }
}

/**
 * Lets the answer through to the client and keeps its bytes when it turns out keepable (decided at
 * its first byte, when its status and headers are set). A string page is encoded once here and
 * sent as those bytes.
 */
const recordAnswer = (key: string, req: IncomingMessage, res: ServerResponse, onDone?: () => void) => {
  const write = res.write
  const end = res.end
  let rules: Rules | false | undefined // undefined until decided, false when not kept
  const chunks: Buffer[] = []
  let size = 0
  const decide = () => {
    if (rules === undefined) rules = keepable(res) ?? false
    return rules
  }
  const take = (chunk: unknown, encoding: unknown) => {
    if (!decide() || chunk === undefined || chunk === null || typeof chunk === 'function') return chunk
    // A copy: the caller may reuse its buffer once written.
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    size += bytes.length
    if (size > MAX_ANSWER_BYTES) rules = false
    else chunks.push(bytes)
    return bytes
  }
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    return write.call(this, take(chunk, rest[0]), ...(rest as [BufferEncoding]))
  } as ServerResponse['write']
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (args.length > 0 && typeof args[0] !== 'function') args[0] = take(args[0], args[1])
    const kept = decide()
    if (kept) res.once('finish', () => keep(key, req, res, kept, Buffer.concat(chunks)))
    return end.apply(this, args as Parameters<ServerResponse['end']>)
  } as ServerResponse['end']
  if (onDone) res.once('close', onDone)
}

const answer = (res: ServerResponse, kept: Kept, now: number) => {
  res.writeHead(200, { ...kept.headers, age: String(Math.floor((now - kept.keptAt) / 1000)) })
  res.end(kept.body)
}

/**
 * Answers `req` from memory and returns true, or returns false and lets it through to Next,
 * keeping Next's answer when it may.
 */
export const answerFromMemory = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (req.method !== 'GET' || req.headers.range || PERSONAL.test(header(req, 'cookie'))) return false
  const key = slotKey(req)
  const { slots } = memory()
  const slot = slots.get(key)
  const now = Date.now()
  const kept = slot?.copies.find((copy) => matches(copy, req))
  if (slot && kept) {
    const refreshing = now - slot.refreshingSince < REFRESH_TIMEOUT_MS
    if (now < kept.freshUntil || (now < kept.staleUntil && refreshing)) {
      slots.delete(key) // most recently used last
      slots.set(key, slot)
      answer(res, kept, now)
      return true
    }
    // This request refreshes the copy; the others get the old one meanwhile.
    slot.refreshingSince = now
    recordAnswer(key, req, res, () => (slot.refreshingSince = 0))
    return false
  }
  recordAnswer(key, req, res)
  return false
}

let installed = false

/** Puts the memory in front of every HTTP server of this process (Next's, under `next start`). */
export const installPageMemory = () => {
  if (installed) return
  installed = true
  const emit = Server.prototype.emit
  Server.prototype.emit = function (this: Server, ...args: Parameters<Server['emit']>) {
    const [event, req, res] = args as unknown[]
    if (event === 'request' && answerFromMemory(req as IncomingMessage, res as ServerResponse)) return true
    return emit.apply(this, args)
  } as Server['emit']
}
