/**
 * A long string body is written after the response head, in pieces (src/server/largeBodies.ts):
 * what a client receives must not change — same head, same Content-Length, every byte of the page
 * in order, keep-alive still working — for pages on both sides of the threshold and of Node's
 * 65,535-character limit, pieces cut next to a character outside the BMP, and `end` called with an
 * encoding and a callback.
 */
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { FROM_CHARS, PIECE_CHARS, sendLargeBodies } from '@/server/largeBodies'

const page = (chars: number) => {
  const line = '<p>元社員の皆さまと、いまの仕事をつなぐ。Alumni network — 縁</p>\n'
  return `<!DOCTYPE html>${line.repeat(Math.ceil(chars / line.length))}`.slice(0, chars)
}

/** A page whose first cut would fall between the two UTF-16 halves of 🌸. */
const straddling = () => {
  const text = page(PIECE_CHARS * 2 + 500)
  return `${text.slice(0, PIECE_CHARS - 1)}🌸${text.slice(PIECE_CHARS + 1)}`
}

const BODIES = {
  small: page(1_000),
  threshold: page(FROM_CHARS),
  exact: page(PIECE_CHARS * 2),
  large: page(70_000),
  straddling: straddling(),
}
const callbacks: string[] = []

let server: Server
let port: number

beforeAll(async () => {
  sendLargeBodies()
  server = createServer((req, res) => {
    const body = BODIES[req.url!.slice(1) as keyof typeof BODIES]
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', Buffer.byteLength(body))
    if (req.method === 'HEAD') res.end()
    else if (req.headers['x-with-callback']) res.end(body, 'utf8', () => callbacks.push(req.url!))
    else res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

/** Splits a stream of responses using each head's Content-Length; a response cut short ends the list. */
const split = (raw: Buffer) => {
  const out: { head: string; body: string; bytes: number }[] = []
  let at = 0
  for (;;) {
    const headEnd = raw.indexOf('\r\n\r\n', at)
    if (headEnd < 0) return { out, rest: raw.length - at }
    const head = raw.subarray(at, headEnd).toString('latin1')
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0)
    if (raw.length < headEnd + 4 + length) return { out, rest: raw.length - at }
    out.push({
      head,
      body: raw.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8'),
      bytes: headEnd + 4 + length - at,
    })
    at = headEnd + 4 + length
  }
}

/**
 * `requests` on one keep-alive connection, each sent once the answer to the one before is in (as
 * a browser does; pipelined requests would wait for their socket), read until the server closes.
 */
const exchange = (requests: string[]) =>
  new Promise<ReturnType<typeof split> & { raw: Buffer }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let sent = 0
    const next = () => socket.write(requests[sent++])
    socket.on('data', (chunk) => {
      chunks.push(chunk)
      if (sent < requests.length && split(Buffer.concat(chunks)).out.length === sent) next()
    })
    socket.on('end', () => {
      const raw = Buffer.concat(chunks)
      resolve({ ...split(raw), raw })
    })
    socket.on('error', reject)
    next()
  })

const get = (path: string, last = false, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}${last ? 'Connection: close\r\n' : ''}\r\n`

describe('long string bodies', () => {
  it('arrive whole and in order on one keep-alive connection, short and long alike', async () => {
    const names = ['large', 'small', 'threshold', 'exact', 'straddling', 'large'] as const
    const { out: got, rest } = await exchange(names.map((name, i) => get(`/${name}`, i === names.length - 1)))
    expect(got).toHaveLength(names.length)
    names.forEach((name, i) => {
      expect(got[i].head).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
      expect(got[i].head).toContain('Content-Type: text/html; charset=utf-8')
      expect(got[i].head).toContain(`Content-Length: ${Buffer.byteLength(BODIES[name])}`)
      expect(got[i].body).toBe(BODIES[name])
    })
    // Nothing after the last page: no stray or repeated head.
    expect(rest).toBe(0)
  })

  it('keeps the encoding and calls the callback given to end()', async () => {
    callbacks.length = 0
    const {
      out: [got],
    } = await exchange([get('/straddling', true, 'x-with-callback: 1\r\n')])
    expect(got.body).toBe(BODIES.straddling)
    await vi.waitFor(() => expect(callbacks).toEqual(['/straddling']))
  })

  it('answers HEAD with the head alone', async () => {
    const { raw } = await exchange([`HEAD /large HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`])
    const text = raw.toString('latin1')
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
    expect(text).toContain(`Content-Length: ${Buffer.byteLength(BODIES.large)}`)
    expect(text.endsWith('\r\n\r\n')).toBe(true)
  })
})
