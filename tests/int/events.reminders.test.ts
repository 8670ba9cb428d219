/**
 * Reminders the day before, sent by Payload's jobs queue (the `eventReminders` task, on a
 * schedule): confirmed attendees of events starting within 24 hours get one mail each, read
 * here from a real SMTP server; waiting, cancelled and suspended people, later events and past
 * events get none; running the job again sends nothing twice (recorded on the registration);
 * one SMTP connection carries a run's reminders.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Alumnus, Event } from '../../payload-types'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let f: typeof import('../helpers/fixtures')

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  f = await import('../helpers/fixtures')
})

afterAll(async () => {
  await mailbox.close()
})

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

const eventAt = (hours: number, title: string) =>
  f.createContent(payload, 'events', 'public', { title, startsAt: inHours(hours), endsAt: inHours(hours + 2), capacity: 10 })

const runReminderJob = async () => {
  await payload.jobs.queue({ task: 'eventReminders', input: {} })
  // Only this task: other test files share the database and queue jobs of their own.
  await payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'eventReminders' } } })
}

describe('eventReminders', () => {
  it('is scheduled every 15 minutes on the default queue the server runs', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'eventReminders')
    expect(task?.schedule).toEqual([{ cron: '0 */15 * * * *', queue: 'default' }])
    expect(payload.config.jobs.autoRun).toBeUndefined() // the tests run jobs themselves

    // What the runner does every minute (autoRun, or `jobs:run --handle-schedules`): the
    // schedule puts a reminders job on the queue for the next quarter hour.
    const since = new Date().toISOString()
    await payload.jobs.handleSchedules({ queue: 'default' })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'eventReminders' } }, { completedAt: { exists: false } }, { queue: { equals: 'default' } }] },
      depth: 0,
    })
    const scheduled = docs.filter((job) => (job.meta as { scheduled?: boolean } | null)?.scheduled)
    expect(scheduled).toHaveLength(1)
    const at = new Date(scheduled[0].waitUntil!)
    expect(at.getUTCMinutes() % 15).toBe(0)
    expect(at.getUTCSeconds()).toBe(0)
    expect(at.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000)
    // Other files share the database and run the queue: leave no scheduled job behind.
    await payload.delete({ collection: 'payload-jobs', where: { and: [{ createdAt: { greater_than_equal: since } }, { taskSlug: { in: ['eventReminders', 'weeklyDigest'] } }] } })
  })

  it('mails confirmed attendees of tomorrow’s events once, in Japanese and English', async () => {
    const tomorrow = await eventAt(20, '明日の交流会')
    const nextWeek = await eventAt(24 * 7, '来週の交流会')
    const started = await eventAt(-1, '開催中の交流会')
    const people = {} as Record<'confirmed' | 'waitlisted' | 'cancelled' | 'suspended' | 'optedOut', import('../helpers/fixtures').Account<Alumnus>>
    for (const key of ['confirmed', 'waitlisted', 'cancelled', 'suspended', 'optedOut'] as const) {
      people[key] = await f.createAlumnus(payload, key === 'optedOut' ? { notifications: { events: false } } : {})
    }
    const reg = (event: Event, who: keyof typeof people, status: 'confirmed' | 'waitlisted' | 'cancelled') =>
      f.createRegistration(payload, event, people[who].doc, status)
    const mine = await reg(tomorrow, 'confirmed', 'confirmed')
    await reg(tomorrow, 'waitlisted', 'waitlisted')
    await reg(tomorrow, 'cancelled', 'cancelled')
    await reg(tomorrow, 'suspended', 'confirmed')
    await reg(tomorrow, 'optedOut', 'confirmed')
    await reg(nextWeek, 'confirmed', 'confirmed')
    await reg(started, 'confirmed', 'confirmed')
    await payload.update({ collection: 'alumni', id: people.suspended.doc.id, data: { status: 'suspended' } })

    await runReminderJob()
    const mail = await mailbox.waitFor((m) => m.to.includes(people.confirmed.email.toLowerCase()) && m.subject.includes('明日の交流会'))
    expect(mail.subject).toBe(`【明日開催】明日の交流会 / Tomorrow: ${tomorrow.title}`)
    expect(mail.text).toContain('明日開催です')
    expect(mail.text).toContain('takes place tomorrow')
    expect(mail.text).toContain(`/events/${tomorrow.slug}`)
    expect(mail.text).not.toContain(tomorrow.onlineUrl!)
    // Reminders are about a place the person asked for: sent even with event mails turned off.
    await mailbox.waitFor((m) => m.to.includes(people.optedOut.email.toLowerCase()))

    // A second and third run send nothing new.
    await runReminderJob()
    await runReminderJob()
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.to(people.confirmed.email.toLowerCase())).toHaveLength(1)
    expect(mailbox.to(people.optedOut.email.toLowerCase())).toHaveLength(1)
    for (const who of ['waitlisted', 'cancelled', 'suspended'] as const) expect(mailbox.to(people[who].email.toLowerCase()), who).toHaveLength(0)
    expect((await payload.findByID({ collection: 'registrations', id: mine.id })).reminderSentAt).toBeTruthy()
  })

  it('two job runs at the same moment still send one reminder per person', async () => {
    const event = await eventAt(10, '同時実行の確認')
    const people = await Promise.all([0, 1, 2, 3, 4].map(() => f.createAlumnus(payload)))
    for (const who of people) await f.createRegistration(payload, event, who.doc, 'confirmed')
    const { sendDueReminders } = await import('../../src/events/jobs')
    const [a, b] = await Promise.all([sendDueReminders(payload), sendDueReminders(payload)])
    expect(a + b).toBeGreaterThanOrEqual(5)
    await Promise.all(people.map((who) => mailbox.waitFor((m) => m.to.includes(who.email.toLowerCase()))))
    await new Promise((resolve) => setTimeout(resolve, 500))
    for (const who of people) expect(mailbox.to(who.email.toLowerCase())).toHaveLength(1)
  })

  it('one SMTP connection carries a run’s reminders, and is closed when it ends', async () => {
    const [first, second] = await Promise.all([eventAt(6, '接続の確認（一）'), eventAt(7, '接続の確認（二）')])
    const people = await Promise.all([0, 1, 2, 3].map(() => f.createAlumnus(payload)))
    for (const [i, who] of people.entries()) await f.createRegistration(payload, i < 2 ? first : second, who.doc, 'confirmed')
    await vi.waitFor(() => expect(mailbox.connections.open).toBe(0))
    const opened = mailbox.connections.opened
    const { sendDueReminders } = await import('../../src/events/jobs')
    expect(await sendDueReminders(payload)).toBeGreaterThanOrEqual(4)
    for (const [i, who] of people.entries()) {
      const mail = await mailbox.waitFor((m) => m.to.includes(who.email.toLowerCase()))
      expect(mail.subject).toContain(i < 2 ? '接続の確認（一）' : '接続の確認（二）')
    }
    expect(mailbox.connections.opened - opened).toBe(1)
    await vi.waitFor(() => expect(mailbox.connections.open).toBe(0))
  })
})
