/**
 * Sends a long string body as the socket write handles best: after the response head, not joined
 * to it, and in pieces shorter than 64K characters.
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
 * leave in the same single `writev`, and no string needs measuring or flattening. (Pages kept by
 * src/server/pageMemory.ts are sent as bytes encoded once and do not come here.)
 */
import { ServerResponse } from 'node:http'

/** Shorter bodies are sent as Node sends them: joined to the head, a copy that costs little. */
export const FROM_CHARS = 16 * 1024
/** Under Node's 65,535-character limit for sizing a string by its upper bound. */
export const PIECE_CHARS = 32 * 1024

type End = ServerResponse['end']
type Write = ServerResponse['write']

/** Where to cut `text` near `at` without separating the two halves of a surrogate pair. */
const cutAt = (text: string, at: number) => {
  const code = text.charCodeAt(at - 1)
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at
}

const isUtf8 = (encoding: unknown) => encoding === undefined || encoding === 'utf8' || encoding === 'utf-8'

let installed = false

export const sendLargeBodies = () => {
  if (installed) return
  installed = true
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
