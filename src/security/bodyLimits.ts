import { getPayload, type SanitizedConfig } from 'payload'

import { clientError, type Handler } from '@/security/clientErrors'

import { UPLOAD_LIMITS } from './uploadLimits'

/**
 * What a request body to the REST and GraphQL APIs may be, checked before anything parses it.
 *
 * Node parses JSON in one uninterruptible step, and Payload then walks what it parsed: a body of
 * a few megabytes, or one nested 100,000 levels deep, holds the server's only thread for a
 * noticeable time and ends in a 500. So the body is read with a byte limit (the declared length
 * first, then the bytes as they arrive), and a JSON body's shape is scanned, without building
 * anything, for nesting and list length. Multipart bodies keep the upload limit of
 * src/security/uploadLimits.ts for a signed-in account; a visitor's multipart body is a form
 * (the admin's sign-in, forgotten-password and first-account forms post `_payload` as multipart),
 * never a file, so it gets a form's size. The JSON of a multipart `_payload` field is scanned
 * like a JSON body.
 */
export const BODY_LIMITS = {
  /** Bytes of a JSON body to the REST API. */
  jsonBytes: 256 * 1024,
  /** Bytes of a GraphQL request (document and variables); documents are also limited in tokens (graphqlLimits.ts). */
  graphqlBytes: 64 * 1024,
  /** Bytes of a signed-in account's multipart body: one upload and the form's other fields. */
  multipartBytes: UPLOAD_LIMITS.maxBytes + 1024 * 1024,
  /** Bytes of a visitor's multipart body: a form of the admin's sign-in pages, no file. */
  visitorMultipartBytes: 64 * 1024,
  /** Objects and lists inside each other. Rich text nests a few levels per list indent. */
  depth: 64,
  /** Items in one list (list fields have their own, smaller `maxRows`). */
  listItems: 1000,
  /**
   * Items and members in all lists and objects together: what parsing and walking a body costs
   * grows with them, not with its bytes (a long text is cheap). A long interview's rich text
   * holds a few thousand; the admin saves documents as multipart, which this does not count.
   */
  values: 5000,
} as const

export type BodyKind = 'rest' | 'graphql'

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`

export const TOO_LARGE = (limit: number) => `The request body is larger than ${kib(limit)}.`
export const TOO_DEEP = `The request body nests objects or lists more than ${BODY_LIMITS.depth} levels deep.`
export const TOO_LONG = `A list in the request body has more than ${BODY_LIMITS.listItems} items.`
export const TOO_MANY_VALUES = `The request body holds more than ${BODY_LIMITS.values} values.`

const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_LIST = 0x5b
const CLOSE_LIST = 0x5d
const COMMA = 0x2c
const QUOTE = 0x22
const BACKSLASH = 0x5c
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/**
 * Why the JSON text `bytes` is too deep, has too long a list or too many values, or null. One
 * pass over the bytes with a fixed-size stack: nothing is parsed or allocated, whatever the input
 * (invalid JSON is left for the parser to refuse).
 */
export const jsonShapeError = (bytes: Uint8Array): string | null => {
  // items[d] counts the items of the list open at depth d (-1 for an object).
  const items = new Int32Array(BODY_LIMITS.depth + 1)
  let values = 1
  let depth = 0
  let inString = false
  let pendingItem = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === BACKSLASH) i++
      else if (byte === QUOTE) inString = false
      continue
    }
    if (isSpace(byte)) continue
    // The first value inside a list counts as its first item.
    if (pendingItem && byte !== CLOSE_LIST) items[depth] = 1
    pendingItem = false
    if (byte === QUOTE) inString = true
    else if (byte === OPEN_OBJECT || byte === OPEN_LIST) {
      if (depth === BODY_LIMITS.depth) return TOO_DEEP
      depth++
      items[depth] = byte === OPEN_LIST ? 0 : -1
      pendingItem = byte === OPEN_LIST
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
      if (depth > 0) depth--
    } else if (byte === COMMA && depth > 0) {
      if (++values > BODY_LIMITS.values) return TOO_MANY_VALUES
      if (items[depth] >= 0 && ++items[depth] > BODY_LIMITS.listItems) return TOO_LONG
    }
  }
  return null
}

/** The body's bytes, or null once it is longer than `limit` (reading stops there). */
const readAtMost = async (request: Request, limit: number): Promise<Uint8Array | null> => {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

const hasBody = (request: Request) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method.toUpperCase()) && request.body !== null

/** Whether the request's credentials (session cookie, `Authorization` header) belong to an account. */
const signedIn = async (config: Promise<SanitizedConfig>, headers: Headers): Promise<boolean> => {
  if (!headers.get('authorization') && !headers.get('cookie')) return false
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers, canSetHeaders: false })
  return Boolean(user)
}

/** Why the JSON of a multipart body's `_payload` field (Payload's admin forms) is refused, or null. */
const multipartShapeError = async (bytes: Uint8Array, type: string): Promise<string | null> => {
  // A body that does not parse is left to the handler, which answers it with a 400 (clientErrors.ts).
  const form = await new Response(bytes as BodyInit, { headers: { 'content-type': type } }).formData().catch(() => null)
  const fields = form?.get('_payload')
  return typeof fields === 'string' ? jsonShapeError(new TextEncoder().encode(fields)) : null
}

/**
 * Wraps a REST or GraphQL route handler: the body is read within its limit and checked before
 * the handler (and so Payload) sees it; the handler gets a request carrying the bytes read.
 */
export const limitBody =
  <Args extends unknown[]>(config: Promise<SanitizedConfig>, kind: BodyKind, handler: Handler<Args>): Handler<Args> =>
  async (request, ...args) => {
    if (!hasBody(request)) return handler(request, ...args)
    const type = (request.headers.get('content-type') ?? '').toLowerCase()
    const multipart = type.includes('multipart/')
    const limit = multipart
      ? (await signedIn(config, request.headers))
        ? BODY_LIMITS.multipartBytes
        : BODY_LIMITS.visitorMultipartBytes
      : kind === 'graphql'
        ? BODY_LIMITS.graphqlBytes
        : BODY_LIMITS.jsonBytes
    const bytes = await readAtMost(request, limit)
    if (!bytes) return clientError(TOO_LARGE(limit), 413)
    const shape = multipart ? await multipartShapeError(bytes, type) : type.includes('json') ? jsonShapeError(bytes) : null
    if (shape) return clientError(shape, 400)
    const headers = new Headers(request.headers)
    headers.set('content-length', String(bytes.byteLength))
    const read = new Request(request.url, { method: request.method, headers, body: bytes as BodyInit })
    return handler(read, ...args)
  }
