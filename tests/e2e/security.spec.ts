/**
 * Security headers on every kind of response (src/security/headers.ts via next.config.ts) and a
 * Content-Security-Policy the site actually satisfies: the main pages — public, members, the
 * admin — are visited in Chromium and any `securitypolicyviolation` or CSP console error fails.
 */
import { type APIResponse, expect, type Page, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'
import { signIn, signInAdmin } from './signIn'

const expectSecurityHeaders = (response: APIResponse, what: string) => {
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp, what).toContain("default-src 'self'")
  expect(csp, what).toContain("frame-ancestors 'self'")
  expect(csp, what).toContain("object-src 'none'")
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  expect(headers['x-frame-options'], what).toBe('SAMEORIGIN')
  // This build is served over plain http://localhost: no HSTS (tests/unit/security.headers.test.ts covers HTTPS).
  expect(headers['strict-transport-security'], what).toBeUndefined()
}

test('every kind of response carries the security headers', async ({ request }) => {
  const media = await (await request.get('/api/media?limit=1&depth=0')).json()
  const fileUrl: string = media.docs[0].url
  const targets: [string, string][] = [
    ['a public page', '/'],
    ['an English page', '/en/case-studies'],
    ['a members page (redirecting a visitor)', '/members'],
    ['the REST API', '/api/interviews?limit=1'],
    ['an API error', '/api/alumni'],
    ['the admin', '/admin/login'],
    ['an uploaded file', fileUrl],
    ['the feed', '/feed.xml'],
    ['a page that does not exist', '/no-such-page'],
  ]
  for (const [what, path] of targets) {
    const response = await request.get(path, { maxRedirects: 0 })
    expectSecurityHeaders(response, `${what} (${path}, ${response.status()})`)
  }
})

/** Collects CSP violations the page reports, from the DOM event and from Chromium's console. */
const watchCsp = async (page: Page) => {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      )
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

const visit = async (page: Page, path: string) => {
  const response = await page.goto(path)
  expect(response?.status(), path).toBeLessThan(400)
  await page.waitForLoadState('networkidle')
}

test('the main pages satisfy the Content-Security-Policy', async ({ page }) => {
  test.setTimeout(180_000)
  const violations = await watchCsp(page)

  for (const path of [
    '/',
    '/case-studies',
    `/case-studies/${SEED_SLUGS.latestInterview}`,
    '/events',
    `/events/${SEED_SLUGS.publicEvent}`,
    '/news',
    '/join',
    '/login',
    '/en',
  ]) {
    await visit(page, path)
  }

  await signIn(page, DEMO_LOGINS.alumnus)
  for (const path of ['/members', '/members/directory', '/members/profile', `/members/events/${SEED_SLUGS.membersEvent}`]) {
    await visit(page, path)
  }

  // Staff sign in separately: the member's session would be refused by the admin.
  await page.context().clearCookies()
  await signInAdmin(page)
  await page.waitForLoadState('networkidle')
  await visit(page, '/admin/collections/interviews')

  expect(violations).toEqual([])
})

test('the benchmark reference pages are not served by a normal build', async ({ request }) => {
  // They exist only in `npm run bench`'s own build (ENISHI_BENCH_BASELINES=1, src/bench/baseline.tsx).
  for (const path of ['/bench-baseline/static', '/bench-baseline/dynamic', '/bench-baseline/site']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})
