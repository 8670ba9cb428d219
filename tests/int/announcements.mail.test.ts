/**
 * Announcement email (docs/announcements.md): when an announcement is first published, the
 * jobs queue emails the targeted, approved alumni who want announcement mail — in their
 * language, with a link to the announcement and a one-click unsubscribe (RFC 8058) — in
 * batches over one SMTP connection, recording their progress, so neither a retry nor a crash
 * mails anyone twice, and publishing again or editing never resends. Mail goes through a real
 * SMTP server in the test process (tests/helpers/mailbox.ts).
 *
 * Every test file shares one database, so targeted announcements here aim at join years
 * (1951–1959) only this file's alumni have: "exactly these recipients" then means exactly.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Alumnus, Announcement } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import { linksIn, type Mail, type Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let mail: typeof import('../../src/announcements/sendMailing')

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  mail = await import('../../src/announcements/sendMailing')
})

afterAll(async () => {
  await mailbox?.close()
})

type AlumnusData = Partial<Omit<Alumnus, 'id' | 'collection'>>

/** An alumnus who joined in `year` (the verified year targeting reads), plus other data. */
const alumnus = (year: number, data: AlumnusData = {}): Promise<Account<Alumnus>> =>
  fixtures.createAlumnus(payload, {
    verification: { joinedYear: year, leftYear: year + 5, lastDepartment: 'Test' },
    ...data,
  })

/** Publishes an announcement (as staff would), returning it; `extra` sets audience, targeting, … */
const publish = (extra: Partial<Announcement> = {}) =>
  fixtures.createContent(payload, 'announcements', 'public', extra) as Promise<Announcement>

const jobsFor = async (mailingId: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'sendAnnouncementMail' } }, { 'input.mailing': { equals: mailingId } }] },
      depth: 0,
    })
  ).docs

const mailingOf = async (announcement: Announcement) => {
  const { docs } = await payload.find({
    collection: 'announcement-mailings',
    where: { announcement: { equals: announcement.id } },
    depth: 0,
  })
  return docs
}

/** Runs the announcement's queued job(s) as the server's job runner would. */
const runMail = async (announcement: Announcement) => {
  const [mailing] = await mailingOf(announcement)
  for (const job of await jobsFor(mailing.id)) await payload.jobs.runByID({ id: job.id })
  return mailing
}

const mailsAbout = (announcement: Announcement): Mail[] =>
  mailbox.messages.filter((m) => m.subject.includes(announcement.title))

const recipientsOf = (announcement: Announcement) => mailsAbout(announcement).flatMap((m) => m.to).sort()

const emails = (...accounts: Account<Alumnus>[]) => accounts.map((a) => a.email.toLowerCase()).sort()

describe('who is emailed', () => {
  it('exactly the approved alumni who want announcement mail and match every condition', async () => {
    const match = await alumnus(1952, { openTo: ['business', 'mentoring'], industry: 'it' })
    const matchToo = await alumnus(1953, { openTo: ['fixedTerm'], industry: 'finance' })
    const noYear = await alumnus(1958, { openTo: ['business'], industry: 'it' })
    const otherOpenTo = await alumnus(1952, { openTo: ['investment'], industry: 'it' })
    const otherIndustry = await alumnus(1952, { openTo: ['business'], industry: 'retail' })
    const optedOut = await alumnus(1952, {
      openTo: ['business'],
      industry: 'it',
      notifications: { announcements: false, events: true, digest: false },
    })
    const notApproved = await Promise.all(
      (['pending', 'rejected', 'suspended'] as const).map((status) => alumnus(1952, { status, openTo: ['business'], industry: 'it' })),
    )

    const announcement = await publish({
      audience: 'members',
      targeting: { openTo: ['business', 'fixedTerm'], industries: ['it', 'finance'], joinedFrom: 1951, joinedTo: 1955 },
    })
    // Publishing queued the mail and returned: nothing is sent until the job runs.
    expect(mailsAbout(announcement)).toHaveLength(0)
    const [mailing] = await mailingOf(announcement)
    expect(mailing.status).toBe('queued')
    expect(await jobsFor(mailing.id)).toHaveLength(1)

    await runMail(announcement)
    expect(recipientsOf(announcement)).toEqual(emails(match, matchToo))
    for (const other of [noYear, otherOpenTo, otherIndustry, optedOut, ...notApproved]) {
      expect(mailbox.to(other.email).filter((m) => m.subject.includes(announcement.title))).toHaveLength(0)
    }
    const [done] = await mailingOf(announcement)
    expect(done).toMatchObject({ status: 'sent', sentCount: 2, inFlight: null })
    // A completed job leaves the queue.
    expect(await jobsFor(mailing.id)).toHaveLength(0)
  })

  it('without targeting: every approved alumnus who wants announcement mail, nobody else', async () => {
    const member = await alumnus(1959)
    const optedOut = await alumnus(1959, { notifications: { announcements: false, events: true, digest: false } })
    const pending = await alumnus(1959, { status: 'pending' })
    const announcement = await publish()
    await runMail(announcement)

    const { docs } = await payload.find({
      collection: 'alumni',
      where: { status: { equals: 'approved' } },
      pagination: false,
      depth: 0,
      select: { email: true, notifications: true },
    })
    const wanted = docs.filter((doc) => doc.notifications?.announcements !== false).map((doc) => doc.email.toLowerCase())
    expect(recipientsOf(announcement)).toEqual(wanted.sort())
    expect(recipientsOf(announcement)).toContain(member.email.toLowerCase())
    expect(recipientsOf(announcement)).not.toContain(optedOut.email.toLowerCase())
    expect(recipientsOf(announcement)).not.toContain(pending.email.toLowerCase())
    // Every approved alumnus the other test files left in the shared database is mailed too.
  }, 180_000)
})

describe('what the email says', () => {
  it('the title as subject in the recipient’s language (Japanese when unknown), a link to the announcement, one-click unsubscribe', async () => {
    const japanese = await alumnus(1954, { language: 'ja' })
    const english = await alumnus(1954, { language: 'en' })
    const unknown = await alumnus(1954)
    const announcement = await publish({
      audience: 'members',
      title: '会員向けの試験のお知らせ',
      summary: '試験の概要です。',
      targeting: { joinedFrom: 1954, joinedTo: 1954 },
    })
    await payload.update({
      collection: 'announcements',
      id: announcement.id,
      locale: 'en',
      data: { title: 'A test notice for members', summary: 'The summary of the test.', body: fixtures.richText('Body.') },
    })
    await runMail(announcement)

    const [ja] = mailbox.to(japanese.email).filter((m) => m.subject.includes('会員向けの試験のお知らせ'))
    const [en] = mailbox.to(english.email).filter((m) => m.subject.includes('A test notice for members'))
    const [fallback] = mailbox.to(unknown.email).filter((m) => m.subject.includes('会員向けの試験のお知らせ'))
    expect(ja.subject).toBe('【Enishi】会員向けの試験のお知らせ')
    expect(en.subject).toBe('[Enishi] A test notice for members')
    expect(fallback.subject).toBe(ja.subject)
    expect(ja.text).toContain('試験の概要です。')
    expect(en.text).toContain('The summary of the test.')
    expect(en.text).not.toContain('試験の概要です。')

    // Members-only: read inside the members area, in the recipient's language.
    expect(linksIn(ja)).toContain(`http://localhost:3000/members/news/${announcement.slug}`)
    expect(linksIn(en)).toContain(`http://localhost:3000/en/members/news/${announcement.slug}`)

    for (const [message, account, prefix] of [
      [ja, japanese, 'http://localhost:3000/unsubscribe?token='],
      [en, english, 'http://localhost:3000/en/unsubscribe?token='],
    ] as const) {
      const header = message.headers['list-unsubscribe']
      expect(header).toMatch(/^<http:\/\/localhost:3000\/(en\/)?unsubscribe\?token=[^>]+>$/)
      const url = header.slice(1, -1)
      expect(url.startsWith(prefix)).toBe(true)
      expect(message.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
      // The same link in the body, for readers whose mail client offers no button.
      expect(linksIn(message)).toContain(url)
      expect(new URL(url).searchParams.get('token')).toMatch(new RegExp(`^announcements\\.${account.doc.id}\\.`))
    }
  })

  it('a public announcement links to its public page', async () => {
    const reader = await alumnus(1955)
    const announcement = await publish({ targeting: { joinedFrom: 1955, joinedTo: 1955 } })
    await runMail(announcement)
    const [message] = mailbox.to(reader.email).filter((m) => m.subject.includes(announcement.title))
    expect(linksIn(message)).toContain(`http://localhost:3000/news/${announcement.slug}`)
  })
})

describe('sent once', () => {
  it('editing, unpublishing and publishing again never resends', async () => {
    const reader = await alumnus(1956)
    const announcement = await publish({ targeting: { joinedFrom: 1956, joinedTo: 1956 } })
    const mailing = await runMail(announcement)
    const received = () => mailbox.to(reader.email).filter((m) => m.subject.includes(announcement.title))
    expect(received()).toHaveLength(1)

    await payload.update({ collection: 'announcements', id: announcement.id, data: { summary: 'edited' } })
    // Unpublish (what the admin's "Unpublish" does), then publish again.
    await payload.update({ collection: 'announcements', id: announcement.id, data: { _status: 'draft' } })
    await payload.update({ collection: 'announcements', id: announcement.id, data: { _status: 'published' } })
    expect(await mailingOf(announcement)).toHaveLength(1)
    expect(await jobsFor(mailing.id)).toHaveLength(0)
    expect(received()).toHaveLength(1)

    // Running the finished mailing again sends nothing either.
    expect(await mail.sendMailing(payload, mailing.id)).toMatchObject({ sent: 0, status: 'sent' })
    expect(received()).toHaveLength(1)
  })

  it('a draft is not mailed; its first publish is', async () => {
    const reader = await alumnus(1957)
    const draft = await fixtures.createContent(payload, 'announcements', 'draft', {
      targeting: { joinedFrom: 1957, joinedTo: 1957 },
    })
    expect(await mailingOf(draft)).toHaveLength(0)
    await payload.update({ collection: 'announcements', id: draft.id, data: { _status: 'published' } })
    await runMail(draft)
    expect(mailbox.to(reader.email).filter((m) => m.subject.includes(draft.title))).toHaveLength(1)
  })

  it('a future publish date: the job waits for it; unpublished before sending: nothing is sent', async () => {
    const reader = await alumnus(1951)
    const at = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    const later = await publish({ publishedAt: at, targeting: { joinedFrom: 1951, joinedTo: 1951 } })
    const [mailing] = await mailingOf(later)
    const [job] = await jobsFor(mailing.id)
    expect(new Date(job.waitUntil!).toISOString()).toBe(at)

    await payload.update({ collection: 'announcements', id: later.id, data: { _status: 'draft' } })
    await runMail(later)
    expect(mailbox.to(reader.email).filter((m) => m.subject.includes(later.title))).toHaveLength(0)
    expect((await mailingOf(later))[0].status).toBe('cancelled')
  })

  it('a scheduled publish (the jobs queue’s schedulePublish) mails like any other first publish', async () => {
    const reader = await alumnus(1964)
    const editor = await fixtures.createStaff(payload, 'editor')
    const draft = await fixtures.createContent(payload, 'announcements', 'draft', {
      targeting: { joinedFrom: 1964, joinedTo: 1964 },
    })
    // What the admin's "Schedule publish" queues; due now.
    const scheduled = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: { type: 'publish', doc: { relationTo: 'announcements', value: draft.id }, user: { relationTo: 'users', value: editor.doc.id } },
    })
    await payload.jobs.runByID({ id: scheduled.id })
    expect((await payload.findByID({ collection: 'announcements', id: draft.id }))._status).toBe('published')
    expect(mailbox.to(reader.email)).toHaveLength(0)
    await runMail(draft)
    expect(mailbox.to(reader.email).filter((m) => m.subject.includes(draft.title))).toHaveLength(1)
  })

  it('seeding publishes without queueing any mail', async () => {
    const { SEED_CONTEXT } = await import('../../src/seed/util')
    const seeded = await payload.create({
      collection: 'announcements',
      data: { ...fixtures.contentData('announcements', fixtures.uniqueSlug('seeded')), _status: 'published' },
      context: SEED_CONTEXT,
    })
    expect(await mailingOf(seeded)).toHaveLength(0)
  })
})

describe('batches and failures', () => {
  /** Five recipients in id order, an announcement aimed at them, its mailing id. */
  const setUp = async (year: number) => {
    const readers: Account<Alumnus>[] = []
    for (let i = 0; i < 5; i++) readers.push(await alumnus(year))
    const announcement = await publish({ targeting: { joinedFrom: year, joinedTo: year } })
    const [mailing] = await mailingOf(announcement)
    return { readers, announcement, mailing }
  }
  const countsOf = (readers: Account<Alumnus>[], announcement: Announcement) =>
    readers.map((r) => mailbox.to(r.email).filter((m) => m.subject.includes(announcement.title)).length)

  it('one SMTP connection carries the whole run, across batches, and is closed when it ends', async () => {
    const { readers, announcement, mailing } = await setUp(1962)
    await vi.waitFor(() => expect(mailbox.connections.open).toBe(0))
    const opened = mailbox.connections.opened
    // Batches of two: five messages in three batches.
    await mail.sendMailing(payload, mailing.id, { batchSize: 2 })
    expect(countsOf(readers, announcement)).toEqual([1, 1, 1, 1, 1])
    expect(mailbox.connections.opened - opened).toBe(1)
    await vi.waitFor(() => expect(mailbox.connections.open).toBe(0))
  })

  it('a message refused for now (4xx) stops the run; the retry carries on from there, nobody gets two', async () => {
    const { readers, announcement, mailing } = await setUp(1950)
    mailbox.refuse(readers[2].email)
    // Batches of two: the failure falls in the second batch.
    await expect(mail.sendMailing(payload, mailing.id, { batchSize: 2 })).rejects.toThrow()
    expect(countsOf(readers, announcement)).toEqual([1, 1, 0, 0, 0])
    const stopped = (await mailingOf(announcement))[0]
    expect(stopped).toMatchObject({ status: 'sending', cursor: readers[1].doc.id, sentCount: 2, inFlight: null })

    await mail.sendMailing(payload, mailing.id, { batchSize: 2 })
    expect(countsOf(readers, announcement)).toEqual([1, 1, 1, 1, 1])
    expect((await mailingOf(announcement))[0]).toMatchObject({ status: 'sent', sentCount: 5 })
  })

  it('an address refused for good (5xx) is noted and skipped; everyone after it is mailed', async () => {
    const { readers, announcement, mailing } = await setUp(1963)
    mailbox.refuse(readers[1].email, 10, 550)
    await mail.sendMailing(payload, mailing.id, { batchSize: 2 })
    expect(countsOf(readers, announcement)).toEqual([1, 0, 1, 1, 1])
    expect((await mailingOf(announcement))[0]).toMatchObject({ status: 'sent', sentCount: 4, refused: [readers[1].doc.id] })
  })

  it('through the jobs queue: the failed job is retried and finishes the list', async () => {
    const { readers, announcement, mailing } = await setUp(1960)
    mailbox.refuse(readers[1].email)
    const [job] = await jobsFor(mailing.id)
    await payload.jobs.runByID({ id: job.id })
    expect(countsOf(readers, announcement)).toEqual([1, 0, 0, 0, 0])
    const [failed] = await jobsFor(mailing.id)
    expect(failed).toMatchObject({ hasError: false, totalTried: 1 })
    // The retry waits (backoff); the runner takes it up when due.
    expect(Date.parse(failed.waitUntil!)).toBeGreaterThan(Date.now())

    await payload.jobs.runByID({ id: job.id })
    expect(countsOf(readers, announcement)).toEqual([1, 1, 1, 1, 1])
    expect(await jobsFor(mailing.id)).toHaveLength(0)
  })

  it('after a crash mid-message, the person whose message may have gone is skipped, not mailed twice', async () => {
    const { readers, announcement, mailing } = await setUp(1961)
    // What a process killed while handing readers[2]'s message to the server leaves behind.
    await payload.update({
      collection: 'announcement-mailings',
      id: mailing.id,
      data: { status: 'sending', cursor: readers[1].doc.id, inFlight: readers[2].doc.id, sentCount: 2 },
    })
    await mail.sendMailing(payload, mailing.id, { batchSize: 2 })
    expect(countsOf(readers, announcement)).toEqual([0, 0, 0, 1, 1])
    expect((await mailingOf(announcement))[0]).toMatchObject({
      status: 'sent',
      sentCount: 4,
      uncertain: [readers[2].doc.id],
      inFlight: null,
    })
  })
})
