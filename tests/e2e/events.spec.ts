/**
 * Events in the browser: a member registers and sees the online link, a second member waits in
 * line (in English), the first cancels and the second is moved up and told by e-mail; members-
 * only events stay out of every visitor-facing place.
 *
 * The event is created for this run through REST as the demo editor (capacity 1, public), and
 * the members are seeded approved alumni no other browser test relies on.
 */
import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { formatDateTime, formatEventRange } from '../../src/lib/format'
import { DEMO_LOGINS, SEED_SLUGS, SEED_TITLES } from '../../src/seed'
import { PRIVATE_CACHE_CONTROL } from '../../src/cache/cacheControl'
import { SPEC_ALUMNI } from '../helpers/seedAccounts'
import { signIn as editorToken } from './fresh'
import { waitForMail } from './mail'
import { signIn, signInAdmin } from './signIn'

const { eventFirst: first, eventSecond: second } = SPEC_ALUMNI

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The value next to a term in an event page's facts list ("日時", "申込締切", …). */
const fact = (page: Page, term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')

test.describe('RSVP', () => {
  test('register, wait in line, cancel, and the next person is moved up and told', async ({ browser, request }) => {
    const token = await editorToken(request)
    const slug = `rsvp-e2e-${Date.now()}`
    const title = `ピッチナイト ${slug}`
    const onlineUrl = `https://meet.example/${slug}`
    const [startsAt, endsAt, registrationDeadline] = [inDays(10), inDays(10.1), inDays(9)]
    const created = await request.post('/api/events', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title,
        slug,
        audience: 'public',
        _status: 'published',
        startsAt,
        startsAt_tz: 'Asia/Tokyo',
        endsAt,
        endsAt_tz: 'Asia/Tokyo',
        capacity: 1,
        registrationDeadline,
        onlineUrl,
      },
    })
    expect(created.status()).toBe(201)

    // A visitor sees the event, its seats, and a sign-in link that comes back here.
    const visitor = await browser.newPage()
    await visitor.goto(`/events/${slug}`)
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(visitor.getByText('残り 1 席', { exact: false })).toBeVisible()
    await expect(visitor.getByText('タイムゾーン: Asia/Tokyo')).toBeVisible()
    // When (in Japan time, zone named), where, capacity and deadline, as a Japanese reader reads them.
    await expect(fact(visitor, '日時')).toContainText(formatEventRange(startsAt, endsAt, 'ja', 'Asia/Tokyo'))
    await expect(fact(visitor, '日時')).toContainText('JST')
    await expect(fact(visitor, '会場')).toHaveText('オンライン')
    await expect(fact(visitor, '定員')).toHaveText(/1.*残り 1 席/)
    await expect(fact(visitor, '申込締切')).toHaveText(formatDateTime(registrationDeadline, 'ja', 'Asia/Tokyo'))
    const signInLink = visitor.getByRole('link', { name: 'ログインして申し込む' })
    await expect(signInLink).toHaveAttribute('href', `/login?next=${encodeURIComponent(`/events/${slug}`)}`)
    await expect(visitor.getByText(onlineUrl)).toHaveCount(0)
    await expect(visitor.getByRole('link', { name: 'Google カレンダーに追加' })).toHaveAttribute('href', /calendar\.google\.com/)

    // The first member signs in from that link, lands back on the event and takes the seat.
    const a = await browser.newPage()
    await signIn(a, first, `/login?next=${encodeURIComponent(`/events/${slug}`)}`)
    await expect(a).toHaveURL(new RegExp(`/events/${slug}$`))
    await a.getByRole('button', { name: '参加を申し込む' }).click()
    await expect(a.getByTestId('rsvp-status')).toHaveText('参加が確定しています。')
    await expect(a.getByRole('link', { name: onlineUrl })).toBeVisible()

    // The second member, in English, finds it full and joins the waiting list.
    const b = await browser.newPage()
    await signIn(b, second, '/en/login')
    await b.goto(`/en/events/${slug}`)
    await expect(fact(b, 'When')).toContainText(formatEventRange(startsAt, endsAt, 'en', 'Asia/Tokyo'))
    await expect(fact(b, 'When')).toContainText('GMT+9')
    await expect(fact(b, 'Registration deadline')).toHaveText(formatDateTime(registrationDeadline, 'en', 'Asia/Tokyo'))
    await expect(b.getByText('This event is full.', { exact: false })).toBeVisible()
    await b.getByRole('button', { name: 'Join the waiting list' }).click()
    await expect(b.getByTestId('rsvp-status')).toContainText('You are number 1 on the waiting list')
    await expect(b.getByText(onlineUrl)).toHaveCount(0)
    // Their members home lists it with their place.
    await b.goto('/en/members')
    await expect(b.getByTestId('my-events').getByText(title)).toBeVisible()
    await expect(b.getByTestId('my-events').getByText('Waiting list, number 1')).toBeVisible()

    // The first member cancels; the second is moved up and told by e-mail.
    await a.getByRole('button', { name: '参加をキャンセルする' }).click()
    await expect(a.getByTestId('rsvp-status')).toHaveText('キャンセルしました。締切までは再度お申し込みいただけます。')
    await expect(a.getByText(onlineUrl)).toHaveCount(0)
    const mail = await waitForMail((m) => m.to.includes(second.email) && m.subject.includes(title))
    expect(mail.subject).toContain('【参加確定】')
    expect(mail.text).toContain(`/events/${slug}`)
    expect(mail.text).toContain(`/en/events/${slug}`)

    await b.goto(`/en/events/${slug}`)
    await expect(b.getByTestId('rsvp-status')).toHaveText('Your place is confirmed.')
    await expect(b.getByRole('link', { name: onlineUrl })).toBeVisible()

    // Full again: the first member can only join the waiting list now.
    await a.reload()
    await expect(a.getByRole('button', { name: 'キャンセル待ちに登録する' })).toBeVisible()
  })
})

test.describe('a visitor', () => {
  test('never sees a members-only event: lists, page, search, sitemap, feed, calendar, REST, GraphQL', async ({ page, request }) => {
    const title = SEED_TITLES.membersEvent
    const slug = SEED_SLUGS.membersEvent
    // The home page lists upcoming events too.
    await page.goto('/')
    await expect(page.locator('#upcoming-events')).toBeVisible()
    await expect(page.getByText(title)).toHaveCount(0)
    await page.goto('/events')
    await expect(page.getByText(title)).toHaveCount(0)
    await page.goto('/en/events')
    await expect(page.locator('main')).not.toContainText('Homecoming')
    expect((await page.goto(`/events/${slug}`))?.status()).toBe(404)
    await page.goto(`/members/events/${slug}`)
    await expect(page).toHaveURL(/\/login\?next=/)
    await expect(page.getByText(title)).toHaveCount(0)
    await page.goto(`/search?q=${encodeURIComponent('ホームカミング')}`)
    await expect(page.getByText(title)).toHaveCount(0)

    for (const path of ['/sitemap.xml', '/feed.xml']) {
      const body = await (await request.get(path)).text()
      expect(body, path).not.toContain(slug)
      expect(body, path).not.toContain(title)
    }
    expect((await request.get(`/events/${slug}/calendar.ics`)).status()).toBe(404)
    expect((await request.get(`/events/${SEED_SLUGS.publicEvent}/calendar.ics`)).status()).toBe(200)
    const publicIcs = await request.get(`/en/events/${SEED_SLUGS.publicEvent}/calendar.ics`)
    expect(publicIcs.status()).toBe(200)
    expect(publicIcs.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    const publicText = await publicIcs.text()
    expect(publicText).toContain('DTSTART;TZID=Asia/Tokyo:')
    expect(publicText).toContain('TZID:Asia/Tokyo\r\n')
    const rest = await (await request.get(`/api/events?where[slug][equals]=${slug}`)).json()
    expect(rest.docs).toHaveLength(0)
    const gql = await (await request.post('/api/graphql', { data: { query: `{ Events(where: { slug: { equals: "${slug}" } }) { docs { title } } }` } })).json()
    expect(gql.data.Events.docs).toHaveLength(0)
  })

  test('a member reaches the members-only event from the members home, with its calendar file', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/members')
    await page.getByTestId('members-events').getByRole('link', { name: SEED_TITLES.membersEvent }).click()
    await expect(page).toHaveURL(new RegExp(`/members/events/${SEED_SLUGS.membersEvent}$`))
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLES.membersEvent })).toBeVisible()
    // The demo alumnus is confirmed for it: the online link is shown.
    await expect(page.getByTestId('rsvp-status')).toHaveText('参加が確定しています。')
    // Fetched by the page itself, as a click on the link would, with the member's session.
    const ics = await page.evaluate(async (path) => {
      const res = await fetch(path)
      return { status: res.status, text: await res.text() }
    }, `/events/${SEED_SLUGS.membersEvent}/calendar.ics`)
    expect(ics.status).toBe(200)
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain('BEGIN:VEVENT')
    // The production build still finds its zone data: the TZID has its VTIMEZONE.
    expect(unfolded).toContain('DTSTART;TZID=Asia/Tokyo:')
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo')
    // Confirmed: the online link is in the file.
    expect(unfolded).toContain('https://meet.example/enishi/homecoming-day')
  })
})

test.describe('calendar subscription', () => {
  test('a member creates, replaces and revokes their feed URL in settings', async ({ page, playwright, baseURL }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/members/settings')
    await page.getByRole('button', { name: '購読 URL を発行する' }).click()
    await expect(page.getByText('購読 URL を発行しました。')).toBeVisible()
    const first = await page.getByTestId('calendar-feed-url').inputValue()
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)

    // A calendar app has no session: a fresh client without cookies.
    const app = await playwright.request.newContext({ baseURL })
    const feed = await app.get(new URL(first).pathname)
    expect(feed.status()).toBe(200)
    expect(await feed.text()).toContain('BEGIN:VEVENT')
    // The token is the credential: no cache may keep the feed, so a replaced or revoked URL stops
    // working at once (below).
    expect(feed.headers()['cache-control']).toBe(PRIVATE_CACHE_CONTROL)

    await page.getByRole('button', { name: '新しい URL に変える（今の URL は使えなくなります）' }).click()
    await expect(page.getByText('新しい購読 URL を発行しました。以前の URL は使えません。')).toBeVisible()
    const second = await page.getByTestId('calendar-feed-url').inputValue()
    expect(second).not.toBe(first)
    expect((await app.get(new URL(first).pathname)).status()).toBe(404)
    expect((await app.get(new URL(second).pathname)).status()).toBe(200)

    await page.getByRole('button', { name: '購読を停止する' }).click()
    await expect(page.getByText('購読 URL を無効にしました。')).toBeVisible()
    await expect(page.getByTestId('calendar-feed-url')).toHaveCount(0)
    expect((await app.get(new URL(second).pathname)).status()).toBe(404)
    await app.dispose()
  })
})

test.describe('staff on the day', () => {
  test('see attendees by status on the event, download the CSV and check a person in', async ({ page, request }) => {
    const token = await editorToken(request)
    const slug = `attendees-e2e-${Date.now()}`
    const created = await request.post('/api/events', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title: `受付テスト ${slug}`,
        slug,
        audience: 'public',
        _status: 'published',
        startsAt: inDays(5),
        startsAt_tz: 'Asia/Tokyo',
        endsAt: inDays(5.1),
        endsAt_tz: 'Asia/Tokyo',
        capacity: 1,
      },
    })
    expect(created.status()).toBe(201)
    const eventId = ((await created.json()) as { doc: { id: number } }).doc.id

    // Two members register: one seat, one place on the waiting list.
    const { eventSeated: seated, eventWaiting: waiting } = SPEC_ALUMNI
    for (const who of [seated, waiting]) {
      const login = await request.post('/api/alumni/login', { data: { email: who.email, password: who.password } })
      expect(login.status()).toBe(200)
      const { token: alumnusToken } = (await login.json()) as { token: string }
      const rsvp = await request.post(`/api/events/${eventId}/rsvp`, { headers: { Authorization: `JWT ${alumnusToken}` } })
      expect(rsvp.ok()).toBe(true)
    }

    await signInAdmin(page)

    // The event's edit view counts its registrations by status.
    await page.goto(`/admin/collections/events/${eventId}`)
    const panel = page.getByTestId('event-attendees')
    await expect(panel.getByTestId('attendees-confirmed')).toHaveText('1')
    await expect(panel.getByTestId('attendees-waitlisted')).toHaveText('1')
    await expect(panel.getByTestId('attendees-cancelled')).toHaveText('0')
    await expect(panel.getByTestId('attendees-checked-in')).toHaveText('0')

    // The CSV link downloads the list: confirmed first, then the waiting list.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: /CSV/ }).click()])
    expect(download.suggestedFilename()).toBe(`attendees-${slug}.csv`)
    const rows = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toContain(seated.name)
    expect(rows[2]).toContain(waiting.name)

    // The attendee list, filtered to the event: the confirmed person is checked in with one click.
    await panel.getByRole('link', { name: /参加者一覧|attendee list/ }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/registrations\?/)
    const checkIn = page.getByTestId('check-in')
    await expect(checkIn).toHaveCount(1) // only confirmed people can be checked in
    await checkIn.click()
    await expect(page.getByTestId('check-in')).toHaveCount(0)

    await page.goto(`/admin/collections/events/${eventId}`)
    await expect(page.getByTestId('event-attendees').getByTestId('attendees-checked-in')).toHaveText('1')
  })
})
