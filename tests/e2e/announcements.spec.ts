/**
 * Announcements in the browser (docs/announcements.md): visitors read public news but never a
 * members-only title — not on /news, the detail URL, search, the sitemap or the feed; pending
 * accounts see no more; an approved member reads members-only news inside the members area
 * and sees the pinned ones on their home. Publishing a members-only announcement emails the
 * members (the server's own job runner, through the test SMTP server), and the unsubscribe link
 * in that email turns announcement mail off — after a button, never on merely opening it.
 */
import { type APIRequestContext, expect, test } from '@playwright/test'

import { lexicalDocument, plainParagraph } from '../../src/lib/lexical'
import { ANNOUNCEMENTS } from '../../src/seed/announcements'
import { DEMO_ALUMNI_PASSWORD, DEMO_LOGINS, SEED_ALUMNI, SEED_SLUGS } from '../../src/seed'
import { signIn as editorToken } from './fresh'
import { linksIn, waitForMail } from './mail'
import { signIn } from './signIn'

const titleOf = (slug: string) => ANNOUNCEMENTS.find((a) => a.slug === slug)!.ja.title
const MEMBERS = { slug: SEED_SLUGS.membersAnnouncement, title: titleOf(SEED_SLUGS.membersAnnouncement) }
const PINNED_MEMBERS = { slug: SEED_SLUGS.pinnedMembersAnnouncement, title: titleOf(SEED_SLUGS.pinnedMembersAnnouncement) }
const PINNED_PUBLIC = { slug: SEED_SLUGS.pinnedAnnouncement, title: titleOf(SEED_SLUGS.pinnedAnnouncement) }
const PUBLIC = { slug: SEED_SLUGS.publicAnnouncement, title: titleOf(SEED_SLUGS.publicAnnouncement) }

const bodyOf = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), body: await response.text() }
}

test.describe('members-only announcements stay with members', () => {
  test('a visitor reads public news but never a members-only title, anywhere', async ({ page, request }) => {
    await page.goto('/news')
    const titles = page.locator('main h2')
    // Pinned first.
    await expect(titles.first()).toHaveText(PINNED_PUBLIC.title)
    await expect(page.locator('main')).toContainText(PUBLIC.title)
    await expect(page.locator('main')).not.toContainText(MEMBERS.title)
    await expect(page.locator('main')).not.toContainText(PINNED_MEMBERS.title)

    for (const path of [`/news/${MEMBERS.slug}`, `/en/news/${MEMBERS.slug}`, `/news/${PINNED_MEMBERS.slug}`]) {
      const { status, body } = await bodyOf(request, path)
      expect(status, path).toBe(404)
      expect(body, path).not.toContain(MEMBERS.title)
    }
    // The members address sends a visitor to sign in, without a word of the announcement.
    const members = await bodyOf(request, `/members/news/${MEMBERS.slug}`)
    expect(members.status).toBeGreaterThanOrEqual(300)
    expect(members.status).toBeLessThan(400)
    expect(members.body).not.toContain(MEMBERS.title)

    await page.goto(`/search?q=${encodeURIComponent('業務委託')}`)
    await expect(page.locator('main')).not.toContainText(MEMBERS.title)
    await page.goto(`/search?q=${encodeURIComponent('ホームカミング')}`)
    await expect(page.locator('main')).not.toContainText(PINNED_MEMBERS.title)

    for (const path of ['/sitemap.xml', '/feed.xml']) {
      const { status, body } = await bodyOf(request, path)
      expect(status, path).toBe(200)
      for (const hidden of [MEMBERS, PINNED_MEMBERS]) {
        expect(body, path).not.toContain(hidden.slug)
        expect(body, path).not.toContain(hidden.title)
      }
    }
    expect((await bodyOf(request, '/sitemap.xml')).body).toContain(`/news/${PUBLIC.slug}`)
  })

  test('a pending account sees no more than a visitor', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.pending)
    for (const path of ['/members/news', `/members/news/${MEMBERS.slug}`, '/members']) {
      const response = await page.goto(path)
      expect(response?.headers()['cache-control']).toMatch(/no-store/)
      await expect(page.locator('main')).not.toContainText(MEMBERS.title)
      await expect(page.locator('main')).not.toContainText(PINNED_MEMBERS.title)
    }
    expect((await page.goto(`/news/${MEMBERS.slug}`))?.status()).toBe(404)
  })

  test('a member reads members-only news in the members area and sees the pinned ones at home', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)

    const home = await page.goto('/members')
    expect(home?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/)
    const pinned = page.getByRole('region', { name: '重要なお知らせ' })
    await expect(pinned.getByRole('link', { name: PINNED_MEMBERS.title })).toBeVisible()
    await expect(pinned.getByRole('link', { name: PINNED_PUBLIC.title })).toBeVisible()
    await expect(pinned).not.toContainText(MEMBERS.title)

    await page.getByRole('link', { name: 'お知らせをすべて見る' }).click()
    await expect(page).toHaveURL(/\/members\/news$/)
    // Pinned first (members-only and public alike), then the newest.
    const items = page.locator('main li h3')
    await expect(items.nth(0)).toHaveText(PINNED_MEMBERS.title)
    await expect(items.nth(1)).toHaveText(PINNED_PUBLIC.title)
    await expect(page.locator('main')).toContainText(MEMBERS.title)
    await expect(page.locator('main')).toContainText(PUBLIC.title)

    await page.getByRole('link', { name: MEMBERS.title }).click()
    await expect(page).toHaveURL(new RegExp(`/members/news/${MEMBERS.slug}$`))
    await expect(page.getByRole('heading', { level: 1, name: MEMBERS.title })).toBeVisible()
    const detail = await page.reload()
    expect(detail?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/)

    // A public announcement has one address: the public one.
    await page.goto(`/members/news/${PUBLIC.slug}`)
    await expect(page).toHaveURL(new RegExp(`/news/${PUBLIC.slug}$`))
    await expect(page.getByRole('heading', { level: 1, name: PUBLIC.title })).toBeVisible()
    expect((await page.goto('/members/news/no-such-news'))?.status()).toBe(404)
  })
})

test.describe('announcement email', () => {
  test('publishing mails members; the email’s unsubscribe link asks first, then turns mail off', async ({ page, request }) => {
    // The server's job runner picks the mail up within a minute.
    test.setTimeout(180_000)
    const token = await editorToken(request)
    const auth = { Authorization: `JWT ${token}` }
    const reader = SEED_ALUMNI.interviewee
    const findReader = async () => {
      const response = await request.get(`/api/alumni?where[email][equals]=${encodeURIComponent(reader)}&depth=0`, { headers: auth })
      return ((await response.json()) as { docs: { id: number; notifications: { announcements: boolean } }[] }).docs[0]
    }
    expect((await findReader()).notifications.announcements).not.toBe(false)

    const slug = `e2e-mail-${Date.now()}`
    const title = `会員向けメールの確認 ${slug}`
    const created = await request.post('/api/announcements', {
      headers: auth,
      data: {
        title,
        slug,
        audience: 'members',
        summary: 'メール配信の確認です。',
        _status: 'published',
        body: lexicalDocument([plainParagraph('本文です。')]),
      },
    })
    expect(created.status()).toBe(201)

    const mail = await waitForMail((m) => m.to.includes(reader) && m.subject.includes(title), 120_000)
    expect(mail.subject).toBe(`【Enishi】${title}`)
    const header = mail.headers['list-unsubscribe']
    expect(header).toMatch(/^<https?:\/\/[^>]+\/unsubscribe\?token=[^>]+>$/)
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    const link = linksIn(mail).find((href) => new URL(href).pathname === '/unsubscribe')!
    expect(link).toBe(header.slice(1, -1))
    const readLink = linksIn(mail).find((href) => new URL(href).pathname === `/members/news/${slug}`)
    expect(readLink).toBeTruthy()

    // Opening the link (as a mail scanner would) changes nothing.
    const unsubscribePath = new URL(link).pathname + new URL(link).search
    const opened = await page.goto(unsubscribePath)
    expect(opened?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'お知らせメールの配信停止' })).toBeVisible()
    expect((await findReader()).notifications.announcements).not.toBe(false)

    await page.getByRole('button', { name: '配信を停止する' }).click()
    await expect(page.getByRole('status')).toHaveText('お知らせメールの配信を停止しました。')
    expect((await findReader()).notifications.announcements).toBe(false)

    // The member reads the announcement from the email's link, and their settings show mail off.
    await signIn(page, { email: reader, password: DEMO_ALUMNI_PASSWORD })
    await page.goto(new URL(readLink!).pathname)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await page.goto('/members/settings')
    await expect(page.locator('input[name=notifications][value=announcements]')).not.toBeChecked()
    await expect(page.locator('input[name=notifications][value=events]')).toBeChecked()

    // A link that is not valid gets a clear 400 page.
    const bad = await page.goto('/unsubscribe?token=announcements.1.forged')
    expect(bad?.status()).toBe(400)
    await expect(page.getByRole('heading', { level: 1, name: 'このリンクは無効です' })).toBeVisible()
  })
})
