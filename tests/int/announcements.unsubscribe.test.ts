/**
 * Unsubscribing from announcement mail without signing in (docs/announcements.md): the link in
 * a real announcement email opens a page that shows what will be turned off and changes
 * nothing (mail scanners follow links); its button, or a mail client's RFC 8058 one-click POST,
 * turns announcement mail off and leaves the other choices alone. A token that is not valid
 * gets a 400 and changes nothing. The route handler is called in-process with real requests.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Announcement } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let route: typeof import('../../src/app/(frontend)/[locale]/unsubscribe/route')
let tokens: typeof import('../../src/account/unsubscribeToken')
let sendMailing: typeof import('../../src/announcements/sendMailing').sendMailing

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  route = await import('../../src/app/(frontend)/[locale]/unsubscribe/route')
  tokens = await import('../../src/account/unsubscribeToken')
  ;({ sendMailing } = await import('../../src/announcements/sendMailing'))
})

afterAll(async () => {
  await mailbox?.close()
})

const context = (locale = 'ja') => ({ params: Promise.resolve({ locale }) })

const get = (url: string, locale = 'ja') => route.GET(new Request(url), context(locale))

const postForm = (url: string, fields: Record<string, string>, locale = 'ja') =>
  route.POST(new Request(url, { method: 'POST', body: new URLSearchParams(fields) }), context(locale))

/** What a mail client sends for RFC 8058 one-click unsubscribe. */
const oneClick = (url: string) =>
  route.POST(
    new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    }),
    context(),
  )

const notifications = async (account: Account<Alumnus>) =>
  (await payload.findByID({ collection: 'alumni', id: account.doc.id, depth: 0 })).notifications

/** A member who got a real announcement email; its List-Unsubscribe URL. */
const mailedMember = async (year: number, data: Partial<Alumnus> = {}) => {
  const member = await fixtures.createAlumnus(payload, {
    verification: { joinedYear: year, leftYear: year + 1, lastDepartment: 'Test' },
    notifications: { announcements: true, events: true, digest: true },
    ...data,
  })
  const announcement = (await fixtures.createContent(payload, 'announcements', 'public', {
    targeting: { joinedFrom: year, joinedTo: year },
  })) as Announcement
  const { docs } = await payload.find({ collection: 'announcement-mailings', where: { announcement: { equals: announcement.id } } })
  await sendMailing(payload, docs[0].id)
  const message = await mailbox.waitFor((m) => m.to.includes(member.email.toLowerCase()) && m.subject.includes(announcement.title))
  const url = message.headers['list-unsubscribe'].slice(1, -1)
  return { member, url, message }
}

/** Whether the next announcement reaches the member (unsubscribed: it must not). */
const nextAnnouncementReaches = async (member: Account<Alumnus>, year: number) => {
  const announcement = (await fixtures.createContent(payload, 'announcements', 'public', {
    targeting: { joinedFrom: year, joinedTo: year },
  })) as Announcement
  const { docs } = await payload.find({ collection: 'announcement-mailings', where: { announcement: { equals: announcement.id } } })
  await sendMailing(payload, docs[0].id)
  return mailbox.to(member.email).some((m) => m.subject.includes(announcement.title))
}

describe('the link in the email', () => {
  it('GET shows what will be turned off and a button, and changes nothing', async () => {
    const { member, url, message } = await mailedMember(1970)
    const before = await notifications(member)

    const page = await get(url)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const html = await page.text()
    expect(html).toContain('お知らせメールの配信停止')
    expect(html).toContain('お知らせメール（新しいお知らせが掲載されたときのメール）')
    // The address, masked: enough to recognise, not to harvest.
    expect(html).toContain(`${member.email[0]}********@alumni.test`)
    expect(html).not.toContain(member.email)
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\?token=[^"]+">/)
    expect(html).toContain('配信を停止する')

    // Following the link again (a scanner, a preview) still changes nothing.
    await get(url)
    expect(await notifications(member)).toEqual(before)
    expect(before?.announcements).toBe(true)
    // The body's link is the same page.
    expect(message.text).toContain(url)
  })

  it('the button turns announcement mail off, leaves the other choices, and no more announcements arrive', async () => {
    const { member, url } = await mailedMember(1971)
    const token = new URL(url).searchParams.get('token')!
    const response = await postForm(url, { token })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('お知らせメールの配信を停止しました。')
    expect(await notifications(member)).toEqual({ announcements: false, events: true, digest: true })
    expect(await nextAnnouncementReaches(member, 1971)).toBe(false)

    // Opening the link afterwards says so, without a button.
    const again = await (await get(url)).text()
    expect(again).toContain('すでに停止しています')
    expect(again).not.toContain('<form')
  })

  it('in English under /en', async () => {
    const { member, url } = await mailedMember(1972, { language: 'en' })
    expect(url).toMatch(/^http:\/\/localhost:3000\/en\/unsubscribe\?token=/)
    const html = await (await get(url, 'en')).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Stop announcement emails')
    const done = await postForm(url, { token: new URL(url).searchParams.get('token')! }, 'en')
    expect(await done.text()).toContain('Announcement emails are stopped.')
    expect((await notifications(member))?.announcements).toBe(false)
  })

  it('a mail client’s one-click POST (RFC 8058) to the List-Unsubscribe URL turns it off', async () => {
    const { member, url } = await mailedMember(1973)
    const response = await oneClick(url)
    expect(response.status).toBe(200)
    expect(await notifications(member)).toEqual({ announcements: false, events: true, digest: true })
    expect(await nextAnnouncementReaches(member, 1973)).toBe(false)
  })
})

describe('a token that is not valid', () => {
  it('gets a clear 400 page for GET and POST, and changes nothing', async () => {
    const { member, url } = await mailedMember(1974)
    const token = new URL(url).searchParams.get('token')!
    const [kind, id, signature] = token.split('.')
    const other = await fixtures.createAlumnus(payload)
    const flipped = signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    const { createPreviewToken } = await import('../../src/preview/token')
    const bad = [
      '',
      'nonsense',
      `${kind}.${other.doc.id}.${signature}`, // someone else's id under this signature
      `${kind}.${id}.${flipped}`,
      `${kind}.${id}`,
      `events.${id}.${signature}`,
      createPreviewToken('interviews', member.doc.id), // signed, but for another purpose
    ]
    for (const value of bad) {
      const target = `http://localhost:3000/unsubscribe?token=${encodeURIComponent(value)}`
      const page = await get(target)
      expect(page.status, value).toBe(400)
      expect(await page.text()).toContain('このリンクは無効です')
      expect((await postForm(target, { token: value })).status).toBe(400)
      expect((await oneClick(target)).status).toBe(400)
    }
    expect((await get('http://localhost:3000/unsubscribe')).status).toBe(400)
    expect((await notifications(member))?.announcements).toBe(true)
    expect((await notifications(other))?.announcements).not.toBe(false)
  })

  it('tokens name one alumnus and one kind of mail, and are not forgeable', () => {
    const token = tokens.createUnsubscribeToken('announcements', 42)
    expect(tokens.verifyUnsubscribeToken(token)).toEqual({ kind: 'announcements', alumnus: 42 })
    expect(tokens.verifyUnsubscribeToken(token.replace('.42.', '.43.'))).toBeNull()
    const saved = process.env.PAYLOAD_SECRET
    process.env.PAYLOAD_SECRET = 'rotated'
    try {
      expect(tokens.verifyUnsubscribeToken(token)).toBeNull()
    } finally {
      process.env.PAYLOAD_SECRET = saved
    }
  })
})
