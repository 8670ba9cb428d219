/**
 * A long string body is written after the response head instead of joined to it
 * (src/server/largeBodies.ts): what a client receives must not change — same head, same
 * Content-Length, every byte of the page, keep-alive still working — for pages on both sides of
 * the threshold and of V8's 64K-character limit.
 */
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendLargeBodiesUnjoined, UNJOINED_FROM_CHARS } from '@/server/largeBodies'

const page = (chars: number) => {
  const line = '<p>元社員の皆さまと、いまの仕事をつなぐ。Alumni network — 縁</p>\n'
  return `<!DOCTYPE html>${line.repeat(Math.ceil(chars / line.length))}`.slice(0, chars)
}

const BODIES = { small: page(1_000), threshold: page(UNJOINED_FROM_CHARS), large: page(70_000) }

let server: Server
let port: number

beforeAll(async () => {
  sendLargeBodiesUnjoined()
  server = createServer((req, res) => {
    const body = BODIES[req.url!.slice(1) as keyof typeof BODIES]
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Length', Buffer.byteLength(body))
    res.end(req.method === 'HEAD' ? null : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

/** The raw bytes of `requests` sent on one keep-alive connection, read until the server closes it. */
const exchange = (requests: string[]) =>
  new Promise<Buffer>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks)))
    socket.on('error', reject)
    socket.write(requests.join(''))
  })

const get = (path: string, last = false) =>
  `GET ${path} HTTP/1.1\r\nHost: x\r\n${last ? 'Connection: close\r\n' : ''}\r\n`

/** Splits a stream of responses using each head's Content-Length. */
const responses = (raw: Buffer) => {
  const out: { head: string; body: string }[] = []
  let at = 0
  while (at < raw.length) {
    const headEnd = raw.indexOf('\r\n\r\n', at)
    const head = raw.subarray(at, headEnd).toString('latin1')
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0)
    out.push({ head, body: raw.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8') })
    at = headEnd + 4 + length
  }
  return out
}

describe('long string bodies', () => {
  it('arrive whole and in order on one keep-alive connection, short and long alike', async () => {
    const names = ['large', 'small', 'threshold', 'large'] as const
    const raw = await exchange(names.map((name, i) => get(`/${name}`, i === names.length - 1)))
    const got = responses(raw)
    expect(got).toHaveLength(names.length)
    names.forEach((name, i) => {
      expect(got[i].head).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
      expect(got[i].head).toContain('Content-Type: text/html; charset=utf-8')
      expect(got[i].head).toContain(`Content-Length: ${Buffer.byteLength(BODIES[name])}`)
      expect(got[i].body).toBe(BODIES[name])
    })
    // Nothing after the last page: no stray or repeated head.
    const total = got.reduce((sum, r) => sum + Buffer.byteLength(`${r.head}\r\n\r\n`) + Buffer.byteLength(r.body), 0)
    expect(raw.length).toBe(total)
  })

  it('answers HEAD with the head alone', async () => {
    const raw = await exchange([`HEAD /large HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`])
    const text = raw.toString('latin1')
    expect(text).toContain(`Content-Length: ${Buffer.byteLength(BODIES.large)}`)
    expect(text.endsWith('\r\n\r\n')).toBe(true)
  })
})
