/**
 * Sends a long string body without first joining it to the response head.
 *
 * Next answers a cached page with `res.end(html)`, a string. Node's `http` then prepends the head
 * to it (`_send`: `this._header + data`, "to get the headers and first body chunk onto the same
 * packet"), and the socket write flattens that joined string. When head and page together pass
 * 64K UTF-16 code units (128 KB, V8's limit for a regular heap object; about 85 KB of Japanese
 * HTML), every request allocates the copy in V8's large-object space, and throughput falls off a
 * cliff: a plain Node server sending a 64,500-character page drops from about 3,900 to 900
 * requests/s, and the demo case study (64,756 characters) ran at half the speed of its
 * 63,481-character prerendered twin (docs/performance.md#throughput-of-a-cached-page).
 *
 * Writing the head first, with the socket corked, keeps the page's own (flat) string as the
 * second chunk of the same `writev`: the same bytes in the same packets, and no copy.
 */
import { ServerResponse } from 'node:http'

/** Shorter bodies are joined as before: the copy is cheap and stays in the young generation. */
export const UNJOINED_FROM_CHARS = 16 * 1024

type End = ServerResponse['end']

let installed = false

export const sendLargeBodiesUnjoined = () => {
  if (installed) return
  installed = true
  const end: End = ServerResponse.prototype.end
  ServerResponse.prototype.end = function (this: ServerResponse, ...args: Parameters<End>) {
    const [chunk] = args
    // `headersSent` is already true once the head is built; `_headerSent` says it is not yet written.
    const headPending = !(this as ServerResponse & { _headerSent?: boolean })._headerSent
    if (typeof chunk === 'string' && chunk.length >= UNJOINED_FROM_CHARS && headPending && this.socket) {
      this.socket.cork() // end() uncorks: head and body leave in one write
      this.flushHeaders()
    }
    return end.apply(this, args)
  } as End
}
