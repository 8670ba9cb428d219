/**
 * Sends a long string body as the socket write handles best: after the response head, not joined
 * to it, and in pieces shorter than 64K characters; and a page from Next's page cache from bytes
 * encoded once.
 *
 * Next answers a cached page with `res.end(html)`, a string. Node's `http` prepends the response
 * head to it (`_send`: `this._header + data`, "to get the headers and first body chunk onto the
 * same packet"), and the socket write (`StreamBase::Writev`) sizes each string before encoding it
 * to UTF-8: with a cheap upper bound up to 65,535 characters, but past that by measuring its exact
 * UTF-8 length, an extra pass that first flattens the joined string into a fresh copy (in V8's
 * large-object space, at that size). So head and page together crossing 64K characters — about
 * 85 KB of Japanese HTML — cost every request a large copy and an extra pass: a plain Node server
 * sending a 64,500-character page fell from about 3,900 to 900 requests/s, and the demo case study
 * (64,756 characters) ran at half the speed of its 63,481-character prerendered twin.
 *
 * Here the head is written first with the socket corked, and the body follows in slices of at
 * most PIECE_CHARS characters (slices share the page's string, nothing is copied): the same bytes
 * leave in the same single `writev`, and no string needs measuring or flattening.
 *
 * A page Next serves from its page cache (`x-nextjs-cache: HIT` or `STALE`) is the same string
 * request after request, yet encoding it to UTF-8 was the largest single part of each request's
 * time (about a quarter, on an 83 KB Japanese case study). Its bytes are kept, by the page's text,
 * for the pages sent lately (up to ENCODED_BUDGET), and sent as they are; they also answer
 * `Buffer.byteLength`, which Next calls on the page for its Content-Length just before sending it
 * and which measured the page again. Keyed by the text itself, they cannot go stale: a page that
 * changes is a new key. Measured in docs/performance.md#throughput-of-a-cached-page.
 */
import { ServerResponse } from 'node:http'

/** Shorter bodies are sent as Node sends them: joined to the head, a copy that costs little. */
export const FROM_CHARS = 16 * 1024
/** Under Node's 65,535-character limit for sizing a string by its upper bound. */
export const PIECE_CHARS = 32 * 1024
/** Memory for encoded cached pages and the texts they are kept by: about 150 case studies. */
export const ENCODED_BUDGET = 32 * 1024 * 1024

type End = ServerResponse['end']
type Write = ServerResponse['write']

/** Where to cut `text` near `at` without separating the two halves of a surrogate pair. */
const cutAt = (text: string, at: number) => {
  const code = text.charCodeAt(at - 1)
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at
}

/** The UTF-8 bytes of cached pages sent lately, by their text; the oldest go first past the budget. */
const encoded = new Map<string, Buffer>()
let kept = 0
/** The bytes and the text they are kept by (two bytes a character, at most: the key stays alive too). */
const footprint = (text: string, bytes: Buffer) => bytes.length + text.length * 2

export const encodedOnce = (text: string) => {
  let bytes = encoded.get(text)
  if (bytes) return bytes
  bytes = Buffer.from(text, 'utf8')
  encoded.set(text, bytes)
  kept += footprint(text, bytes)
  for (const [oldest, its] of encoded) {
    if (kept <= ENCODED_BUDGET) break
    encoded.delete(oldest)
    kept -= footprint(oldest, its)
  }
  return bytes
}

/** Served from Next's page cache, so the same text will be sent again. */
const fromPageCache = (res: ServerResponse) => {
  const state = res.getHeader('x-nextjs-cache')
  return state === 'HIT' || state === 'STALE'
}

const isUtf8 = (encoding: unknown) => encoding === undefined || encoding === 'utf8' || encoding === 'utf-8'

let installed = false

export const sendLargeBodies = () => {
  if (installed) return
  installed = true
  // Next sizes a page for its Content-Length just before sending it: the kept bytes answer that too.
  const byteLength = Buffer.byteLength
  Buffer.byteLength = function (value: unknown, encoding?: BufferEncoding) {
    const bytes = typeof value === 'string' && value.length >= FROM_CHARS && isUtf8(encoding) && encoded.get(value)
    return bytes ? bytes.length : byteLength(value as string, encoding)
  } as typeof Buffer.byteLength
  const end: End = ServerResponse.prototype.end
  const write: Write = ServerResponse.prototype.write
  ServerResponse.prototype.end = function (this: ServerResponse, ...args: Parameters<End>) {
    const [body, encoding] = args as unknown[]
    // `headersSent` turns true once the head is built; `_headerSent` only once it is written.
    const headWritten = (this as ServerResponse & { _headerSent?: boolean })._headerSent
    const utf8 = typeof encoding === 'function' || isUtf8(encoding)
    if (typeof body !== 'string' || body.length < FROM_CHARS || headWritten || !utf8 || !this.socket) {
      return end.apply(this, args)
    }
    if (fromPageCache(this)) return end.apply(this, [encodedOnce(body), ...args.slice(1)] as Parameters<End>)
    this.socket.cork() // end() uncorks: head and pieces leave in one write
    this.flushHeaders()
    let at = 0
    while (body.length - at > PIECE_CHARS) {
      const cut = cutAt(body, at + PIECE_CHARS)
      write.call(this, body.slice(at, cut), 'utf8')
      at = cut
    }
    return end.apply(this, [body.slice(at), ...args.slice(1)] as Parameters<End>)
  } as End
}
