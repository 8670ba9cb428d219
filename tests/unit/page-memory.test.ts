/**
 * Pages answered from memory in front of the server (src/server/pageMemory.ts), on a real HTTP
 * server whose handler answers as Next does: what a reader gets must be exactly what the server
 * sent, only pages a shared cache may keep are kept, nothing personal ever is, a copy lives for
 * its `s-maxage` and is refreshed by one request while the others get the old one, and a publish
 * forgets every copy.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { PUBLIC_CACHE_CONTROL } from '@/security/cacheControl'
import { forgetPages, installPageMemory, MAX_ANSWER_BYTES, MEMORY_BUDGET, MEMORY_HEADER } from '@/server/pageMemory'

const page = (chars: number, mark = '') => {
  const line = `<p>元社員の皆さまと、いまの仕事をつなぐ。${mark}</p>\n`
  return `<!DOCTYPE html>${line.repeat(Math.ceil(chars / line.length))}`.slice(0, chars)
}

/** What the handler answers next, by path; each answer it gives is counted. */
const answers = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>()
const served: string[] = []

/** As Next sends a page from its page cache: a string body with its byte length. */
const cachedPage =
  (body: string, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
    res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch')
    res.setHeader('x-nextjs-cache', 'HIT')
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    res.setHeader('Content-Length', Buffer.byteLength(body))
    res.end(body)
  }

let server: Server
let base: string

beforeAll(async () => {
  installPageMemory()
  server = createServer((req, res) => {
    served.push(req.url!)
    const handler = answers.get(new URL(req.url!, 'http://x').pathname)
    if (handler) handler(req, res)
    else res.writeHead(404).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  forgetPages()
  answers.clear()
  served.length = 0
  vi.useRealTimers()
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers })
  return { status: res.status, headers: res.headers, body: await res.text() }
}

describe('pages answered from memory', () => {
  it('answers a page from the page cache from memory the second time, byte for byte as sent', async () => {
    const body = page(70_000, '🌸')
    answers.set('/case-studies/a', cachedPage(body))
    const first = await get('/case-studies/a')
    const second = await get('/case-studies/a')
    expect(served).toEqual(['/case-studies/a'])
    expect(first.headers.get(MEMORY_HEADER)).toBeNull()
    expect(second.headers.get(MEMORY_HEADER)).toBe('HIT')
    expect(second.body).toBe(body)
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
    for (const name of ['content-type', 'cache-control', 'vary', 'x-nextjs-cache']) {
      expect(second.headers.get(name)).toBe(first.headers.get(name))
    }
    expect(second.headers.get('age')).toBe('0')
  })

  it('keeps a public page rendered for the request, streamed in pieces, once per full URL', async () => {
    // As Next streams a page it renders per request: no x-nextjs-cache, no length, several writes.
    answers.set('/case-studies', (req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
      res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch')
      const list = `<h1>事例</h1><p>${new URL(req.url!, 'http://x').search}</p>`
      res.write(list.slice(0, 9))
      res.write(list.slice(9))
      res.end()
    })
    for (const path of ['/case-studies', '/case-studies?industry=it', '/case-studies?industry=it&page=2']) {
      const first = await get(path)
      const second = await get(path)
      expect(second.headers.get(MEMORY_HEADER), path).toBe('HIT')
      expect(second.body, path).toBe(first.body)
    }
    expect((await get('/case-studies?industry=it')).body).toContain('?industry=it')
    expect(served).toEqual(['/case-studies', '/case-studies?industry=it', '/case-studies?industry=it&page=2'])
  })

  it('keeps a copy per value of the headers the page varies by', async () => {
    answers.set('/', (req, res) => cachedPage(req.headers.rsc ? 'flight data' : page(1_000))(req, res))
    const html = await get('/')
    const flight = await get('/', { rsc: '1' })
    expect(flight.body).toBe('flight data')
    expect((await get('/', { rsc: '1' })).body).toBe('flight data')
    expect((await get('/')).body).toBe(html.body)
    expect(served).toEqual(['/', '/'])
  })

  it('keeps compressed answers as sent, apart from plain ones', async () => {
    const body = page(20_000)
    answers.set('/events', (req, res) => {
      if (!String(req.headers['accept-encoding']).includes('gzip')) return cachedPage(body, { Vary: 'Accept-Encoding' })(req, res)
      // As Next's compression sends it: no length, the gzip stream in pieces.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
      res.setHeader('Vary', 'Accept-Encoding')
      res.setHeader('Content-Encoding', 'gzip')
      res.setHeader('x-nextjs-cache', 'HIT')
      const gzipped = gzipSync(body)
      res.write(gzipped.subarray(0, 100))
      res.end(gzipped.subarray(100))
    })
    for (let i = 0; i < 2; i++) {
      expect((await get('/events', { 'accept-encoding': 'gzip' })).body).toBe(body)
      expect((await get('/events', { 'accept-encoding': 'identity' })).body).toBe(body)
    }
    expect(served).toHaveLength(2)
  })

  it('never answers nor keeps a request with a session, draft-mode or preview cookie', async () => {
    answers.set('/news', cachedPage(page(1_000)))
    for (const cookie of ['payload-token=abc', 'theme=dark; __prerender_bypass=1', 'enishi_preview=t']) {
      await get('/news', { cookie })
      await get('/news', { cookie })
    }
    expect(served).toHaveLength(6)
    await get('/news', { cookie: 'theme=dark' })
    expect((await get('/news')).headers.get(MEMORY_HEADER)).toBe('HIT')
  })

  it('keeps a public page however Next made it: first render, or a copy it is regenerating', async () => {
    for (const state of ['MISS', 'STALE']) {
      answers.set(`/${state}`, cachedPage(page(1_000, state), { 'x-nextjs-cache': state }))
      await get(`/${state}`)
      const again = await get(`/${state}`)
      expect(again.headers.get(MEMORY_HEADER), state).toBe('HIT')
      expect(again.body).toContain(state)
    }
    expect(served).toEqual(['/MISS', '/STALE'])
  })

  it('keeps only what a shared cache may keep', async () => {
    const notKept: Record<string, Record<string, string>> = {
      private: { 'Cache-Control': 'private, no-store' },
      'no shared lifetime': { 'Cache-Control': 'public, max-age=60' },
      'setting a cookie': { 'Set-Cookie': 'a=b' },
      'varying by anything': { Vary: '*' },
    }
    for (const [name, headers] of Object.entries(notKept)) {
      const path = `/${encodeURIComponent(name)}`
      answers.set(decodeURIComponent(path), cachedPage(page(1_000), headers))
      await get(path)
      expect((await get(path)).headers.get(MEMORY_HEADER), name).toBeNull()
    }
    answers.set('/missing', (_req, res) => {
      res.statusCode = 404
      cachedPage('not found')(_req, res)
    })
    await get('/missing')
    await get('/missing')
    answers.set('/huge', cachedPage(page(MAX_ANSWER_BYTES / 2)))
    await get('/huge')
    await get('/huge')
    expect(served).toHaveLength(2 * (Object.keys(notKept).length + 2))
  })

  it('lets other methods through', async () => {
    answers.set('/form', cachedPage('ok'))
    await get('/form')
    const posted = await fetch(`${base}/form`, { method: 'POST', body: 'x' })
    expect(posted.headers.get(MEMORY_HEADER)).toBeNull()
    expect(served).toEqual(['/form', '/form'])
  })

  it('refreshes a copy past its s-maxage with one request while the others get the old one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    answers.set('/p', cachedPage('old'))
    await get('/p')
    vi.setSystemTime(Date.now() + 3_000) // past s-maxage=2
    let release = () => {}
    answers.set('/p', (req, res) => {
      release = () => cachedPage('new')(req, res)
    })
    const refresh = get('/p')
    await vi.waitFor(() => expect(served).toHaveLength(2))
    const during = await Promise.all([get('/p'), get('/p')])
    expect(during.map((r) => r.body)).toEqual(['old', 'old'])
    expect(during[0].headers.get('age')).toBe('3')
    release()
    expect((await refresh).body).toBe('new')
    expect((await get('/p')).body).toBe('new')
    expect(served).toHaveLength(2)
    // Past stale-while-revalidate the old copy is not given to anyone.
    vi.setSystemTime(Date.now() + 120_000)
    answers.set('/p', cachedPage('newer'))
    expect((await get('/p')).body).toBe('newer')
  })

  it('forgets every copy when something is published', async () => {
    answers.set('/a', cachedPage('a1'))
    await get('/a')
    answers.set('/a', cachedPage('a2'))
    expect((await get('/a')).body).toBe('a1')
    forgetPages()
    expect((await get('/a')).body).toBe('a2')
  })

  it('keeps within its budget, dropping the page read longest ago', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }) // time stands still: no copy expires meanwhile
    const big = page(MAX_ANSWER_BYTES / 4)
    const count = Math.ceil((2 * MEMORY_BUDGET) / Buffer.byteLength(big))
    answers.set('/first', cachedPage(big))
    await get('/first')
    for (let i = 0; i < count; i++) {
      answers.set(`/p${i}`, cachedPage(big))
      await get(`/p${i}`)
      // Read on and on, the first page stays.
      expect((await get('/first')).headers.get(MEMORY_HEADER)).toBe('HIT')
    }
    expect((await get('/p0')).headers.get(MEMORY_HEADER)).toBeNull()
  })
})
