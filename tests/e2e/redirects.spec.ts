/**
 * Open redirects, through every route of the production build that redirects, fed the corpus of
 * tests/helpers/redirectCorpus.ts: signed in, `/login?next=` in both languages; the sign-in form
 * posted without JavaScript; leaving a preview (`/api/preview/exit?to=`, no sign-in needed); a
 * members page sending a visitor to sign in and back; `/ja/…` redirected to the unprefixed URL;
 * Payload's own admin sign-in (`/admin/login?redirect=`). Every `Location`, and every one after it
 * up to four hops, must resolve to the site's own origin, and no answer may be a 5xx.
 * Also: a server action whose foreign Origin matches only a client-written X-Forwarded-Host is
 * refused (docs/security.md#cross-site-requests).
 */
import { expect, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_ALUMNI } from '../../src/seed'
import { EVIL_HOST, generatedTargets, hostileTargetsSample, ONE_OFFS, PREFIXES, SEPARATORS, staysOn } from '../helpers/redirectCorpus'
import { queryValue, type RawAnswer, rawRequest } from '../helpers/rawHttp'

const BASE = process.env.BASE_URL || 'http://localhost:3000'
const ORIGIN = new URL(BASE).origin
const HOPS = 4
const PARALLEL = 4

test.describe.configure({ timeout: 15 * 60_000 })

/** Targets for routes where a case costs a page render: every prefix × separator, no tails. */
const pageTargets = (): string[] => [...new Set([...ONE_OFFS, ...generatedTargets(PREFIXES, SEPARATORS, [''])])]

type Wrong = { route: string; target: string; answer: string }

/** Runs `check` over `targets` a few at a time; returns what answered wrong. */
const sweep = async (route: string, targets: readonly string[], check: (target: string) => Promise<string | null>) => {
  const wrong: Wrong[] = []
  let next = 0
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++] as string
      const answer = await check(target).catch((error: Error) => `request failed: ${error.message}`)
      if (answer) wrong.push({ route, target, answer })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  console.log(`${route}: ${targets.length} cases, ${wrong.length} wrong`)
  for (const { target, answer } of wrong.slice(0, 10)) console.log(`  ${JSON.stringify(target)} → ${answer}`)
  return wrong
}

/**
 * A session cookie as a browser sends it: Payload reads the cookie of a request without Origin only
 * with `Sec-Fetch-Site` same-origin, same-site or none (a typed or pasted link).
 */
const withSession = (cookie: string | undefined, site: 'none' | 'same-origin'): Record<string, string> =>
  cookie ? { cookie, 'sec-fetch-site': site } : {}

const locationOf = (answer: RawAnswer) => (typeof answer.headers.location === 'string' ? answer.headers.location : '')

/**
 * What is wrong with `answer` (to a request for `path`), following same-site redirects up to
 * HOPS: a 5xx, or a Location that leaves the site. `stopAt` lists known landing pages not worth
 * fetching again.
 */
const follow = async (
  path: string,
  answer: RawAnswer,
  { cookie, stopAt = [], redirects = false }: { cookie?: string; stopAt?: string[]; redirects?: boolean },
): Promise<string | null> => {
  let current = answer
  let url = new URL(path.replace(/[\t\n\r]/g, ''), ORIGIN).href
  for (let hop = 0; ; hop += 1) {
    if (current.status >= 500) return `${current.status} at ${url}`
    if (hop === 0 && redirects && (current.status < 300 || current.status >= 400)) return `${current.status}, not a redirect`
    if (current.status < 300 || current.status >= 400) return null
    const location = locationOf(current)
    if (!location) return `${current.status} without Location at ${url}`
    if (!staysOn(location, url, ORIGIN)) return `${current.status} Location: ${JSON.stringify(location)} (from ${url})`
    const nextUrl = new URL(location, url)
    if (hop >= HOPS || stopAt.includes(nextUrl.pathname + nextUrl.search)) return null
    url = nextUrl.href
    current = await rawRequest(BASE, `${nextUrl.pathname}${nextUrl.search}`, { headers: withSession(cookie, 'same-origin') })
  }
}

const sessionCookie = async (collection: 'alumni' | 'users', email: string, password: string): Promise<string> => {
  const answer = await rawRequest(BASE, `/api/${collection}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: Buffer.from(JSON.stringify({ email, password })),
  })
  expect(answer.status, `${email} signs in`).toBe(200)
  return `payload-token=${(JSON.parse(answer.body) as { token: string }).token}`
}

const HOME_PAGES = ['/', '/en', '/members', '/en/members', '/admin']

test('signed in, /login?next= never sends anyone off the site', async () => {
  const alumnus = await sessionCookie('alumni', DEMO_LOGINS.alumnus.email, DEMO_LOGINS.alumnus.password)
  const editor = await sessionCookie('users', DEMO_LOGINS.editor.email, DEMO_LOGINS.editor.password)
  const targets = pageTargets()
  const wrong = [
    ...(await sweep('alumnus GET /login?next=', targets, async (target) => {
      const path = `/login?next=${queryValue(target)}`
      return follow(path, await rawRequest(BASE, path, { headers: withSession(alumnus, 'none') }), { cookie: alumnus, stopAt: HOME_PAGES, redirects: true })
    })),
    ...(await sweep('alumnus GET /en/login?next=', targets, async (target) => {
      const path = `/en/login?next=${queryValue(target)}`
      return follow(path, await rawRequest(BASE, path, { headers: withSession(alumnus, 'none') }), { cookie: alumnus, stopAt: HOME_PAGES, redirects: true })
    })),
    ...(await sweep('staff GET /login?next=', [...ONE_OFFS, ...generatedTargets(['', '/en', '/.'], SEPARATORS, [''])], async (target) => {
      const path = `/login?next=${queryValue(target)}`
      return follow(path, await rawRequest(BASE, path, { headers: withSession(editor, 'none') }), { cookie: editor, stopAt: HOME_PAGES, redirects: true })
    })),
  ]
  expect(wrong).toEqual([])
})

/** The sign-in form as a browser without JavaScript posts it: the hidden fields React rendered. */
const signInForm = async (locale: 'ja' | 'en') => {
  const page = await rawRequest(BASE, locale === 'ja' ? '/login' : '/en/login')
  const form = [...page.body.matchAll(/<form[^>]*>[\s\S]*?<\/form>/g)].map(([html]) => html).find((html) => html.includes('name="password"')) ?? ''
  const hidden = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([input]) => ({
    name: /name="([^"]*)"/.exec(input)?.[1] ?? '',
    value: (/value="([^"]*)"/.exec(input)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&'),
  }))
  expect(hidden.some(({ name }) => name.startsWith('$ACTION')), 'the sign-in form works without JavaScript').toBe(true)
  return hidden.filter(({ name }) => name !== 'next')
}

const multipart = (fields: { name: string; value: string }[]) => {
  const boundary = `----enishi${Math.random().toString(36).slice(2)}`
  const parts = fields.map(
    ({ name, value }) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'), type: `multipart/form-data; boundary=${boundary}` }
}

// Approved alumni of the demo content: the form's sign-ins are spread over them, within the limits.
const ALUMNI = [SEED_ALUMNI.approved, SEED_ALUMNI.interviewee, SEED_ALUMNI.fullEventConfirmed, SEED_ALUMNI.fullEventWaitlisted, SEED_ALUMNI.hidden]

const postSignIn = async (
  locale: 'ja' | 'en',
  hidden: { name: string; value: string }[],
  login: { email: string; password: string },
  next: string,
  headers: Record<string, string> = { origin: ORIGIN },
) => {
  const { body, type } = multipart([...hidden, { name: 'next', value: next }, { name: 'email', value: login.email }, { name: 'password', value: login.password }])
  return rawRequest(BASE, locale === 'ja' ? '/login' : '/en/login', { method: 'POST', headers: { ...headers, 'content-type': type }, body })
}

test('the sign-in form without JavaScript never sends anyone off the site', async () => {
  const wrong: Wrong[] = []
  let turn = 0
  for (const [locale, targets] of [
    ['ja', hostileTargetsSample()],
    ['en', [...ONE_OFFS]],
  ] as const) {
    const hidden = await signInForm(locale)
    wrong.push(
      ...(await sweep(`sign-in form POST /${locale === 'ja' ? '' : 'en/'}login`, targets, async (target) => {
        const email = ALUMNI[turn++ % ALUMNI.length] as string
        const answer = await postSignIn(locale, hidden, { email, password: DEMO_LOGINS.alumnus.password }, target)
        if (answer.status !== 303) return `${answer.status}, not signed in (${answer.body.slice(0, 80)})`
        const cookie = /payload-token=[^;]+/.exec(String(answer.headers['set-cookie'] ?? ''))?.[0]
        return follow(locale === 'ja' ? '/login' : '/en/login', answer, { cookie, stopAt: HOME_PAGES })
      })),
    )
  }
  const staff = await signInForm('ja')
  wrong.push(
    ...(await sweep('staff sign-in form POST /login', generatedTargets(['/en', '/.'], SEPARATORS, ['']), async (target) => {
      const answer = await postSignIn('ja', staff, DEMO_LOGINS.editor, target)
      if (answer.status !== 303) return `${answer.status}, not signed in`
      return follow('/login', answer, { stopAt: HOME_PAGES })
    })),
  )
  expect(wrong).toEqual([])
})

test('leaving a preview never sends anyone off the site, and never answers 5xx', async () => {
  const targets = [...new Set([...ONE_OFFS, ...generatedTargets()])]
  const wrong = await sweep('GET /api/preview/exit?to=', targets, async (target) => {
    const path = `/api/preview/exit?to=${queryValue(target)}`
    const answer = await rawRequest(BASE, path)
    if (answer.status !== 307) return `${answer.status} instead of a redirect`
    return follow(path, answer, { stopAt: ['/'] })
  })
  expect(wrong).toEqual([])
})

test('members pages send visitors to sign in and back, on the site', async () => {
  const alumnus = await sessionCookie('alumni', SEED_ALUMNI.interviewee, DEMO_LOGINS.alumnus.password)
  const wrong: Wrong[] = []
  for (const page of ['/members/news/', '/en/members/events/']) {
    wrong.push(
      ...(await sweep(`visitor GET ${page}… then signed in`, hostileTargetsSample(), async (target) => {
        const path = `${page}${queryValue(target)}`
        const answer = await rawRequest(BASE, path)
        const asVisitor = await follow(path, answer, { stopAt: [] })
        if (asVisitor) return `visitor: ${asVisitor}`
        if (answer.status < 300 || answer.status >= 400) return null
        // The sign-in link as the visitor received it, now signed in: where does it lead?
        const login = new URL(locationOf(answer), new URL(path, ORIGIN))
        if (!/^\/(en\/)?login$/.test(login.pathname)) return null
        const loginPath = `${login.pathname}${login.search}`
        return follow(loginPath, await rawRequest(BASE, loginPath, { headers: withSession(alumnus, 'none') }), { cookie: alumnus, stopAt: HOME_PAGES, redirects: true })
      })),
    )
  }
  expect(wrong).toEqual([])
})

test('/ja/… is redirected to the unprefixed URL, on the site', async () => {
  const targets = [
    ...new Set([
      ...generatedTargets(['/ja', '/ja/.', '/ja/%2e%2e'], SEPARATORS, ['', '/phish']),
      `/ja/${EVIL_HOST}`,
      '/ja/%2F%2Fevil.example',
      '/ja/%5C%5Cevil.example',
      '/ja\\\\evil.example',
      '/ja/..//evil.example',
    ]),
  ]
  const wrong = await sweep('GET /ja/…', targets, async (target) => follow(target, await rawRequest(BASE, target), { stopAt: [] }))
  expect(wrong).toEqual([])
})

test('the admin sign-in (Payload) sends staff back on the site', async () => {
  const editor = await sessionCookie('users', DEMO_LOGINS.editor.email, DEMO_LOGINS.editor.password)
  const targets = [...new Set([...ONE_OFFS, ...generatedTargets(['', '/admin', '/.'], SEPARATORS, [''])])]
  const wrong = await sweep('staff GET /admin/login?redirect=', targets, async (target) => {
    const path = `/admin/login?redirect=${queryValue(target)}`
    return follow(path, await rawRequest(BASE, path, { headers: withSession(editor, 'none') }), { cookie: editor, stopAt: ['/admin'], redirects: true })
  })
  expect(wrong).toEqual([])
})

test('in Chromium, with and without JavaScript, the reported links stay on the site', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled })
    await context.route(`**/*`, (route) => (new URL(route.request().url()).origin === ORIGIN ? route.continue() : route.abort()))
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    const offSite: string[] = []
    context.on('request', (request) => {
      if (new URL(request.url()).origin !== ORIGIN) offSite.push(request.url())
    })
    // Signed out: the page keeps only a same-site `next`, and the form goes where it says.
    await page.goto('/login?next=/en//evil.example/phish')
    const form = page.locator('form:has(input[name=password])')
    await form.locator('input[name=email]').fill(DEMO_LOGINS.alumnus.email)
    await form.locator('input[name=password]').fill(DEMO_LOGINS.alumnus.password)
    await form.locator('button[type=submit]').click()
    await page.waitForURL((url) => url.pathname === '/members')
    expect(offSite, `JavaScript ${javaScriptEnabled}: requests off the site`).toEqual([])
    // Signed in: the same link, and leaving a preview with a tab in `to`.
    for (const path of ['/login?next=/en//evil.example/phish', '/api/preview/exit?to=%2F%09%2Fevil.example', '/api/preview/exit?to=%0A']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBeLessThan(500)
      expect(new URL(page.url()).origin, path).toBe(ORIGIN)
    }
    expect(offSite, `JavaScript ${javaScriptEnabled}: requests off the site`).toEqual([])
    await context.close()
  }
})

test('a server action with a foreign Origin is refused with 403, also when it matches a client-written X-Forwarded-Host', async () => {
  const hidden = await signInForm('ja')
  const login = { email: SEED_ALUMNI.fullEventConfirmed, password: DEMO_LOGINS.alumnus.password }
  const signedIn = (answer: RawAnswer) => /payload-token=[^;]+\S/.test(String(answer.headers['set-cookie'] ?? ''))

  const own = await postSignIn('ja', hidden, login, '/members', { origin: ORIGIN })
  expect(own.status, 'the site itself').toBe(303)
  expect(signedIn(own)).toBe(true)

  for (const origin of [`http://${EVIL_HOST}`, `https://${EVIL_HOST}:8443`, 'null']) {
    const forged = await postSignIn('ja', hidden, login, '/members', {
      origin,
      'x-forwarded-host': origin === 'null' ? 'null' : new URL(origin).host,
    })
    expect(forged.status, `${origin} with a matching X-Forwarded-Host`).toBe(403)
    expect(signedIn(forged)).toBe(false)
    const plain = await postSignIn('ja', hidden, login, '/members', { origin })
    // Another site's page posting the form: a clear 403, never Next's own 500.
    expect(plain.status, `${origin} without X-Forwarded-Host`).toBe(403)
    expect(signedIn(plain)).toBe(false)
  }
  // A forwarded host that agrees with the request's own Host changes nothing.
  const host = new URL(BASE).host
  const agreeing = await postSignIn('ja', hidden, login, '/members', { origin: ORIGIN, 'x-forwarded-host': host })
  expect(agreeing.status).toBe(303)
})
