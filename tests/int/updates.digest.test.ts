/**
 * The weekly digest of member updates (docs/collaboration.md): the jobs task mails the past
 * week's visible updates to approved alumni who opted in (`notifications.digest`), over real
 * SMTP, each with their own unsubscribe link; the link turns the digest off (and only the
 * digest) without sign-in; a week without updates mails nobody.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import { linksIn, type Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let digest: typeof import('../../src/collaboration/digest')
let route: typeof import('../../src/app/(frontend)/[locale]/unsubscribe/route')
let optedIn: Account<Alumnus>
let optedOut: Account<Alumnus>
let pendingOptedIn: Account<Alumnus>
let author: Account<Alumnus>

const context = (locale = 'ja') => ({ params: Promise.resolve({ locale }) })

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  digest = await import('../../src/collaboration/digest')
  route = await import('../../src/app/(frontend)/[locale]/unsubscribe/route')
  const prefs = (digestOn: boolean) => ({ notifications: { announcements: true, events: true, digest: digestOn } })
  ;[optedIn, optedOut, pendingOptedIn, author] = await Promise.all([
    fixtures.createAlumnus(payload, prefs(true)),
    fixtures.createAlumnus(payload, prefs(false)),
    fixtures.createAlumnus(payload, { status: 'pending', ...prefs(true) }),
    fixtures.createAlumnus(payload),
  ])
})

afterAll(async () => {
  await mailbox?.close()
})

describe('weekly digest', () => {
  it('a week without updates mails nobody', async () => {
    expect(await digest.sendWeeklyDigest(payload, new Date('2001-01-08T00:00:00Z'))).toBe(0)
  })

  it('mails the week’s visible updates to opted-in approved alumni only, with an unsubscribe link that stops only the digest', async () => {
    const visible = `Opened an office in Fukuoka ${fixtures.uniqueId()}`
    const hidden = `Buy my course ${fixtures.uniqueId()}`
    const old = `Last month's news ${fixtures.uniqueId()}`
    const create = (body: string, data: Record<string, unknown> = {}) =>
      payload.create({ collection: 'member-updates', data: { body, author: author.doc.id, ...data } as never, depth: 0 })
    await create(visible)
    await create(hidden, { hidden: true })
    await create(old, { createdAt: new Date(Date.now() - 10 * 86400_000).toISOString() })

    const sent = await digest.sendWeeklyDigest(payload)
    expect(sent).toBeGreaterThan(0)
    const mail = await mailbox.waitFor((m) => m.to.includes(optedIn.email) && m.text.includes(visible))
    expect(mail.text).toContain(author.doc.name)
    expect(mail.text).not.toContain(hidden)
    expect(mail.text).not.toContain(old)
    expect(mail.headers['list-unsubscribe']).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox.messages.some((m) => m.to.includes(optedOut.email) || m.to.includes(pendingOptedIn.email))).toBe(false)

    const link = linksIn(mail).find((href) => new URL(href).pathname.endsWith('/unsubscribe'))
    expect(link).toBeTruthy()
    const page = await route.GET(new Request(link as string), context())
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('週間ダイジェスト')
    const token = new URL(link as string).searchParams.get('token') as string
    const done = await route.POST(new Request(link as string, { method: 'POST', body: new URLSearchParams({ token }) }), context())
    expect(done.status).toBe(200)
    const after = await payload.findByID({ collection: 'alumni', id: optedIn.doc.id, depth: 0 })
    expect(after.notifications).toMatchObject({ digest: false, announcements: true, events: true })
  })
})
