/**
 * One HTTP/1.1 request with the request target sent as written: no URL parser in between to
 * resolve `..`, turn `\` into `/` or re-encode, as an attacker's client would send it. Only what
 * a request line cannot hold (controls, spaces, non-ASCII) is percent-encoded.
 */
import http from 'node:http'

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string }

const hex = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')

/** A request target as written, with only what a request line cannot hold percent-encoded. */
export const requestLine = (target: string): string => target.replace(/[^\x21-\x7e]/gu, hex)

/** A query value encoded byte by byte (a lone surrogate as U+FFFD), as a browser sends a form. */
export const queryValue = (value: string): string => value.replace(/[^A-Za-z0-9\-._~]/gu, hex)

export const rawRequest = (
  base: string,
  target: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base)
    const request = http.request(
      {
        hostname,
        port,
        method,
        path: requestLine(target),
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', reject)
      },
    )
    request.setTimeout(60_000, () => request.destroy(new Error(`timed out: ${method} ${target}`)))
    request.on('error', reject)
    request.end(body)
  })
