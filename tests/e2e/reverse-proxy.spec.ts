/**
 * deploy/nginx/enishi.conf in front of the production server (docs/deploy.md): started here, as
 * shipped but for its address, port and cache directory. A public page is a cache HIT the second
 * time; a publish through the API shows through the proxy within a few seconds; what a signed-in
 * member asks for, with the session written any way (tests/e2e/sessionShapes.ts), is never
 * stored nor served to anyone else.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test'

import { SHARED_CACHE_CONTROL, SHARED_FRESH_S } from '../../src/cache/cacheControl'
import { freePort } from '../../src/db/scratch'
import { SEED_SLUGS } from '../../src/seed'
import { deployConfig, type Nginx, startNginx } from '../helpers/nginx'
import { documentData, signIn } from './fresh'
import { fetchAnswer, leaksOfMemberAnswer, leaksToVisitor, ROUTE_KINDS, sessionShapes, signInMember } from './sessionShapes'

/** How long after the write returned the proxy must show it: the shared cache's 2 s plus a refresh. */
const SHOWN_WITHIN_MS = 5000

let nginx: Nginx
let cacheDir: string
let proxy: APIRequestContext

test.beforeAll(async () => {
  const app = new URL(process.env.BASE_URL || 'http://localhost:3000')
  const port = await freePort()
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'enishi-proxy-cache-'))
  nginx = await startNginx(deployConfig({ appPort: Number(app.port), port, cacheDir }), port)
  proxy = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` })
})

test.afterAll(async () => {
  await proxy?.dispose()
  await nginx?.stop()
  rmSync(cacheDir, { recursive: true, force: true })
})

const get = async (pathName: string, headers: Record<string, string> = {}) => {
  const response = await proxy.get(pathName, { headers, maxRedirects: 0 })
  return { status: response.status(), cache: response.headers()['x-cache-status'], body: await response.text(), headers: response.headers() }
}

/** Every file nginx has stored, as text. */
const storedCopies = () => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else files.push(readFileSync(file, 'latin1'))
    }
  }
  walk(cacheDir)
  return files
}

test.describe('nginx reverse proxy (deploy/nginx/enishi.conf)', () => {
  test('a public page is served from the proxy cache the second time, compressed', async () => {
    const pathName = `/case-studies/${SEED_SLUGS.latestInterview}`
    const first = await get(pathName)
    expect(first.status).toBe(200)
    const second = await get(pathName)
    expect(second.status).toBe(200)
    expect(second.cache).toBe('HIT')
    expect(second.body).toBe(first.body)
    // Playwright asks for gzip; nginx compresses what the app sent uncompressed.
    expect(second.headers['content-encoding']).toBe('gzip')
  })

  test('a publish through the API shows through the proxy within a few seconds', async ({ request }) => {
    const token = await signIn(request)
    const headers = { Authorization: `JWT ${token}` }
    const stamp = Date.now().toString(36)
    const title = `プロキシ鮮度 ${stamp}`
    const created = await request.post('/api/announcements?draft=true', {
      headers,
      data: { ...documentData.announcements(`proxy-${stamp}`, title), _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    // The home page (its latest news) is cached by the proxy before the publish.
    await get('/')
    expect((await get('/')).cache).toBe('HIT')

    const published = await request.patch(`/api/announcements/${id}`, { headers, data: { _status: 'published' } })
    expect(published.status()).toBe(200)
    const since = Date.now()
    let shownAfter = -1
    while (Date.now() - since < SHOWN_WITHIN_MS) {
      if ((await get('/')).body.includes(title)) {
        shownAfter = Date.now() - since
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    console.log(`[reverse-proxy] the publish showed through the proxy after ${shownAfter} ms`)
    expect(shownAfter, `shown within ${SHOWN_WITHIN_MS} ms`).toBeGreaterThanOrEqual(0)
    await request.delete(`/api/announcements/${id}`, { headers })
  })

  test("a member's session, however written, is never stored nor served to another client", async ({ request }) => {
    test.setTimeout(600_000)
    const member = await signInMember(request)
    const shapes = sessionShapes(member.token)
    const problems: string[] = []
    let requests = 0
    for (const shape of shapes) {
      for (const pathName of ROUTE_KINDS) {
        const answer = await fetchAnswer(proxy, pathName, shape)
        requests++
        problems.push(...leaksOfMemberAnswer(answer, member, shape))
        // A personal cookie is neither answered from the cache nor stored in it, in any shape the
        // app would read it (case and spaces included).
        if ('cookie' in shape && /payload-token|prerender|preview/i.test(shape.cookie) && answer.headers['x-cache-status']) {
          if (answer.headers['x-cache-status'] !== 'BYPASS') problems.push(`${pathName} with ${JSON.stringify(shape)}: ${answer.headers['x-cache-status']}`)
        }
        problems.push(...leaksToVisitor(await fetchAnswer(proxy, pathName), member))
        requests++
      }
    }
    console.log(`[reverse-proxy] ${shapes.length} session shapes × ${ROUTE_KINDS.length} routes: ${requests} requests through nginx, ${problems.length} leaks`)
    expect(problems).toEqual([])
    const stored = storedCopies()
    expect(stored.length).toBeGreaterThan(0)
    for (const marker of member.markers) expect(stored.some((copy) => copy.includes(marker)), marker).toBe(false)

    // Someone else, without the cookie, is sent to sign in.
    const other = await get('/members')
    expect(other.status).toBe(307)
    expect(other.headers.location).toMatch(/\/login/)
  })

  test('a shared answer is kept 2 s and then refreshed by one request while the others get the old copy', async () => {
    const eventPage = `/en/events/${SEED_SLUGS.publicEvent}`
    await get(eventPage)
    const kept = await get(eventPage)
    expect(kept.cache).toBe('HIT')
    expect(kept.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
    await new Promise((resolve) => setTimeout(resolve, (SHARED_FRESH_S + 1.2) * 1000))
    expect(['STALE', 'UPDATING', 'EXPIRED']).toContain((await get(eventPage)).cache)
    // What nginx passes on from the app for a private answer is the app's own header.
    const login = await get('/login')
    expect(login.headers['cache-control']).toMatch(/private/)
    expect(login.cache).not.toBe('HIT')
  })
})
