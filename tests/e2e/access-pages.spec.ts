/**
 * Every page of the site (the table below) × every kind of viewer, signed in as the demo
 * accounts: the status each gets (200, a redirect to sign in or to the members home, 404),
 * compared with the table below, and members-only, draft and future titles absent from
 * whatever a visitor or an account that is not approved receives. Hostile paths and queries
 * never get a 5xx. Each test prints its number of checks.
 */
import { expect, test } from '@playwright/test'

import { DEMO_ALUMNI_PASSWORD, DEMO_LOGINS, SEED_ALUMNI, SEED_SLUGS, SEED_TITLES } from '../../src/seed'
import { signIn, signInAdmin } from './signIn'

type Principal = 'visitor' | 'pending' | 'rejected' | 'suspended' | 'approved' | 'other' | 'editor' | 'admin'

const LOGINS: Record<Exclude<Principal, 'visitor'>, { email: string; password: string }> = {
  pending: DEMO_LOGINS.pending,
  rejected: { email: SEED_ALUMNI.rejected, password: DEMO_ALUMNI_PASSWORD },
  suspended: { email: SEED_ALUMNI.suspended, password: DEMO_ALUMNI_PASSWORD },
  approved: DEMO_LOGINS.alumnus,
  other: { email: SEED_ALUMNI.interviewee, password: DEMO_ALUMNI_PASSWORD },
  editor: DEMO_LOGINS.editor,
  admin: DEMO_LOGINS.admin,
}

/**
 * What a page answers: `ok` 200; `login` a redirect to /login?next=…; `members` a redirect to
 * /members (an account that is not approved, or any signed-in alumnus on the sign-in page);
 * `away` another redirect (staff on the sign-in page go to /admin); `404`.
 */
type Outcome = 'ok' | 'login' | 'members' | 'away' | '404'

const everyone = (outcome: Outcome): Record<Principal, Outcome> => ({
  visitor: outcome,
  pending: outcome,
  rejected: outcome,
  suspended: outcome,
  approved: outcome,
  other: outcome,
  editor: outcome,
  admin: outcome,
})
/** Members pages: visitors sign in first; accounts that are not approved go to /members. */
const membersOnly: Record<Principal, Outcome> = {
  ...everyone('ok'),
  visitor: 'login',
  pending: 'members',
  rejected: 'members',
  suspended: 'members',
}
/** Pages for any signed-in account (the members home explains a pending account's status). */
const signedIn: Record<Principal, Outcome> = { ...everyone('ok'), visitor: 'login' }
/** The sign-in page sends a signed-in person on: alumni to the members home, staff to the admin panel. */
const signInPage: Record<Principal, Outcome> = { ...everyone('members'), visitor: 'ok', editor: 'away', admin: 'away' }

const PAGES: [string, Record<Principal, Outcome>][] = [
  ['/', everyone('ok')],
  ['/en', everyone('ok')],
  ['/case-studies', everyone('ok')],
  [`/case-studies/${SEED_SLUGS.latestInterview}`, everyone('ok')],
  [`/en/case-studies/${SEED_SLUGS.englishInterview}`, everyone('ok')],
  [`/companies/${SEED_SLUGS.company}`, everyone('ok')],
  ['/events', everyone('ok')],
  [`/events/${SEED_SLUGS.publicEvent}`, everyone('ok')],
  [`/events/${SEED_SLUGS.publicEvent}/calendar.ics`, everyone('ok')],
  // A members-only event has no public page and no public calendar file.
  [`/events/${SEED_SLUGS.membersEvent}`, everyone('404')],
  [`/events/${SEED_SLUGS.membersEvent}/calendar.ics`, { ...everyone('404'), approved: 'ok', other: 'ok', editor: 'ok', admin: 'ok' }],
  ['/news', everyone('ok')],
  [`/news/${SEED_SLUGS.publicAnnouncement}`, everyone('ok')],
  [`/news/${SEED_SLUGS.membersAnnouncement}`, everyone('404')],
  [`/news/${SEED_SLUGS.draftAnnouncement}`, everyone('404')],
  [`/news/${SEED_SLUGS.futureAnnouncement}`, everyone('404')],
  ['/search?q=%E7%B8%81', everyone('ok')],
  ['/feed.xml', everyone('ok')],
  ['/sitemap.xml', everyone('ok')],
  ['/robots.txt', everyone('ok')],
  ['/join', everyone('ok')],
  ['/login', signInPage],
  ['/logout', everyone('ok')],
  ['/forgot-password', everyone('ok')],
  ['/reset-password', everyone('ok')],
  ['/verify', everyone('ok')],
  ['/members', signedIn],
  ['/en/members', signedIn],
  ['/members/directory', membersOnly],
  ['/members/alumni/<approved>', membersOnly],
  ['/members/profile', { ...membersOnly }],
  ['/members/settings', signedIn],
  [`/members/news/${SEED_SLUGS.membersAnnouncement}`, membersOnly],
  [`/members/events/${SEED_SLUGS.membersEvent}`, membersOnly],
  ['/no-such-page', everyone('404')],
]

/** Titles nobody but members (members-only) or staff (draft, future) may ever receive. */
const MEMBERS_TITLES = [SEED_TITLES.membersAnnouncement, SEED_TITLES.membersEvent]
const STAFF_TITLES = [SEED_TITLES.draftAnnouncement, SEED_TITLES.futureAnnouncement]

/** Hostile paths and queries: anything but a 5xx. */
const HOSTILE = [
  '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `/search?q=${'%E7%B8%81'.repeat(2000)}`,
  "/search?q='%20OR%201%3D1--",
  '/search?q=%00',
  '/search?q=%E0%A4%A',
  '/case-studies/%00/og-image',
  `/case-studies/${SEED_SLUGS.latestInterview}/og-image`,
  '/case-studies/%3Cscript%3E/og-image',
  '/events/%00/calendar.ics',
  '/calendar/%00.ics',
  '/calendar/..%2F..%2Fetc%2Fpasswd.ics',
  '/unsubscribe?token=%00',
  '/members/alumni/99999999999999999999',
  '/members/alumni/-1',
  '/members/directory?q=%00&industry=%3Cscript%3E&joinedFrom=abc&page=-1',
  '/case-studies?page=999999999&company=%00',
  '/news?page=abc',
  '/api/preview?token=%00',
]


/** What a browser sends for an address typed in: Payload accepts the session cookie with it. */
const NAVIGATION = { 'Sec-Fetch-Site': 'none' }

const outcomeOf = (status: number, location: string | undefined): Outcome | string => {
  if (status === 200) return 'ok'
  if (status === 404) return '404'
  if (status >= 300 && status < 400 && location) {
    const path = new URL(location, 'http://x').pathname
    if (/^(\/en)?\/login$/.test(path)) return 'login'
    if (/^(\/en)?\/members$/.test(path)) return 'members'
    return 'away'
  }
  return String(status)
}

test.describe('pages × principals', () => {
  let approvedId = 0

  test.beforeAll(async ({ request }) => {
    // The approved demo alumnus's id, for their profile page (read as staff through REST).
    const login = await request.post('/api/users/login', { data: { email: DEMO_LOGINS.editor.email, password: DEMO_LOGINS.editor.password } })
    const { token } = (await login.json()) as { token: string }
    const found = await request.get(`/api/alumni?where[email][equals]=${encodeURIComponent(DEMO_LOGINS.alumnus.email)}&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    approvedId = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  })


  for (const principal of ['visitor', 'pending', 'rejected', 'suspended', 'approved', 'other', 'editor', 'admin'] as Principal[]) {
    test(`as ${principal}`, async ({ page }) => {
      test.setTimeout(180_000)
      if (principal === 'editor' || principal === 'admin') await signInAdmin(page, LOGINS[principal])
      else if (principal !== 'visitor') await signIn(page, LOGINS[principal])
      const member = ['approved', 'other', 'editor', 'admin'].includes(principal)
      const staff = principal === 'editor' || principal === 'admin'
      const mismatches: string[] = []
      let checks = 0
      for (const [template, expected] of PAGES) {
        const path = template.replace('<approved>', String(approvedId))
        const res = await page.request.get(path, { maxRedirects: 0, headers: NAVIGATION })
        const outcome = outcomeOf(res.status(), res.headers()['location'])
        if (outcome !== expected[principal]) mismatches.push(`${path}: expected ${expected[principal]}, got ${outcome} (${res.status()})`)
        if (expected[principal] === 'login') expect(res.headers()['location']).toContain(`next=${encodeURIComponent(path.replace(/^\/en/, ''))}`)
        if (res.status() === 200) {
          const body = await res.text()
          const forbidden = [...(member ? [] : MEMBERS_TITLES), ...(staff ? [] : STAFF_TITLES)]
          for (const title of forbidden) if (body.includes(title)) mismatches.push(`${path}: shows "${title}" to ${principal}`)
          if (path.startsWith('/members') || path.startsWith('/en/members')) {
            expect(res.headers()['cache-control'], `${path} is private`).toMatch(/private|no-store/)
          }
        }
        checks += 1
      }
      for (const path of HOSTILE) {
        const res = await page.request.get(path, { maxRedirects: 0, headers: NAVIGATION })
        if (res.status() >= 500) mismatches.push(`${path}: ${res.status()}`)
        if (res.status() === 200 && (res.headers()['content-type'] ?? '').includes('html')) {
          expect(await res.text()).not.toContain('<script>alert(1)')
        }
        checks += 1
      }
      console.log(`access pages as ${principal}: ${checks} checks (${PAGES.length} pages, ${HOSTILE.length} hostile URLs)`)
      expect(mismatches, `as ${principal}`).toEqual([])
    })
  }
})
