/**
 * deploy/nginx/enishi.conf in front of the production server (docs/deploy.md): started here, as
 * shipped but for its address, port and cache directory. A public page is a cache HIT the second
 * time; a publish through the API shows through the proxy within a few seconds; what a signed-in
 * member asks for is never stored nor served to anyone else.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test'

import { freePort } from '../../src/db/scratch'
import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'
import { deployConfig, type Nginx, startNginx } from '../helpers/nginx'
import { documentData, signIn } from './fresh'

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
    // The list is cached by the proxy before the publish.
    await get('/news')
    expect((await get('/news')).cache).toBe('HIT')

    const published = await request.patch(`/api/announcements/${id}`, { headers, data: { _status: 'published' } })
    expect(published.status()).toBe(200)
    const since = Date.now()
    let shownAfter = -1
    while (Date.now() - since < SHOWN_WITHIN_MS) {
      if ((await get('/news')).body.includes(title)) {
        shownAfter = Date.now() - since
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    console.log(`[reverse-proxy] the publish showed through the proxy after ${shownAfter} ms`)
    expect(shownAfter, `shown within ${SHOWN_WITHIN_MS} ms`).toBeGreaterThanOrEqual(0)
    await request.delete(`/api/announcements/${id}`, { headers })
  })

  test("a signed-in member's pages are never stored nor served to another client", async ({ request }) => {
    const login = await request.post('/api/alumni/login', { data: { email: DEMO_LOGINS.alumnus.email, password: DEMO_LOGINS.alumnus.password } })
    expect(login.status()).toBe(200)
    const { token, user } = (await login.json()) as { token: string; user: { email: string } }
    const session = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }

    for (let i = 0; i < 2; i++) {
      const members = await get('/members', session)
      expect(members.status).toBe(200)
      expect(members.cache ?? '').not.toBe('HIT')
      const me = await get('/api/alumni/me', session)
      expect(me.body).toContain(user.email)
    }
    // The member's own requests for a public page neither read nor fill the shared cache.
    const eventPage = `/events/${SEED_SLUGS.publicEvent}`
    expect((await get(eventPage, session)).cache).toBe('BYPASS')
    expect((await get(eventPage, session)).cache).toBe('BYPASS')
    expect((await get(eventPage)).cache).toBe('MISS')
    expect((await get(eventPage)).cache).toBe('HIT')

    // Someone else, without the cookie, is sent to sign in and gets nothing of the member's.
    const other = await get('/members')
    expect(other.status).toBe(307)
    expect(other.headers.location).toMatch(/\/login/)
    const otherMe = await get('/api/alumni/me')
    expect(otherMe.body).not.toContain(user.email)
    expect(storedCopies().some((copy) => copy.includes(user.email))).toBe(false)
  })
})
